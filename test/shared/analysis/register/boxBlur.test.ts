import { describe, expect, it } from 'vitest';
import { boxBlur } from '../../../../shared/analysis/register/boxBlur.js';

describe('boxBlur', () => {
  it('spreads a point as far as a Gaussian of the same sigma, and keeps its mass', () => {
    const w = 81;
    const src = new Float32Array(w * w);
    src[40 * w + 40] = 1;
    const out = boxBlur(src, w, w, 6);
    let mass = 0;
    let varX = 0;
    for (let y = 0; y < w; y++)
      for (let x = 0; x < w; x++) {
        const v = out[y * w + x] as number;
        mass += v;
        varX += v * (x - 40) ** 2;
      }
    expect(mass).toBeCloseTo(1, 5);
    // Two boxes of radius 7 (width 15): variance 2 * (15^2 - 1) / 12 = 37.3, sigma 6.1.
    expect(Math.sqrt(varX / mass)).toBeGreaterThan(5.7);
    expect(Math.sqrt(varX / mass)).toBeLessThan(6.5);
  });

  it('leaves a constant image constant up to its edges, and follows a ramp inside', () => {
    const w = 40;
    const h = 30;
    const flat = new Float32Array(w * h).fill(0.3);
    for (const v of boxBlur(flat, w, h, 4)) expect(v).toBeCloseTo(0.3, 5);
    const ramp = Float32Array.from({ length: w * h }, (_, i) => i % w);
    const out = boxBlur(ramp, w, h, 3);
    expect(out[15 * w + 20]).toBeCloseTo(20, 4);
    // At the left edge the window is cut, so the mean sits inside the image (not mirrored to zero).
    expect(out[15 * w]).toBeGreaterThan(1);
  });
});
