/** Plot's per-SVG stylesheet, kept once in the head instead of in every drawing. */
import { describe, expect, test } from 'vitest';
import { hoistPlotStyle } from '../../src/app/components/chart/plot-style';
import { renderSvg } from '../../src/charts/render';
import { chartsFor } from '../../src/charts/catalogue';
import { EVERY_QUALIFIER, reference } from '../charts/synthetic';

describe('hoistPlotStyle', () => {
  test('moves the rules of every drawing into one stylesheet in the head', () => {
    const [spec] = chartsFor(EVERY_QUALIFIER, reference(EVERY_QUALIFIER));
    const drawings = [1, 2, 3].map(() => renderSvg(spec!, { document }));
    const rules = drawings[0]!.querySelector('style')!.textContent!;
    expect(rules).toMatch(/white-space: pre/);
    const before = document.head.querySelectorAll('style').length;

    for (const svg of drawings) hoistPlotStyle(svg);

    for (const svg of drawings) expect(svg.querySelector('style')).toBeNull();
    const added = [...document.head.querySelectorAll('style')].slice(before);
    expect(added.map((s) => s.textContent)).toEqual([rules]);
  });
});
