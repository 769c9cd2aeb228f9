import { describe, expect, test } from 'vitest';
import { PngPool } from '../../src/build/png/pool';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A square of `size` px with a label, so each render is a different picture. */
function svg(size: number, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#0b5fad"/><text x="4" y="14" font-size="12">${label}</text></svg>`;
}

/** Width and height from a PNG's IHDR chunk. */
function dimensions(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('PngPool', () => {
  test('renders every queued SVG at 2x, each to its own callback, with two threads', async () => {
    const pool = new PngPool(2);
    const got = new Map<number, Uint8Array>();
    for (let size = 10; size < 40; size++) {
      await pool.add(svg(size, `chart ${size}`), (png) => got.set(size, png));
    }
    await pool.close();
    expect(got.size).toBe(30);
    for (const [size, png] of got) {
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(dimensions(png)).toEqual([2 * size, 2 * size]);
    }
  });

  test('an SVG resvg cannot read fails the build with its reason, and the threads stop', async () => {
    const pool = new PngPool(1);
    const done: number[] = [];
    let failure: unknown;
    try {
      await pool.add(svg(10, 'fine'), () => done.push(1));
      await pool.add('<svg', () => done.push(2));
      for (let k = 0; k < 10; k++) await pool.add(svg(10, `after ${k}`), () => done.push(3));
      await pool.close();
    } catch (e) {
      failure = e;
    } finally {
      await pool.terminate();
    }
    expect(String(failure)).toMatch(/a chart's PNG could not be rendered: .+/);
    expect(done).not.toContain(2);
  });

  test('terminate() after close() is harmless, so a finally can always call it', async () => {
    const pool = new PngPool(1);
    await pool.add(svg(8, 'x'), () => undefined);
    await pool.close();
    await expect(pool.terminate()).resolves.toBeUndefined();
  });
});
