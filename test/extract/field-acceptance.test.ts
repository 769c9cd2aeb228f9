import { describe, expect, test } from 'vitest';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { fieldAcceptance } from '../../src/curate/acceptance';
import { checkDataset } from '../../src/model/check/dataset';

const percent = (n: number, d: number) => `${((100 * n) / d).toFixed(0)}%`;

describe('proposals on the curated corpus', () => {
  const report = fieldAcceptance(checkDataset(loadDatasetInput('claims')));
  const rate = (field: string) => report.rates.find((r) => r.field === field)!;

  test('fieldAcceptance reports how often each proposed field is accepted as it stands', () => {
    console.log(
      `field acceptance: ${report.rates.map((r) => `${r.field} ${r.accepted}/${r.total} (${percent(r.accepted, r.total)})`).join('; ')}; not proposed: ${report.unproposed}`,
    );
    for (const r of report.rates)
      console.log(`  ${r.field} misses:\n    ${report.misses[r.field].join('\n    ')}`);
    // Floors at the measured rates: a change that lowers one fails here.
    const floors: Record<string, number> = {
      category: 0.8,
      unit: 0.85,
      qualifier: 0.95,
      numbers: 0.95,
      attribution: 0.4,
      'measure in top 3': 0.6,
    };
    for (const [field, floor] of Object.entries(floors)) {
      const r = rate(field);
      expect(
        r.accepted / r.total,
        report.misses[r.field as keyof typeof report.misses].join('\n'),
      ).toBeGreaterThanOrEqual(floor);
    }
  });
});
