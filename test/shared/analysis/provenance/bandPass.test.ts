import { describe, expect, it } from 'vitest';
import { bandPass } from '../../../../shared/analysis/provenance/bandPass.js';
import { createRng } from '../../../tools/createRng.js';

/** The definition: the mean over the k x k window centred on (x, y), edge pixels repeated outward. */
function boxMean(data: Uint8Array, w: number, h: number, k: number, x: number, y: number): number {
  const r = k >> 1;
  let s = 0;
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const yy = Math.min(h - 1, Math.max(0, y + dy));
      const xx = Math.min(w - 1, Math.max(0, x + dx));
      s += data[yy * w + xx] as number;
    }
  return Math.fround(s / (k * k));
}

describe('bandPass', () => {
  it('is the 3x3 box mean less the 9x9 one at every pixel, edges included', () => {
    const rng = createRng(5);
    const [w, h] = [29, 17];
    const data = Uint8Array.from({ length: w * h }, () => Math.floor(256 * rng()));
    const out = bandPass({ width: w, height: h, data });
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        expect(out.data[y * w + x]).toBe(
          Math.fround(boxMean(data, w, h, 3, x, y) - boxMean(data, w, h, 9, x, y)),
        );
  });

  it('is zero on a flat image and on a ramp away from its ends', () => {
    const [w, h] = [40, 20];
    expect(
      bandPass({ width: w, height: h, data: new Uint8Array(w * h).fill(90) }).data.every((v) => v === 0),
    ).toBe(true);
    const ramp = bandPass({
      width: w,
      height: h,
      data: Uint8Array.from({ length: w * h }, (_, i) => 3 * (i % w)),
    });
    for (let y = 0; y < h; y++)
      for (let x = 4; x < w - 4; x++) expect(ramp.data[y * w + x]).toBeCloseTo(0, 5);
  });
});
