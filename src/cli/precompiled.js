/**
 * The CLI precompiled: its TypeScript bundled once by esbuild (the compiler
 * tsx itself runs) into node_modules/.cache/claims-cli/<key>/, and run from
 * there while its sources are unchanged, so `claims` does not load tsx and
 * compile every module through its loader on each start (about half a second
 * of CPU, `claims --help` included).
 *
 * Plain JavaScript: it runs before anything can compile TypeScript.
 *
 * A build is keyed by a hash of the project's folder and the bytes of every
 * file it was made from (each source, claims/datapackage.json, tsconfig.json
 * and this module), as esbuild read them; `current.json` names the last build and its files. A
 * start hashes those files again (a few milliseconds) and runs the build only
 * when the hash is its key; otherwise it builds again, into a folder of its
 * own that is renamed into place whole, so processes starting at once never
 * see half a build. Packages stay outside the bundle, found in node_modules
 * as from the sources. When no build can be had (no esbuild, a read-only
 * node_modules, a source that does not compile) the caller runs the
 * sources through tsx, as before, and a source's error is reported there.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = fileURLToPath(import.meta.url);
const REPO = resolve(HERE, '../../..');

/** The entry points, by the name of the file each becomes in a build. */
export const ENTRIES = {
  main: 'src/cli/main.ts',
  // Started by the shim extract-worker.js, as the workers' entry.
  'extract-worker': 'src/cli/commands/extract-worker.ts',
};

/** Read into every key besides the bundle's own inputs: they change what esbuild makes of them. */
const ALWAYS = ['tsconfig.json', relative(REPO, HERE)];

/** Builds of another key are removed once this old (a running command may still load from one). */
const STALE_MS = 60 * 60 * 1000;

const LOADERS = { '.ts': 'ts', '.js': 'js', '.mjs': 'js', '.json': 'json' };

/**
 * The file URL of entry `name` in a build of the current sources, building
 * one when there is none and `build` is true; undefined when there is no
 * such build (the caller then runs the sources).
 *
 * @param {keyof typeof ENTRIES} name
 * @param {{ build?: boolean, root?: string, cache?: string, entries?: Record<string, string>, onBuild?: () => void }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function precompiledEntry(name, options = {}) {
  const root = options.root ?? REPO;
  const cache = options.cache ?? join(root, 'node_modules', '.cache', 'claims-cli');
  const entries = options.entries ?? ENTRIES;
  try {
    const current = JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8'));
    if (keyOf(root, current.files, (file) => readFileSync(join(root, file))) === current.key) {
      return pathToFileURL(join(cache, current.key, `${name}.js`)).href;
    }
  } catch {
    // No build yet, or a file of the last one is gone: build again.
  }
  if (options.build === false) return undefined;
  try {
    options.onBuild?.();
    const key = await build(root, cache, entries);
    return pathToFileURL(join(cache, key, `${name}.js`)).href;
  } catch {
    return undefined;
  }
}

/**
 * The hash of the project's folder and the files' paths and bytes. The files
 * are a build's inputs; what they import is fixed by their bytes. The folder
 * is in it because a build holds the address of each module's source (its
 * `import.meta.url`, by which the worker's shim is found): a checkout moved
 * elsewhere, or one whose node_modules is another checkout's, must not run a
 * build that points into the other folder.
 *
 * @param {string} root
 * @param {string[]} files
 * @param {(file: string) => Uint8Array} bytesOf
 */
function keyOf(root, files, bytesOf) {
  const hash = createHash('sha256');
  hash.update(`${resolve(root)}\0`);
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(bytesOf(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Bundles the entries into cache/<key>/ and records it as current. Every
 * file esbuild compiles is read here, by a plugin, so the key is the hash of
 * exactly the bytes bundled even if a file changes during the build.
 *
 * @param {string} root
 * @param {string} cache
 * @param {Record<string, string>} entries
 * @returns {Promise<string>} the build's key
 */
async function build(root, cache, entries) {
  const esbuild = await import('esbuild');
  /** @type {Map<string, Buffer>} */
  const read = new Map();
  for (const file of ALWAYS) {
    try {
      read.set(file, readFileSync(join(root, file)));
    } catch {
      // A fixture project of the tests has no tsconfig.json.
    }
  }
  const sources = {
    name: 'claims-sources',
    /** @param {import('esbuild').PluginBuild} b */
    setup(b) {
      b.onLoad({ filter: /.*/, namespace: 'file' }, ({ path }) => {
        const bytes = readFileSync(path);
        read.set(relative(root, path), bytes);
        let contents = bytes.toString('utf8');
        // A module finds files beside it (the worker's shim, the workbench's
        // folders) from its own address, not the build's.
        contents = contents.replace(
          /\bimport\.meta\.url\b/g,
          JSON.stringify(pathToFileURL(path).href),
        );
        const loader = LOADERS[/** @type {keyof typeof LOADERS} */ (extname(path))] ?? 'default';
        return { contents, loader };
      });
    },
  };
  const staging = join(cache, `.staging-${process.pid}-${Date.now()}`);
  mkdirSync(cache, { recursive: true });
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(
        Object.entries(entries).map(([name, file]) => [name, join(root, file)]),
      ),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      // esbuild turns every literal with a \p{…} escape into `new RegExp(…)`
      // (for engines that lack a property, an error at run time rather than
      // at parsing), which made the sentence splitter and the grammar build
      // a RegExp object at each call; Node 20 knows every property we use.
      supported: { 'regexp-unicode-property-escapes': true },
      packages: 'external',
      outdir: staging,
      // Flat, so an entry's chunks sit beside it.
      chunkNames: '[name]-[hash]',
      plugins: [sources],
      logLevel: 'silent',
    });
    const files = [...read.keys()].sort();
    const key = keyOf(root, files, (file) => /** @type {Buffer} */ (read.get(file)));
    try {
      renameSync(staging, join(cache, key));
    } catch {
      // Another process made the same build first: its copy is as good.
    }
    const record = join(cache, `.current-${process.pid}-${Date.now()}.json`);
    writeFileSync(record, JSON.stringify({ key, files }));
    renameSync(record, join(cache, 'current.json'));
    removeStale(cache, key);
    return key;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * @param {string} cache
 * @param {string} keep
 */
function removeStale(cache, keep) {
  const now = Date.now();
  for (const entry of readdirSync(cache)) {
    if (entry === keep || entry === 'current.json') continue;
    const path = join(cache, entry);
    // Another process may be removing it too.
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats && now - stats.mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}
