import { describe, expect, it } from 'vitest';
import { boxSums } from '../../../../shared/analysis/provenance/boxSums.js';
import { createRng } from '../../../tools/createRng.js';

describe('boxSums', () => {
  it('gives the sum over every k x k window that fits, as adding the window up does', () => {
    const rng = createRng(3);
    const [w, h] = [37, 23];
    const data = Float32Array.from({ length: w * h }, () => 200 * rng() - 100);
    for (const k of [1, 3, 8, 23]) {
      const out = boxSums(data, w, h, k);
      const ow = w - k + 1;
      expect(out.length).toBe(ow * (h - k + 1));
      for (let y = 0; y + k <= h; y++)
        for (let x = 0; x + k <= w; x++) {
          let s = 0;
          for (let r = 0; r < k; r++) for (let c = 0; c < k; c++) s += data[(y + r) * w + x + c] as number;
          expect(out[y * ow + x]).toBeCloseTo(s, 9);
        }
    }
  });

  it('is empty when the window does not fit', () => {
    expect(boxSums(new Float32Array(12), 4, 3, 4).length).toBe(0);
  });
});
