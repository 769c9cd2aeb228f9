/**
 * `claims extract` of this working tree against another version of it (a git
 * ref, `main` by default), for work that must change its speed and nothing
 * else:
 *
 *   node --import tsx bench/extract-versions.ts same [--base REF] [--sources N]
 *     runs both versions over the same inputs and compares what they print
 *     (standard output, standard error, exit status) byte for byte: the
 *     shipped corpus (claims/sources), every labelled sentence of the
 *     fixtures and the development set (one file each), a synthetic folder
 *     of N sources (1,000 by default, as `npm run bench` writes them) and
 *     seeded random text built to trip a tokenizer (long lines, no spaces,
 *     CR LF, scripts and emoji beside digits and signs). Each folder is read
 *     with --json, with --json --all and as text. Exits 1 on any difference.
 *
 *   node --import tsx bench/extract-versions.ts time [--base REF] [--sources N] [--pairs P]
 *     CPU time (user + system, of the whole process) of `claims extract
 *     --json --threads 1` on a synthetic folder (10,000 sources, about 41 MB,
 *     as the bench), the two versions run alternately P times (5 by
 *     default): on a shared machine wall time says more about the neighbours
 *     than the code, while paired CPU times share their conditions.
 *
 * The other version is taken with `git archive` into a temporary folder that
 * borrows this tree's packages (not its node_modules/.cache, where each
 * version keeps its own build of the CLI).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { random, writeSyntheticCorpus } from './synthetic';

const HERE = resolve('.');
const CPU_PRELOAD = join(HERE, 'bench', 'peak-memory.js');

interface Run {
  status: number | null;
  stdout: Buffer;
  stderr: Buffer;
  cpuMs: number;
}

function claimsExtract(root: string, args: string[], preload = false): Run {
  const result = spawnSync(
    process.execPath,
    [
      ...(preload ? ['--import', CPU_PRELOAD] : []),
      join(root, 'bin', 'claims.js'),
      'extract',
      ...args,
    ],
    { cwd: root, maxBuffer: 1 << 30 },
  );
  if (result.error) throw result.error;
  let stderr = result.stderr;
  let cpuMs = NaN;
  if (preload) {
    const text = stderr.toString('latin1');
    const at = text.lastIndexOf('\nPEAK_RSS_KB=');
    cpuMs = Number(/CPU_MS=(\d+)/.exec(text.slice(at))?.[1]);
    stderr = stderr.subarray(0, at);
  }
  return { status: result.status, stdout: result.stdout, stderr, cpuMs };
}

/** The other version's files, with this tree's dependencies. */
function checkout(ref: string, work: string): string {
  const root = join(work, 'base');
  mkdirSync(root);
  const archive = execFileSync('git', ['archive', '--format=tar', ref], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  // Each package linked, not the folder: the CLI keeps its build in
  // node_modules/.cache, and a cache shared by the two versions was built
  // again at every run, each finding the other's build there.
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(HERE, 'node_modules'))) {
    if (entry !== '.cache') symlinkSync(join(HERE, 'node_modules', entry), join(modules, entry));
  }
  return root;
}

/** Pieces a tokenizer and a sentence splitter must get right, to be joined at random. */
const PIECES = [
  ' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '\t', '\u00a0', '\u2009', '\u2028',
  '.', '. ', '.\n', ',', ';', ':', '!', '?', '?!', '…', '"', '“', '”', '‘', '’', "'", '(', ')', '[',
  '-', '–', '—', '‐', '‑', '−', '/', '%', '$', '£', '€', '¥', '°', '+', '&', '#', '*', '·',
  '0', '1', '7', '12', '300', '3,4', '1,2345', '360,000', '1,000,000', '3.5', '.002', '0.25',
  '1990s', '25k', '3rd', 'G20', '3-1', '1:42.3', '2016', '48m', '£6.3bn', 'US$', 'A$4.2m',
  'a', 'an', 'the', 'one', 'two', 'three', 'seven', 'twenty', 'hundred', 'thousand', 'million',
  'billion', 'dozens', 'hundreds', 'half', 'quarter', 'few', 'several', 'more', 'than', 'about',
  'nearly', 'at', 'least', 'up', 'to', 'from', 'fell', 'rose', 'between', 'and', 'or', 'per',
  'cent', 'percent', 'people', 'killed', 'said', 'barrels', 'day', 'a', 'year', 'old', 'aged',
  'U.S.', 'U.N.', 'Mr.', 'Dr.', 'Gen.', 'No.', 'Dec.', 'p.m.', 'a.m.', 'e.g.', 'J.P.', 'I.',
  "o'clock", 'don’t', 'House', 'The', 'Officials', 'REUTERS', 'BEIRUT', 'Islamic', 'State',
  'café', 'Zürich', 'Ελλάδα', 'Москва', 'العربية', '北京', 'ﬁ', 'e\u0301', '\u200b', '\ufeff',
  '😀', '👍🏽', '\u{1d400}', 'x', 'km', 'mph', 'GB', 'kg', 'ft', 'sq', 'bn', 'pc', 'p',
]; // prettier-ignore

/**
 * Seeded random text: a few long texts, one with no spaces (one sentence of
 * 20,000 characters), and many short ones. Longer sentences full of figures
 * would make the output of --json --all quadratic: each line holds its whole
 * sentence.
 */
function hostileTexts(): Map<string, string> {
  const rand = random(15);
  const pick = () => PIECES[Math.floor(rand() * PIECES.length)]!;
  const texts = new Map<string, string>();
  for (let k = 0; k < 60; k++) {
    const length = k === 0 ? 20_000 : k < 4 ? 100_000 : 200 + Math.floor(rand() * 6000);
    let text = '';
    while (text.length < length) text += k === 0 ? pick().replace(/\s/g, '') : pick();
    texts.set(`random-${String(k).padStart(2, '0')}`, text);
  }
  return texts;
}

/** Every labelled sentence of the fixtures and the development set, one text each. */
function fixtureSentences(): Map<string, string> {
  const files = [
    'test/fixtures/quantities.jsonl',
    'test/quantity/held-out.jsonl',
    'test/extraction/devset/tune.jsonl',
    'test/extraction/devset/test.jsonl',
  ];
  const texts = new Map<string, string>();
  for (const file of files) {
    const name = file.replace(/\W+/g, '-');
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .forEach((line, k) => {
        const { text } = JSON.parse(line) as { text: string };
        texts.set(`${name}-${String(k).padStart(4, '0')}`, text);
      });
  }
  texts.set('seed-corpus', readFileSync('test/fixtures/seed-corpus.txt', 'utf8'));
  return texts;
}

function writeFolder(dir: string, texts: Map<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of texts) writeFileSync(join(dir, `${name}.txt`), text);
  return dir;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1]!;
}

function same(base: string, work: string): boolean {
  const synthetic = join(work, 'synthetic');
  writeSyntheticCorpus(synthetic, {
    sources: Number(option('sources', '1000')),
    claimsPerSource: 10,
  });
  const folders = {
    'claims/sources': join(HERE, 'claims', 'sources'),
    'fixture sentences': writeFolder(join(work, 'sentences'), fixtureSentences()),
    'synthetic folder': join(synthetic, 'sources'),
    'random text': writeFolder(join(work, 'random'), hostileTexts()),
  };
  let equal = true;
  for (const [name, folder] of Object.entries(folders)) {
    for (const args of [['--json'], ['--json', '--all'], []]) {
      const all = [...args, '--threads', '1', folder];
      const [before, after] = [claimsExtract(base, all), claimsExtract(HERE, all)];
      const differs = (['status', 'stdout', 'stderr'] as const).filter(
        (k) => !(k === 'status' ? before.status === after.status : before[k].equals(after[k])),
      );
      const lines = after.stdout.toString('utf8').split('\n').length - 1;
      console.log(
        `${name}, extract ${args.join(' ') || '(text)'}: ${lines} lines, ${differs.length === 0 ? 'the same' : `DIFFERENT ${differs.join(', ')}`}`,
      );
      if (differs.length > 0) {
        equal = false;
        const [a, b] = [
          before.stdout.toString('utf8').split('\n'),
          after.stdout.toString('utf8').split('\n'),
        ];
        const k = a.findIndex((line, i) => line !== b[i]);
        if (k !== -1) console.log(`  first different line ${k + 1}:\n  - ${a[k]}\n  + ${b[k]}`);
        if (differs.includes('stderr'))
          console.log(`  stderr: ${after.stderr.toString().slice(0, 500)}`);
      }
    }
  }
  return equal;
}

function time(base: string, work: string): void {
  const sources = join(work, 'synthetic', 'sources');
  writeSyntheticCorpus(join(work, 'synthetic'), {
    sources: Number(option('sources', '10000')),
    claimsPerSource: 10,
  });
  let bytes = 0;
  for (const name of readdirSync(sources)) bytes += statSync(join(sources, name)).size;
  const args = ['--json', '--threads', '1', sources];
  const ratios: number[] = [];
  const times = { base: [] as number[], here: [] as number[] };
  const pairs = Number(option('pairs', '5'));
  for (let p = 0; p < pairs; p++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    const order = p % 2 === 0 ? ([base, HERE] as const) : ([HERE, base] as const);
    const runs = order.map((root) => claimsExtract(root, args, true));
    const [b, h] = order[0] === base ? runs : [runs[1]!, runs[0]!];
    if (b!.status !== 0 || h!.status !== 0) throw new Error('claims extract failed');
    times.base.push(b!.cpuMs);
    times.here.push(h!.cpuMs);
    ratios.push(b!.cpuMs / h!.cpuMs);
    console.log(
      `pair ${p + 1}: base ${b!.cpuMs} ms, this tree ${h!.cpuMs} ms, ratio ${(b!.cpuMs / h!.cpuMs).toFixed(2)}`,
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mb = bytes / 1e6;
  console.log(
    `${mb.toFixed(1)} MB; median CPU time: base ${median(times.base)} ms (${(mb / (median(times.base) / 1000)).toFixed(1)} MB/s), ` +
      `this tree ${median(times.here)} ms (${(mb / (median(times.here) / 1000)).toFixed(1)} MB/s); ` +
      `median ratio base/this ${median(ratios).toFixed(2)} (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
}

const mode = process.argv[2];
if (mode !== 'same' && mode !== 'time') {
  console.error(
    'usage: node --import tsx bench/extract-versions.ts same|time [--base REF] [--sources N] [--pairs P]',
  );
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'claims-extract-versions-'));
try {
  const base = checkout(option('base', 'main'), work);
  if (mode === 'same') process.exitCode = same(base, work) ? 0 : 1;
  else time(base, work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
