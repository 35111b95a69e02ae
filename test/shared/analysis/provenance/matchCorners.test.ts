import { describe, expect, it } from 'vitest';
import { matchCorners } from '../../../../shared/analysis/provenance/matchCorners.js';
import { createRng } from '../../../tools/createRng.js';

/** Unit descriptors of 16 values with zero mean: random ones, and a few noisy copies of earlier ones. */
function descriptors(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * 16);
  for (let i = 0; i < n; i++) {
    const from = i >= n / 2 && rng() < 0.3 ? Math.floor(rng() * (n / 2)) : -1;
    const v = Array.from({ length: 16 }, (_, j) =>
      from >= 0 ? (out[from * 16 + j] as number) + 0.15 * (rng() - 0.5) : rng() - 0.5,
    );
    const mean = v.reduce((a, b) => a + b, 0) / 16;
    const norm = Math.hypot(...v.map((x) => x - mean));
    v.forEach((x, j) => (out[i * 16 + j] = (x - mean) / norm));
  }
  return out;
}

describe('matchCorners', () => {
  it('gives each corner its most similar corner at least minShift away, or -1 below minSimilarity', () => {
    const n = 300;
    const desc = descriptors(n, 9);
    const rng = createRng(10);
    const xs = Int32Array.from({ length: n }, () => Math.floor(200 * rng()));
    const ys = Int32Array.from({ length: n }, () => Math.floor(150 * rng()));
    const match = matchCorners(desc, xs, ys, 0.85, 24);
    let matched = 0;
    for (let i = 0; i < n; i++) {
      let best = 0.85;
      let want = -1;
      for (let j = 0; j < n; j++) {
        if (
          j === i ||
          Math.hypot((xs[j] as number) - (xs[i] as number), (ys[j] as number) - (ys[i] as number)) < 24
        )
          continue;
        let d = 0;
        for (let k = 0; k < 16; k++) d += (desc[i * 16 + k] as number) * (desc[j * 16 + k] as number);
        if (d > best) [best, want] = [d, j];
      }
      expect(match[i]).toBe(want);
      if (want >= 0) matched++;
    }
    // The copies (about 15% of the corners, and what they were copied from) match; random ones do not.
    expect(matched).toBeGreaterThan(20);
    expect(matched).toBeLessThan(n / 2);
  });
});
