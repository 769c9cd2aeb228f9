/**
 * `npm run eval:extract`: scores `claims extract --json` on both parts of the
 * development set and prints the figures as markdown. `--errors` also lists
 * the tuning part's errors; the test part's sentences and errors are never
 * printed, so nobody tunes on them.
 */
import { loadPart, PARTS } from './devset';
import type { DevCase } from './devset';
import { proposeAll } from './propose';
import { byConstruct, byDomain, comparison, errors, groups, overall, table } from './report';

const cases = { tune: loadPart('tune'), test: loadPart('test') };
const proposals = proposeAll([...cases.tune, ...cases.test].map((c) => c.text));
const grouped = (keys: (c: DevCase) => string[]) => ({
  tune: groups(cases.tune, proposals, keys),
  test: groups(cases.test, proposals, keys),
});
const constructs = grouped(byConstruct);
const domains = grouped(byDomain);

const print = (text = '') => process.stdout.write(`${text}\n`);

print('## Extraction on the development set\n');
print(
  table(
    'part',
    PARTS.map((part) => overall(part, cases[part], proposals)),
  ),
);
print('\n### F1 per construct\n');
print(comparison('construct', constructs.tune, constructs.test));
print('\n### F1 per domain\n');
print(comparison('domain', domains.tune, domains.test));
for (const part of PARTS) {
  print(`\n### ${part} part, per construct\n`);
  print(table('construct', constructs[part]));
  print(`\n### ${part} part, per domain\n`);
  print(table('domain', domains[part]));
}

if (process.argv.includes('--errors')) {
  print('\n### Errors on the tune part\n');
  print(errors(overall('tune', cases.tune, proposals).evaluation));
}
