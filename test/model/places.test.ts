import { describe, expect, test } from 'vitest';
import { countriesNamed, inPlace, placeArea, placeGroups } from '../../src/model/places';

// Synthetic place strings, written for these tests (none from the corpus).
describe('placeArea', () => {
  test.each<[string, string | undefined]>([
    // After a comma: the last part, as the table writes it when it is a country.
    ['Misrata, Libya', 'Libya'],
    ['Tobruk port, eastern Libya', 'Libya'],
    ['Kirkuk and Tikrit, Iraq', 'Iraq'],
    ['Homs,  syria ', 'Syria'],
    ['Lyon, Rhône, France', 'France'],
    ['Austin, Texas, U.S.', 'United States'],
    // Not a country of the table: the last part as written.
    ['Oakland, California', 'California'],
    ['Fresno,   Fresno  County ', 'Fresno County'],
    ['Gao, Mali region', 'Mali'],
    // Without a comma: the one country it names, by name or adjective.
    ['northern Syria', 'Syria'],
    ['south-eastern Libya', 'Libya'],
    ['the Libyan coast', 'Libya'],
    ['Iraq', 'Iraq'],
    ['SYRIA', 'Syria'],
    ['South Sudan border region', 'South Sudan'],
    // None, or several: on its own.
    ['Vienna', undefined],
    ['East Africa', undefined],
    ['Syria and Turkey', undefined],
    ['the Syrian-Iraqi border', undefined],
    ['', undefined],
    [' , ', undefined],
  ])('placeArea(%j) is %j', (place, area) => {
    expect(placeArea(place)).toBe(area);
  });

  test('countriesNamed reads the longest naming, so South Sudan is not also Sudan', () => {
    expect(countriesNamed('South Sudan')).toEqual(['South Sudan']);
    expect(countriesNamed('Sudan and South Sudan')).toEqual(['Sudan', 'South Sudan']);
    expect(countriesNamed('Nigeria or Niger')).toEqual(['Nigeria', 'Niger']);
    expect(countriesNamed('US-led coalition in Iraq')).toEqual(['United States', 'Iraq']);
    expect(countriesNamed('Usman')).toEqual([]);
  });
});

describe('inPlace', () => {
  test('a place filter finds that place, and an area filter every place in it', () => {
    expect(inPlace('Misrata, Libya', 'Libya')).toBe(true);
    expect(inPlace('western Libya', 'Libya')).toBe(true);
    expect(inPlace('Libya', 'Libya')).toBe(true);
    expect(inPlace('Misrata, Libya', 'Misrata, Libya')).toBe(true);
    expect(inPlace('Libya', 'Misrata, Libya')).toBe(false);
    expect(inPlace('Tunisia', 'Libya')).toBe(false);
    // A figure for two countries is in neither alone.
    expect(inPlace('Libya and Tunisia', 'Libya')).toBe(false);
    expect(inPlace('', 'Libya')).toBe(false);
  });
});

describe('placeGroups', () => {
  test('nests places under their area with counts, and keeps places with no area on their own', () => {
    const places = [
      'Misrata, Libya',
      'Libya',
      'western Libya',
      'Misrata, Libya',
      'Vienna',
      '',
      'Libya and Tunisia',
      'Oakland, California',
      'Libya',
    ];
    expect(placeGroups(places)).toEqual([
      { name: 'California', count: 1, places: [{ place: 'Oakland, California', count: 1 }] },
      {
        name: 'Libya',
        count: 5,
        places: [
          { place: 'Misrata, Libya', count: 2 },
          { place: 'western Libya', count: 1 },
        ],
      },
      { name: 'Libya and Tunisia', count: 1, places: [] },
      { name: 'Vienna', count: 1, places: [] },
    ]);
  });

  test('an area named only through its places is still offered', () => {
    expect(placeGroups(['Homs, Syria', 'Aleppo, Syria'])).toEqual([
      {
        name: 'Syria',
        count: 2,
        places: [
          { place: 'Aleppo, Syria', count: 1 },
          { place: 'Homs, Syria', count: 1 },
        ],
      },
    ]);
  });
});
