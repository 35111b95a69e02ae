import { describe, expect, it } from 'vitest';
import { viridis } from '../../../../main/engine/outputs/viridis.js';

const near = (lut: Uint8Array, i: number, rgb: [number, number, number]) => {
  for (let c = 0; c < 3; c++) expect(Math.abs((lut[i * 3 + c] as number) - rgb[c]!)).toBeLessThanOrEqual(4);
};

describe('viridis', () => {
  it("matches matplotlib's table at the ends and the middle", () => {
    const lut = viridis();
    near(lut, 0, [68, 1, 84]); // #440154
    near(lut, 128, [33, 145, 140]); // #21918c
    near(lut, 255, [253, 231, 37]); // #fde725
  });

  it('gets lighter all the way, so the map reads in grayscale too', () => {
    const lut = viridis();
    let last = -1;
    for (let i = 0; i < 256; i += 8) {
      const y =
        0.2126 * (lut[i * 3] as number) +
        0.7152 * (lut[i * 3 + 1] as number) +
        0.0722 * (lut[i * 3 + 2] as number);
      expect(y).toBeGreaterThan(last);
      last = y;
    }
  });
});
