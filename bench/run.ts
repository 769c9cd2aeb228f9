/**
 * `npm run bench`: measures what users wait for, on a deterministic synthetic
 * corpus, prints a table of figures beside their targets and writes it as JSON
 * to .bench/results.json. Not part of `npm test`: speed is measured, never
 * asserted in a test.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { writePublishedFiles } from '../src/build/publish';
import { loadSiteData } from '../src/build/site-data';
import { measureAtScale, measureFirstView, median } from './browser';
import { benchCuration } from './curate';
import { benchSorting } from './sort';
import { writeSyntheticCorpus } from './synthetic';

interface Row {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean;
}

const rows: Row[] = [];

/**
 * A figure beside its target: `{ below: 5 }` means "< 5", `{ atMost }` "≤",
 * `{ atLeast }` "≥". NaN and Infinity (not measured, not reached) miss.
 */
function record(
  name: string,
  value: number,
  unit: string,
  target: { below?: number; atMost?: number; atLeast?: number } = {},
): void {
  const shown = (n: number) => `${n} ${unit}`;
  if (target.below !== undefined) {
    rows.push({ name, value, unit, target: `< ${shown(target.below)}`, met: value < target.below });
  } else if (target.atMost !== undefined) {
    rows.push({
      name,
      value,
      unit,
      target: `≤ ${shown(target.atMost)}`,
      met: value <= target.atMost,
    });
  } else if (target.atLeast !== undefined) {
    rows.push({
      name,
      value,
      unit,
      target: `≥ ${shown(target.atLeast)}`,
      met: value >= target.atLeast,
    });
  } else {
    rows.push({ name, value, unit, target: '(reported)', met: true });
  }
}
const work = mkdtempSync(join(tmpdir(), 'claims-bench-'));

/** The synthetic folder of 100,000 claims the check, extract, browser and curate figures share. */
function writeCorpus(): void {
  const corpus = writeSyntheticCorpus(join(work, 'claims'), {
    sources: 10_000,
    claimsPerSource: 10,
  });
  console.log(
    `synthetic corpus: ${corpus.claims} claims over 10000 sources, ${(corpus.textBytes / 1e6).toFixed(1)} MB of text`,
  );
}

function benchCheck(): void {
  const dir = join(work, 'claims');
  const times: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      ['--import', './bench/peak-memory.js', 'bin/claims.js', 'check', dir],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    times.push((performance.now() - start) / 1000);
    if (result.status !== 0) {
      throw new Error(
        `claims check failed on the synthetic corpus:\n${result.stdout.slice(0, 2000)}${result.stderr.slice(0, 2000)}`,
      );
    }
    peaks.push(Number(/PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024);
  }
  const seconds = median(times);
  const memory = median(peaks);
  record('claims check, 100,000 claims / 10,000 sources: wall time', seconds, 's', { below: 5 });
  record('claims check, 100,000 claims / 10,000 sources: peak memory', memory, 'MB', {
    below: 1024,
  });
}

/**
 * claims extract --json on the synthetic sources (about 40 MB of text): on one
 * core (--threads 1), and on worker threads across the machine's cores, as
 * `claims extract DIR` runs by default.
 */
function benchExtract(): void {
  const sources = join(work, 'claims', 'sources');
  let bytes = 0;
  for (const name of readdirSync(sources)) bytes += statSync(join(sources, name)).size;
  const rate = (threads: string[]) => {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const result = spawnSync(
        process.execPath,
        ['bin/claims.js', 'extract', '--json', ...threads, sources],
        { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      times.push((performance.now() - start) / 1000);
      if (result.status !== 0) {
        throw new Error(`claims extract failed: ${result.stderr.slice(0, 2000)}`);
      }
    }
    return bytes / 1e6 / median(times);
  };
  const mb = (bytes / 1e6).toFixed(0);
  record(
    `claims extract --json, ${mb} MB of text, one core (--threads 1)`,
    rate(['--threads', '1']),
    'MB/s',
    {
      atLeast: 10,
    },
  );
  record(
    `claims extract --json, same folder, worker threads on ${availableParallelism()} cores`,
    rate([]),
    'MB/s',
    {},
  );
}

/**
 * `npm run build` of a synthetic corpus of `claims` claims with notes (about
 * 480 bytes a row, as a newsroom's data: 450,000 claims make a 216 MB
 * claims.csv), in its own process with V8's heap capped at 1.5 GB: the build
 * must finish within 2 GB. The corpus is inside the project (.bench/), as the
 * build reads no folder outside it. Besides wall time and peak memory: the
 * CPU time of all its threads (the charts are drawn on one per core) and the
 * machine's load average as it ended, since the machine may be shared.
 */
function benchBuild(claims: number): void {
  const root = join('.bench', `build-${claims}`);
  rmSync(root, { recursive: true, force: true });
  const dir = join(root, 'claims');
  try {
    writeSyntheticCorpus(dir, { sources: claims / 10, claimsPerSource: 10, notes: true });
    const size = statSync(join(dir, 'claims.csv')).size / 1e6;
    const start = performance.now();
    const build = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=1536',
        '--import',
        './bench/peak-memory.js',
        'node_modules/vite/bin/vite.js',
        'build',
        '--configLoader',
        'runner',
        '--outDir',
        join(root, 'dist'),
        '--emptyOutDir',
        '--logLevel',
        'info',
      ],
      { encoding: 'utf8', env: { ...process.env, CLAIMS_DIR: dir }, maxBuffer: 1 << 26 },
    );
    const seconds = (performance.now() - start) / 1000;
    if (build.status !== 0) {
      throw new Error(`the build of ${claims} claims failed:\n${build.stderr.slice(-3000)}`);
    }
    const charts = readdirSync(join(root, 'dist', 'embed')).length;
    const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(build.stderr)?.[1] ?? NaN) / 1024;
    const cpu = Number(/CPU_MS=(\d+)/.exec(build.stderr)?.[1] ?? NaN) / 1000;
    const [load1, load5, load15] = loadavg().map((n) => n.toFixed(1));
    // The build says how many threads drew the charts: fewer than the cores when memory is short.
    const threads = /drawn on (\d+) threads/.exec(build.stdout)?.[1] ?? '?';
    const what = `npm run build, ${claims.toLocaleString('en-US')} claims (${size.toFixed(0)} MB claims.csv, ${charts.toLocaleString('en-US')} charts on ${threads} threads)`;
    record(`${what}: wall time`, seconds, 's', {});
    record(`${what}: peak memory`, peak, 'MB', { below: 2048 });
    record(`${what}: CPU time, all threads`, cpu, 's', {});
    record(`${what}: charts per second of wall time`, charts / seconds, 'charts/s', {});
    record(
      `${what}: the machine's load average as it ended (1 / 5 / 15 min: ${load1} / ${load5} / ${load15}, on ${availableParallelism()} cores), 5 min`,
      Number(load5),
      'load',
      {},
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** What a reader downloads: gzip bytes of the dashboard's first view and of an embed page. */
function benchWeight(): void {
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--configLoader', 'runner', '--logLevel', 'error'],
    {
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}`);
  const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
  // Files the first view loads: the scripts and stylesheets index.html references.
  const index = readFileSync('dist/index.html', 'utf8');
  const assets = [...index.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const js = assets.filter((a) => a.endsWith('.js')).reduce((n, a) => n + gz(join('dist', a)), 0);
  const css = assets.filter((a) => a.endsWith('.css')).reduce((n, a) => n + gz(join('dist', a)), 0);
  record('dashboard first view: JavaScript, gzip', js / 1024, 'KB', { atMost: 100 });
  record('dashboard first view: CSS, gzip', css / 1024, 'KB', {});
  // The heaviest embed page, with the script it loads.
  let heaviest = 0;
  let heaviestId = '';
  for (const name of readdirSync('dist/embed')) {
    const html = readFileSync(join('dist/embed', name), 'utf8');
    const script = /src="\.\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    const total = gz(join('dist/embed', name)) + (script ? gz(join('dist', script)) : 0);
    if (total > heaviest) [heaviest, heaviestId] = [total, name];
  }
  record(`embed page with its JavaScript, gzip (heaviest: ${heaviestId})`, heaviest / 1024, 'KB', {
    atMost: 50,
  });
}

async function benchBrowser(): Promise<void> {
  const first = await measureFirstView('dist');
  record(
    'first view, curated corpus, mobile throttling, cold cache: largest contentful paint (median of 5)',
    first.lcpMs / 1000,
    's',
    { below: 1 },
  );
  record(
    'first view, same conditions: first key figure painted, linked to its sentence, on the first screen (median of 5)',
    first.keyFigureMs / 1000,
    's',
    { below: 1 },
  );
  // The corpus as a build publishes it under data/ (canonical tables, texts, check.json).
  const published = join(work, 'published');
  writePublishedFiles(published, loadSiteData(join(work, 'claims'), work));
  const scale = await measureAtScale('dist', published);
  // Infinity and NaN mean "not reached" or "not measured": shown, and missed.
  record('100,000 claims: time until the dashboard is usable', scale.usableMs / 1000, 's', {
    below: 3,
  });
  record(
    `100,000 claims: keystroke in search to updated claims table, 95th percentile of ${scale.keysCounted.table} keys`,
    scale.keystrokeP95Ms,
    'ms',
    { below: 100 },
  );
  record(
    `100,000 claims: keystroke in search to updated fact sheet (cards and charts), 95th percentile of ${scale.keysCounted.factSheet} keys`,
    scale.factSheetKeystrokeP95Ms,
    'ms',
    { below: 100 },
  );
  record('100,000 claims: JavaScript heap after load', scale.heapMb, 'MB', { below: 300 });
}

/** The workbench on the synthetic folder: decision to next candidate, and a decision's save. */
async function benchCurate(): Promise<void> {
  const curation = await benchCuration(join(work, 'claims'));
  record(
    'workbench, 100,000 claims: start, the folder read, checked and indexed (the server answers)',
    curation.openSeconds,
    's',
    {},
  );
  record(
    `workbench, 100,000 claims: then the candidates of 10,000 articles counted (${curation.left} left; in the background, the page usable meanwhile)`,
    curation.countSeconds,
    's',
    {},
  );
  record(
    'workbench, 100,000 claims: an article pasted in (stored under the lock, the folder read again)',
    curation.ingestSeconds,
    's',
    {},
  );
  record(
    `workbench, 100,000 claims: decision to the next candidate on screen, median of ${curation.decisions}`,
    curation.nextMedianMs,
    'ms',
    { below: 50 },
  );
  record(
    `workbench, 100,000 claims: decision to the next candidate on screen, 95th percentile of ${curation.decisions}`,
    curation.nextP95Ms,
    'ms',
    { below: 50 },
  );
  record(
    'workbench, 100,000 claims: a decision saved (checked, the file compared with the disk by its inode, size and time, claims.csv copied by the kernel, the row appended, renamed), median of 10',
    curation.saveMedianMs,
    'ms',
    {},
  );
}

/** The claims table sorted by each of its columns, at 100,000 claims. */
function benchSort(): void {
  const sorting = benchSorting(join(work, 'claims'));
  const claims = sorting.claims.toLocaleString('en-US');
  for (const { key, firstMs, medianMs } of sorting.columns) {
    record(`claims table, ${claims} claims sorted by ${key}: first sort`, firstMs, 'ms', {});
    record(
      `claims table, ${claims} claims sorted by ${key}: sorted again, median of 11`,
      medianMs,
      'ms',
      {},
    );
  }
}

/** Infinity: the thing measured never happened (within the bench's limit, or on the first screen); NaN: not measured. */
function formatValue(r: Row): string {
  if (r.value === Infinity) return 'not reached';
  if (Number.isNaN(r.value)) return 'not measured';
  const decimals = r.unit === 's' ? 2 : r.unit === 'MB' || r.unit === 'ms' ? 0 : 1;
  return `${r.value.toFixed(decimals)} ${r.unit}`;
}

function printTable(): void {
  const lines = [
    '| figure | measured | target | |',
    '|---|---:|---|---|',
    ...rows.map(
      (r) => `| ${r.name} | ${formatValue(r)} | ${r.target} | ${r.met ? 'met' : '**MISSED**'} |`,
    ),
  ];
  console.log(
    `\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`,
  );
  console.log(lines.join('\n'));
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    '.bench/results.json',
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, cpus: cpus().length, rows },
      null,
      2,
    ),
  );
  console.log('\nwritten to .bench/results.json');
}

// `npm run bench -- curate check`: only those parts (weight, check, extract,
// sort, browser, curate, build); all of them by default. Numbers pick the
// build rows' sizes (`npm run bench -- build 100000`); both by default.
const args = process.argv.slice(2);
const parts = args.filter((a) => !/^\d+$/.test(a));
const buildSizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const wanted = (part: string) => parts.length === 0 || parts.includes(part);
try {
  if (wanted('weight')) benchWeight();
  if (['check', 'extract', 'sort', 'browser', 'curate'].some(wanted)) writeCorpus();
  if (wanted('check')) benchCheck();
  if (wanted('extract')) benchExtract();
  if (wanted('sort')) benchSort();
  if (wanted('browser')) await benchBrowser();
  if (wanted('curate')) await benchCurate();
  // Last: they build into .bench/, and take longest.
  if (wanted('build')) {
    for (const claims of buildSizes.length > 0 ? buildSizes : [100_000, 450_000]) {
      benchBuild(claims);
    }
  }
  printTable();
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (rows.some((r) => !r.met)) process.exitCode = 1;
