/**
 * A TrueType font cut down to some characters, by harfbuzz's hb-subset
 * (harfbuzzjs's WebAssembly build, called directly: it has no JavaScript
 * API for subsetting). The subset keeps every layout feature, so text
 * shapes as with the whole font, and the outline of .notdef, so a character
 * no font has is drawn as the same box; it drops the hinting programs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;

let harfbuzz: HarfBuzzSubset | undefined;

function loaded(): HarfBuzzSubset {
  if (!harfbuzz) {
    const path = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path)), {});
    harfbuzz = instance.exports as unknown as HarfBuzzSubset;
    harfbuzz._initialize();
  }
  return harfbuzz;
}

/** `font` (a TrueType file) with the glyphs of `codePoints` it has, and what shaping them needs. */
export function subsetFont(font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const hb = loaded();
  const data = hb.malloc(font.byteLength);
  // The memory may grow while harfbuzz works, which detaches earlier views: a new view each time.
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  let subset = 0;
  try {
    if (input === 0) throw new Error('hb-subset could not start');
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    hb.hb_subset_input_set_flags(
      input,
      hb.hb_subset_input_get_flags(input) |
        HB_SUBSET_FLAGS_NO_HINTING |
        HB_SUBSET_FLAGS_NOTDEF_OUTLINE,
    );
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const c of codePoints) hb.hb_set_add(unicodes, c);
    subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('hb-subset failed: is the font a TrueType file?');
    const result = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(result);
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(result, 0), length).slice();
    hb.hb_blob_destroy(result);
    if (length === 0) throw new Error('hb-subset made an empty font');
    return bytes;
  } finally {
    if (subset !== 0) hb.hb_face_destroy(subset);
    if (input !== 0) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}
