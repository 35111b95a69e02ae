import { describe, expect, it } from 'vitest';
import { copyMove } from '../../../../shared/analysis/provenance/copyMove.js';
import type { GrayImage } from '../../../../shared/analysis/image.js';
import { createRng } from '../../../tools/createRng.js';
import { createValueNoise } from '../../../tools/createValueNoise.js';
import { meta } from '../../../../shared/analysis/detectors/provenance-clone/meta.js';

const threshold = meta.threshold.warning as number;

/** Hair-like fractal texture, with a little pixel noise as a sensor adds. */
function texture(seed: number, w = 480, h = 360): GrayImage {
  const noise = createValueNoise(seed, 4);
  const rng = createRng(seed);
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      data[y * w + x] = Math.round(128 + 100 * noise(x / 6, y / 6) + 4 * (rng() - 0.5));
  return { width: w, height: h, data };
}

/**
 * A round brush of diameter `s` from (sx, sy) put down at (dx, dy): full strength inside 60% of the
 * radius, fading to nothing at the rim, brightened by `offset` (a healing brush's colour match).
 */
function stamp(
  img: GrayImage,
  sx: number,
  sy: number,
  s: number,
  dx: number,
  dy: number,
  offset = 0,
): GrayImage {
  const data = new Uint8Array(img.data);
  const r = s / 2;
  for (let y = 0; y < s; y++)
    for (let x = 0; x < s; x++) {
      const a = Math.min(1, Math.max(0, (1 - Math.hypot(x + 0.5 - r, y + 0.5 - r) / r) / 0.4));
      const to = (dy + y) * img.width + dx + x;
      const v = (img.data[(sy + y) * img.width + sx + x] as number) + offset;
      data[to] = Math.round((1 - a) * (img.data[to] as number) + a * Math.min(255, Math.max(0, v)));
    }
  return { ...img, data };
}

describe('copyMove', () => {
  it('finds a cloned square and where it went', () => {
    const img = texture(1);
    const r = copyMove(stamp(img, 30, 40, 60, 260, 210, 0));
    expect(r.score).toBeGreaterThan(threshold);
    const [from, to] = r.regions;
    expect(Math.abs(to![0] - from![0] - 230)).toBeLessThanOrEqual(1);
    expect(Math.abs(to![1] - from![1] - 170)).toBeLessThanOrEqual(1);
  });

  it('finds a soft brush whose brightness was matched to its new place', () => {
    expect(copyMove(stamp(texture(3), 300, 40, 60, 60, 200, 25)).score).toBeGreaterThan(threshold);
  });

  it('verifies only shifts that enough corners agree on', () => {
    const img = stamp(texture(1), 30, 40, 60, 260, 210, 0);
    // The square's shift gets far more than the default 5 votes; no shift gets 1000.
    expect(copyMove(img, { minVotes: 1000 })).toEqual({ score: 0, regions: [] });
    expect(copyMove(img, { minVotes: 5 }).score).toBeGreaterThan(threshold);
  });

  it('stays below the threshold on texture without a clone', () => {
    expect(copyMove(texture(2)).score).toBeLessThan(threshold);
  });

  it('stays quiet on a repeating pattern, which matches itself at every multiple of its period', () => {
    const tile = texture(4, 40, 40);
    const w = 480;
    const h = 360;
    const data = new Uint8Array(w * h).map(
      (_, i) => tile.data[(Math.floor(i / w) % 40) * 40 + ((i % w) % 40)] as number,
    );
    expect(copyMove({ width: w, height: h, data }).score).toBeLessThan(threshold);
  });

  it('stays quiet on plain bands and smooth gradients, which slide along themselves', () => {
    const rng = createRng(6);
    const w = 480;
    const h = 360;
    const levels = Array.from({ length: 20 }, () => 40 + 170 * rng());
    const data = new Uint8Array(w * h).map((_, i) => {
      const x = i % w;
      const y = Math.floor(i / w);
      return Math.round((levels[Math.floor(x / 37)] as number) * 0.7 + y * 0.2 + 3 * rng());
    });
    expect(copyMove({ width: w, height: h, data }).score).toBeLessThan(threshold);
  });
});
