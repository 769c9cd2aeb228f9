/**
 * Every distinct article gets its own source id, whatever its headline: the
 * same headline from two outlets, headlines alike in their first 50 slug
 * characters, headlines in other scripts or with no letters at all. A text is
 * replaced only by the same article (same dateline and opening), or with --force.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { slugify } from '../../src/corpus/split-articles';
import { parseCsv } from '../../src/model/csv/parse';
import { runCli } from '../support/cli';

let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-ingest-ids-'));
  out = join(dir, 'out');
});

/** An article as wire services write it: headline, dateline and lede, body, credit line. */
function article(headline: string, dateline: string, lede: string, body = 'More text.'): string {
  return [headline, '', `${dateline} – ${lede}`, '', body, '', '(Reporting by A. Reporter)'].join(
    '\n',
  );
}

async function ingestText(name: string, text: string, ...flags: string[]) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return runCli('ingest', file, '--out', out, ...flags);
}

function sourceRows(): Record<string, string | undefined>[] {
  const [header, ...rows] = parseCsv(readFileSync(join(out, 'sources.csv'), 'utf8')).rows;
  return rows.map((r) => Object.fromEntries(header!.values.map((h, i) => [h, r.values[i]])));
}

const texts = () => readdirSync(join(out, 'sources')).sort();
const textOf = (id: string) => readFileSync(join(out, 'sources', `${id}.txt`), 'utf8');

describe('claims ingest gives each distinct article its own id', () => {
  test('the same headline from two outlets, in one run or two, keeps both articles', async () => {
    const reuters = article('Oil output falls', 'TRIPOLI (Reuters)', 'Output fell to 300,000 bpd.');
    const afp = article('Oil output falls', 'BENGHAZI (AFP)', 'Production dropped sharply.');
    expect((await ingestText('a.txt', reuters)).code).toBe(0);
    const second = await ingestText('b.txt', afp);
    expect(second.out).toContain('1 added, 0 updated');
    expect(texts()).toEqual(['oil-output-falls-2.txt', 'oil-output-falls.txt']);
    expect(textOf('oil-output-falls')).toBe(reuters);
    expect(textOf('oil-output-falls-2')).toBe(afp);
    expect(sourceRows().map((r) => [r.id, r.publisher, r.dateline])).toEqual([
      ['oil-output-falls', 'Reuters', 'TRIPOLI'],
      ['oil-output-falls-2', 'AFP', 'BENGHAZI'],
    ]);

    // In one file, and again: the same ids, nothing changes.
    const again = await ingestText('both.txt', `${reuters}\n${afp}`);
    expect(again.out).toContain('0 added, 0 updated, 2 unchanged');
  });

  test('headlines alike in their first 50 slug characters get distinct ids', async () => {
    const stem = 'Islamic State fighters regroup in the desert south of Sirte after';
    const first = article(`${stem} air strikes`, 'SIRTE (Reuters)', 'Fighters regrouped.');
    const second = article(`${stem} talks fail`, 'TUNIS (Reuters)', 'Talks failed again.');
    expect(slugify(`${stem} air strikes`)).toBe(slugify(`${stem} talks fail`));
    await ingestText('a.txt', `${first}\n${second}`);
    const ids = sourceRows().map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.map((id) => textOf(id!))).toEqual([first, second]);
  });

  test.each([
    ['Arabic', 'الدولة الإسلامية تسيطر على سرت', 'مسؤولون يقولون إن القتال مستمر'],
    ['Cyrillic', 'Исламское государство усиливает хватку', 'Бои продолжаются в городе'],
    ['Chinese', '伊斯兰国加强对叙利亚政府的控制', '官员说战斗仍在继续'],
    ['Greek', 'Το Ισλαμικό Κράτος ενισχύει τον έλεγχο', 'Οι μάχες συνεχίζονται'],
  ])('%s headlines get readable, distinct ids', async (_script, headline, lede) => {
    const other = `${headline} ${headline}`;
    await ingestText('a.txt', `${headline}\n\n${lede}\n\n(Reporting by X)\n${other}\n\n${lede}.`);
    const ids = sourceRows().map((r) => r.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(id).not.toMatch(/^(untitled|article-)/);
    }
    expect((await runCli('check', out)).out).not.toContain('unique-error');
  });

  test('headlines with no letters or digits get ids from a hash of the headline', () => {
    const ids = ['!!!', '???', '— — —', '🔥'].map((h) => slugify(h));
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^(?:article-[0-9a-f]{8}|[a-z0-9-]+)$/);
  });

  test('the same article again, corrected further down, updates its own text', async () => {
    const first = article('Oil output falls', 'TRIPOLI (Reuters)', 'Output fell to 300,000 bpd.');
    await ingestText('a.txt', first);
    const corrected = first.replace('More text.', 'More text, with a correction.');
    const run = await ingestText('b.txt', corrected);
    expect(run.out).toContain('0 added, 1 updated');
    expect(texts()).toEqual(['oil-output-falls.txt']);
    expect(textOf('oil-output-falls')).toBe(corrected);
  });

  test('--force replaces a different article under the same id, and its row describes it', async () => {
    await ingestText(
      'a.txt',
      article('Oil output falls', 'TRIPOLI (Reuters)', 'Output fell to 300,000 bpd.'),
    );
    const rows = readFileSync(join(out, 'sources.csv'), 'utf8').replace(
      ',TRIPOLI,,,',
      ',TRIPOLI,2016-02-19,https://example.org/a,',
    );
    writeFileSync(join(out, 'sources.csv'), rows);
    const afp = article('Oil output falls', 'BENGHAZI (AFP)', 'Production dropped sharply.');
    const run = await ingestText('b.txt', afp, '--force');
    expect(run.out).toContain('0 added, 1 updated');
    expect(textOf('oil-output-falls')).toBe(afp);
    expect(sourceRows()).toEqual([
      {
        id: 'oil-output-falls',
        title: 'Oil output falls',
        publisher: 'AFP',
        dateline: 'BENGHAZI',
        published: '2016-02-19',
        url: 'https://example.org/a',
        credits: '(Reporting by A. Reporter)',
      },
    ]);
  });

  test('a row whose text is missing is filled by the same article, not taken by another', async () => {
    await ingestText(
      'a.txt',
      article('Oil output falls', 'TRIPOLI (Reuters)', 'Output fell to 300,000 bpd.'),
    );
    const header = 'id,title,publisher,dateline,published,url,credits\n';
    writeFileSync(
      join(out, 'sources.csv'),
      `${header}oil-output-falls,Oil output falls,Reuters,TRIPOLI,,,\nsupply-cut,Supply cut,Reuters,MOSUL,,,\n`,
    );
    const run = await ingestText(
      'b.txt',
      `${article('Supply cut', 'BASRA (Reuters)', 'Another story.')}\n${article('Supply cut', 'MOSUL (Reuters)', 'The story.')}`,
    );
    expect(run.code).toBe(0);
    expect(textOf('supply-cut')).toContain('MOSUL');
    expect(textOf('supply-cut-2')).toContain('BASRA');
  });
});
