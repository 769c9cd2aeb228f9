/** A copy of the shipped claims folder with one new article to curate, in a temporary folder. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';

export const NEW_ARTICLE = [
  'Aid convoy reaches Madaya as talks resume',
  '',
  'BEIRUT (Reuters) – A convoy of 44 trucks carrying food reached the besieged town of Madaya on Thursday, the United Nations said.',
  '',
  'About 40,000 people are trapped in the town, where at least 28 people have died of hunger since December, aid workers said.',
  '',
  'The talks will resume in five days, a diplomat said.',
].join('\n');

export const NEW_ID = 'aid-convoy-reaches-madaya-as-talks-resume';

export async function curationFolder(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'claims-curate-')), 'claims');
  cpSync('claims', dir, { recursive: true });
  const file = join(dir, '..', 'new.txt');
  writeFileSync(file, NEW_ARTICLE);
  const run = await runCli('ingest', file, '--out', dir);
  if (run.code !== 0) throw new Error(run.err);
  return dir;
}
