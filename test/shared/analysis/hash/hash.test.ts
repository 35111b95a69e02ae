import { describe, expect, it } from 'vitest';
import { dct2 } from '../../../../shared/analysis/hash/dct2.js';
import { findReused } from '../../../../shared/analysis/hash/findReused.js';
import { hammingDistance } from '../../../../shared/analysis/hash/hammingDistance.js';
import { panelHashes } from '../../../../shared/analysis/hash/panelHashes.js';
import { perceptualHash } from '../../../../shared/analysis/hash/perceptualHash.js';
import { reuseDistance } from '../../../../shared/analysis/hash/reuseDistance.js';
import { REUSE_THRESHOLD } from '../../../../shared/analysis/hash/reuseThreshold.js';
import { shrinkGray } from '../../../../shared/analysis/hash/shrinkGray.js';
import type { GrayImage } from '../../../../shared/analysis/image.js';
import { toGray } from '../../../../shared/analysis/image.js';
import { texture } from '../../../helpers/synthetic.js';

const gray = (w: number, h: number, seed: number): GrayImage => toGray(texture(w, h, seed));

/** Box-average shrink by an integer factor: an exact, independent resize to compare against. */
function halve(img: GrayImage): GrayImage {
  const w = img.width >> 1;
  const h = img.height >> 1;
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const at = (dx: number, dy: number) => img.data[(2 * y + dy) * img.width + 2 * x + dx] as number;
      data[y * w + x] = Math.round((at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4);
    }
  return { width: w, height: h, data };
}

function crop(img: GrayImage, x0: number, y0: number, w: number, h: number): GrayImage {
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    data.set(img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x0 + w), y * w);
  return { width: w, height: h, data };
}

describe('perceptual hashing', () => {
  it('shrinkGray averages exact areas, including fractional ones', () => {
    const img: GrayImage = { width: 3, height: 1, data: Uint8Array.of(0, 90, 180) };
    // Across: two cells of 1.5 px, (0 + 0.5 * 90) / 1.5 and (0.5 * 90 + 180) / 1.5. Down: the one row
    // is split over both cell rows, which therefore repeat.
    expect(Array.from(shrinkGray(img, 2)).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([30, 150, 30, 150]);
  });

  it('dct2 matches the DCT-II formula term by term', () => {
    const n = 6;
    const v = Float64Array.from({ length: n * n }, (_, i) => Math.sin(i * 1.7) * 50 + (i % 5));
    const got = dct2(v, n, 3);
    for (const [u, w] of [
      [0, 0],
      [1, 2],
      [2, 1],
    ] as const) {
      let s = 0;
      for (let y = 0; y < n; y++)
        for (let x = 0; x < n; x++)
          s +=
            (v[y * n + x] as number) *
            Math.cos(((2 * x + 1) * u * Math.PI) / (2 * n)) *
            Math.cos(((2 * y + 1) * w * Math.PI) / (2 * n));
      expect(got[w * 3 + u]).toBeCloseTo(s, 9);
    }
  });

  it('hammingDistance counts differing bits', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('00000000000000f1', '0000000000000070')).toBe(2);
    expect(() => hammingDistance('00', '000')).toThrow(/length/);
  });

  it('keeps a photo through halving and a brightness change, and tells different photos apart', () => {
    const a = gray(256, 192, 3);
    const h = perceptualHash(a);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(h, perceptualHash(halve(a)))).toBeLessThanOrEqual(2);
    const brighter = { ...a, data: a.data.map((v) => Math.min(255, v + 30)) };
    expect(hammingDistance(h, perceptualHash(brighter))).toBeLessThanOrEqual(4);
    for (const seed of [4, 5, 6, 7])
      expect(hammingDistance(h, perceptualHash(gray(256, 192, seed)))).toBeGreaterThan(REUSE_THRESHOLD);
  });

  it('lines up a copy trimmed 8% on every side through the centred crop hashes', () => {
    const a = gray(300, 200, 11);
    const trimmed = crop(a, 24, 16, 252, 168);
    // One hash alone loses the trim; the crop scales find it.
    expect(hammingDistance(perceptualHash(a), perceptualHash(trimmed))).toBeGreaterThan(
      reuseDistance(panelHashes(a), panelHashes(trimmed)),
    );
    expect(reuseDistance(panelHashes(a), panelHashes(trimmed))).toBeLessThanOrEqual(REUSE_THRESHOLD);
  });

  it('findReused reports panels of different cases only', () => {
    const p = (seed: number) => panelHashes(gray(128, 96, seed));
    const shared = p(21);
    const hits = findReused([
      { caseId: 0, role: 'before', hashes: p(22) },
      { caseId: 0, role: 'after', hashes: shared },
      { caseId: 1, role: 'before', hashes: shared },
      { caseId: 1, role: 'after', hashes: p(23) },
      // Within one case a repeated photo is pair.duplicate's business, not a gallery reuse.
      { caseId: 2, role: 'before', hashes: p(24) },
      { caseId: 2, role: 'after', hashes: p(24) },
    ]);
    expect(hits).toEqual([
      { a: { caseId: 0, role: 'after' }, b: { caseId: 1, role: 'before' }, distance: 0 },
    ]);
  });
});
