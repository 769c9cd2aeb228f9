/**
 * The PNG of a chart's SVG, by resvg, at twice its size.
 *
 * resvg's font database keeps each system font as a path, and reads the
 * whole file again for every glyph it turns into a path: DejaVu Sans is a
 * 740 KB file, so the 2,500 glyphs of a 20-report chart copied 1.8 GB and
 * took 70% of its PNG's CPU time (about 150 ms of 350), and more with every
 * report. So each thread gives resvg, before the system fonts, a subset of
 * the chart font's files (font-subset.ts) holding the characters the charts
 * drawn so far use, a twelfth of the size. It keeps the glyphs' outlines,
 * advances, layout tables and the box drawn for a character no font has,
 * so the PNG is the same, byte for byte; a character the font lacks falls
 * back to another system font as before, since the subset lacks it too.
 *
 * The subset grows by whole blocks of 256 code points, so a thread makes it
 * again a few times (each takes about 10 ms a file), at most once per block
 * of the text it draws. Without the font's files (a machine without DejaVu
 * Sans), resvg reads the system fonts as it always did.
 *
 * Reading the system fonts takes resvg about 6 ms a PNG, for nothing when
 * the subset draws every character: so it reads them only for an SVG with
 * a character both faces of the chart font lack (which another font draws),
 * or whose text asks for a font the subset cannot stand for (another
 * family, weight or style, a style sheet). Either way it picks the same
 * glyphs, so the PNG is the same.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { Blob as FontBlob, Face } from 'harfbuzzjs';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { FILE_FONT_FAMILY, INK } from '../../charts/theme';
import { subsetFont } from './font-subset';

/** The chart font (charts/theme.ts FILE_FONT_FAMILY), and the files of the faces the charts use. */
const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
/** Where fontdb looks for system fonts on Linux and macOS (Windows: the system's own fonts only). */
const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.fonts'),
  join(homedir(), '.local/share/fonts'),
  '/Library/Fonts',
  '/System/Library/Fonts',
  join(homedir(), 'Library/Fonts'),
];
/** Code points join the subset by blocks of this many. */
const BLOCK = 256;

/**
 * Markup that may choose a face other than the subset's: a style sheet, a
 * style attribute, a style or stretch. (font-variant, as Plot's tabular-nums,
 * picks features of the face resvg chose, not the face.)
 */
const UNSETTLED_TYPE = /<style|\s(?:style|font|font-style|font-stretch)=/;
const FONT_FAMILY_ATTRIBUTE = /\sfont-family="([^"]*)"/g;
const FONT_WEIGHT_ATTRIBUTE = /\sfont-weight="([^"]*)"/g;
/** The weights of the subset's faces, DejaVu Sans and DejaVu Sans Bold. */
const SUBSET_WEIGHTS = new Set(['normal', '400', 'bold', '700']);
const XML_SPACE = new Set(['\t', '\n', '\r']);

const OPTIONS = {
  fitTo: { mode: 'zoom', value: 2 },
  background: INK.light.bg,
} as const satisfies ResvgRenderOptions;

export class PngRasteriser {
  /** The chart font's files, or none when this machine has not got them all. */
  private readonly fonts: { name: string; bytes: Buffer }[];
  /** The characters every face of the chart font has: empty without its files. */
  private readonly everyFaceHas: Set<number>;
  /** The blocks of code points the current subset holds. */
  private readonly blocks = new Set<number>();
  private fontFiles: string[] = [];
  private generation = 0;

  /** `dir`: a folder of this thread's own for the subset's files, which its owner removes. */
  constructor(private readonly dir: string) {
    const found = FONT_FILES.map((name) => findFontFile(name));
    this.fonts = found.every((path) => path !== undefined)
      ? found.map((path, k) => ({ name: FONT_FILES[k]!, bytes: readFileSync(path) }))
      : [];
    const cmaps = this.fonts.map(
      ({ bytes }) => new Set(new Face(new FontBlob(bytes)).collectUnicodes()),
    );
    this.everyFaceHas = new Set(
      cmaps.length > 0 ? [...cmaps[0]!].filter((c) => cmaps.every((cmap) => cmap.has(c))) : [],
    );
  }

  /** The PNG of `svg` at twice its size. */
  rasterise(svg: string): Uint8Array {
    const chars = new Set(svg);
    this.cover(chars);
    const options: ResvgRenderOptions = {
      ...OPTIONS,
      font: {
        loadSystemFonts: !this.subsetSuffices(svg, chars),
        fontFiles: this.fontFiles,
        defaultFontFamily: FONT_FAMILY,
      },
    };
    return new Resvg(svg, options).render().asPng();
  }

  /**
   * Whether the subset alone draws `svg` as with the system fonts: each of
   * its characters (text and markup alike, to be safe) in every face, and
   * its text in the chart's family, regular or bold, upright, without CSS.
   */
  subsetSuffices(svg: string, chars: Set<string> = new Set(svg)): boolean {
    if (this.fontFiles.length === 0) return false;
    for (const char of chars) {
      // XML white space is no glyph: the text's is read as spaces, the markup's as nothing.
      if (!this.everyFaceHas.has(char.codePointAt(0)!) && !XML_SPACE.has(char)) return false;
    }
    if (UNSETTLED_TYPE.test(svg)) return false;
    for (const [, value] of svg.matchAll(FONT_FAMILY_ATTRIBUTE)) {
      if (value !== FILE_FONT_FAMILY) return false;
    }
    for (const [, value] of svg.matchAll(FONT_WEIGHT_ATTRIBUTE)) {
      if (!SUBSET_WEIGHTS.has(value!)) return false;
    }
    return true;
  }

  /** Makes the subset again if `chars` has a character of a block it lacks. */
  private cover(chars: Set<string>): void {
    if (this.fonts.length === 0) return;
    const before = this.blocks.size;
    for (const char of chars) this.blocks.add(Math.floor(char.codePointAt(0)! / BLOCK));
    if (this.blocks.size === before) return;
    const codePoints: number[] = [];
    for (const block of this.blocks) {
      for (let c = block * BLOCK; c < (block + 1) * BLOCK; c++) codePoints.push(c);
    }
    // A new name each time: resvg must never read a file while it is written.
    const generation = ++this.generation;
    mkdirSync(this.dir, { recursive: true });
    const files: string[] = [];
    for (const { name, bytes } of this.fonts) {
      const subset = subsetFont(bytes, codePoints);
      const path = join(this.dir, `${generation}-${name}`);
      writeFileSync(path, subset);
      files.push(path);
    }
    for (const old of this.fontFiles) rmSync(old, { force: true });
    this.fontFiles = files;
  }
}

/** The first file named `name` under the system font folders, searched depth first. */
function findFontFile(name: string): string | undefined {
  const search = (dir: string, depth: number): string | undefined => {
    if (depth > 4 || !existsSync(dir)) return undefined;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    const file = entries.find((e) => e.isFile() && e.name === name);
    if (file) return join(dir, name);
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const found = search(join(dir, entry.name), depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  for (const dir of FONT_DIRS) {
    const found = search(dir, 0);
    if (found) return found;
  }
  return undefined;
}
