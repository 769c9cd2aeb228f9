import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fitText, textWidth } from '../../src/charts/labels';
import type { TextMeasure } from '../../src/charts/labels';

/** fitText as it was first written: drop a character, measure again. */
function fitOneByOne(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const chars = Array.from(text);
  let n = chars.length;
  while (n > 0 && textWidth(`${chars.slice(0, n).join('').trimEnd()}…`) > width) n--;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

function counting(): { measure: TextMeasure; calls: () => number } {
  let calls = 0;
  return {
    measure: (text, fontSize) => (calls++, textWidth(text, fontSize)),
    calls: () => calls,
  };
}

describe('fitText', () => {
  test('fitText keeps a text that fits', () => {
    expect(fitText('40 people', 200)).toBe('40 people');
  });

  test('fitText cuts at a word end and adds an ellipsis', () => {
    const cut = fitText('People killed in the strike on Sabratha', 100);
    expect(cut).toMatch(/^People killed.*…$/);
    expect(textWidth(cut)).toBeLessThanOrEqual(100);
    expect(cut).not.toMatch(/ …$/);
  });

  test('fitText gives what cutting one character at a time gives, for any text and width', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'W', ' ', 'i', '—', '😀', '中'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 300 }), (t, width) => {
        expect(fitText(t, width)).toBe(fitOneByOne(t, width));
      }),
    );
  });

  test('fitText measures a 40,000-character label a logarithmic number of times', () => {
    const label = 'Islamic State fighters killed in U.S. air strike '.repeat(817).slice(0, 40_000);
    const { measure, calls } = counting();
    const cut = fitText(label, 300, 10, measure);
    expect(textWidth(cut)).toBeLessThanOrEqual(300);
    expect(cut.endsWith('…')).toBe(true);
    // One measurement of the whole label, then a binary search over 40,000 cuts.
    expect(calls()).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(40_000)));
  });
});
