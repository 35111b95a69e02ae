import { describe, expect, it } from 'vitest';
import { copyMove } from '../../../../shared/analysis/provenance/copyMove.js';
import type { GrayImage } from '../../../../shared/analysis/image.js';
import { createValueNoise } from '../../../tools/createValueNoise.js';
import { meta } from '../../../../shared/analysis/detectors/provenance-clone/meta.js';

function texture(seed: number, w = 320, h = 240): GrayImage {
  const noise = createValueNoise(seed, 4);
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) data[y * w + x] = Math.round(128 + 100 * (noise(x / 6, y / 6) - 0.5));
  return { width: w, height: h, data };
}

function clone(img: GrayImage, sx: number, sy: number, s: number, dx: number, dy: number): GrayImage {
  const data = new Uint8Array(img.data);
  for (let r = 0; r < s; r++)
    data.set(
      img.data.subarray((sy + r) * img.width + sx, (sy + r) * img.width + sx + s),
      (dy + r) * img.width + dx,
    );
  return { ...img, data };
}

describe('copyMove', () => {
  it('finds a cloned square and where it went', () => {
    const r = copyMove(clone(texture(1), 30, 40, 48, 200, 150));
    expect(r.score).toBeGreaterThan(meta.threshold.warning as number);
    const [from, to] = r.regions;
    expect(Math.abs(to![0] - from![0] - 170)).toBeLessThanOrEqual(1);
    expect(Math.abs(to![1] - from![1] - 110)).toBeLessThanOrEqual(1);
  });

  it('stays below the threshold on texture without a clone', () => {
    expect(copyMove(texture(2)).score).toBeLessThan(meta.threshold.warning as number);
  });
});
