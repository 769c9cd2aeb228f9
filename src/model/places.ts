/**
 * Places form a two-level hierarchy: a place ("Sabratha, Libya", "western
 * Libya") lies in an area, its country ("Libya"), so that filtering by
 * Libya finds every figure in Libya. The area is read from the place string
 * itself, by two rules, in this order:
 *
 * 1. A place with commas runs from the specific to the general ("Sabratha,
 *    Libya", "Es Sider and Ras Lanuf, Libya"): its area is its last part,
 *    written as the country table writes it when it names one country
 *    ("Kidal, mali" is in Mali), else as the place writes it ("San
 *    Bernardino, California" is in California).
 * 2. A place without commas is in a country when it names exactly one
 *    country of the table below, by name, other name or adjective ("western
 *    Libya", "the Libyan coast", "Libya" itself). One that names none
 *    ("Geneva", "West Africa") or several ("Iraq and Syria") stands on its own:
 *    a figure for two countries belongs to neither alone.
 *
 * The table is deliberately small: only what rule 2 needs to recognise. A
 * country missing from it still works wherever places name it after a comma.
 */
import { fold } from './text/fold';

interface Country {
  name: string;
  /** Other names, short forms and adjectives, as a place may write them. */
  also?: readonly string[];
}

/** Countries that places may name without a comma, with their other names and adjectives. */
export const COUNTRIES: readonly Country[] = [
  { name: 'Afghanistan', also: ['Afghan'] },
  { name: 'Algeria', also: ['Algerian'] },
  { name: 'Belgium', also: ['Belgian'] },
  { name: 'Burkina Faso', also: ['Burkinabe'] },
  { name: 'Cameroon', also: ['Cameroonian'] },
  { name: 'Chad', also: ['Chadian'] },
  { name: 'China', also: ['Chinese'] },
  { name: 'Egypt', also: ['Egyptian'] },
  { name: 'France', also: ['French'] },
  { name: 'Germany', also: ['German'] },
  { name: 'India', also: ['Indian'] },
  { name: 'Iran', also: ['Iranian'] },
  { name: 'Iraq', also: ['Iraqi'] },
  { name: 'Israel', also: ['Israeli'] },
  { name: 'Italy', also: ['Italian'] },
  { name: 'Jordan', also: ['Jordanian'] },
  { name: 'Lebanon', also: ['Lebanese'] },
  { name: 'Libya', also: ['Libyan'] },
  { name: 'Mali', also: ['Malian'] },
  { name: 'Mauritania', also: ['Mauritanian'] },
  { name: 'Morocco', also: ['Moroccan'] },
  { name: 'Niger', also: ['Nigerien'] },
  { name: 'Nigeria', also: ['Nigerian'] },
  { name: 'Pakistan', also: ['Pakistani'] },
  { name: 'Russia', also: ['Russian'] },
  { name: 'Saudi Arabia', also: ['Saudi'] },
  { name: 'Somalia', also: ['Somali'] },
  { name: 'South Sudan', also: ['South Sudanese'] },
  { name: 'Sudan', also: ['Sudanese'] },
  { name: 'Syria', also: ['Syrian'] },
  { name: 'Tunisia', also: ['Tunisian'] },
  { name: 'Turkey', also: ['Turkish', 'Türkiye'] },
  { name: 'Ukraine', also: ['Ukrainian'] },
  { name: 'United Arab Emirates', also: ['UAE', 'Emirati'] },
  { name: 'United Kingdom', also: ['UK', 'Britain', 'British'] },
  { name: 'United States', also: ['US', 'USA', 'America', 'American'] },
  { name: 'Yemen', also: ['Yemeni'] },
];

/** Folded words: "U.S." and "US" alike, "south-western" as "south" "western". */
function words(text: string): string[] {
  return fold(text)
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every way of naming a country, as words, longest first, by first word. */
const NAMINGS: ReadonlyMap<string, { words: string[]; country: string }[]> = (() => {
  const byFirst = new Map<string, { words: string[]; country: string }[]>();
  for (const { name, also = [] } of COUNTRIES) {
    for (const naming of [name, ...also]) {
      const w = words(naming);
      const list = byFirst.get(w[0]!) ?? [];
      list.push({ words: w, country: name });
      byFirst.set(w[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

/**
 * The countries of the table a text names, each once, in order. Longest
 * naming first, so "South Sudan" is South Sudan, not also Sudan.
 */
export function countriesNamed(text: string): string[] {
  const w = words(text);
  const found: string[] = [];
  for (let i = 0; i < w.length;) {
    const naming = NAMINGS.get(w[i]!)?.find((n) => n.words.every((x, k) => w[i + k] === x));
    if (naming) {
      if (!found.includes(naming.country)) found.push(naming.country);
      i += naming.words.length;
    } else i++;
  }
  return found;
}

const clean = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * The area a place lies in (its country, by the rules above), or undefined
 * when it stands on its own. A country's own name is in that country:
 * placeArea("Libya") is "Libya".
 */
export function placeArea(place: string): string | undefined {
  const parts = place.split(',').map(clean).filter(Boolean);
  if (parts.length === 0) return undefined;
  const named = countriesNamed(parts.at(-1)!);
  if (named.length === 1) return named[0];
  return parts.length > 1 ? parts.at(-1) : undefined;
}

/** True when a claim at `place` passes the place filter `filter`: that very place, or a place in it. */
export function inPlace(place: string, filter: string, area = placeArea(place)): boolean {
  return place === filter || area === filter;
}

/** A place in an area, and how many claims are at it. */
export interface PlaceCount {
  place: string;
  count: number;
}

/** One entry of the place filter: an area with the places in it, or a place on its own. */
export interface PlaceGroup {
  /** The filter's value: the area, or the place on its own. */
  name: string;
  /** Claims at the area or in it. */
  count: number;
  /** Places in the area other than the area itself; empty for a place on its own. */
  places: PlaceCount[];
}

const byName = (a: { name?: string; place?: string }, b: { name?: string; place?: string }) =>
  (a.name ?? a.place ?? '').localeCompare(b.name ?? b.place ?? '');

/**
 * The place filter's entries for these places (one per claim, '' for none),
 * alphabetical: each area with its places, then nothing else: a place with
 * no area is an entry of its own. Places are taken as written, so two
 * spellings of one place are two places of the same area.
 */
export function placeGroups(places: Iterable<string>): PlaceGroup[] {
  const counts = new Map<string, number>();
  for (const place of places) if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
  const groups = new Map<string, PlaceGroup>();
  const group = (name: string) => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, count: 0, places: [] }));
    return g;
  };
  for (const [place, count] of counts) {
    const area = placeArea(place) ?? place;
    const g = group(area);
    g.count += count;
    if (place !== area) g.places.push({ place, count });
  }
  const sorted = [...groups.values()].sort(byName);
  for (const g of sorted) g.places.sort(byName);
  return sorted;
}
