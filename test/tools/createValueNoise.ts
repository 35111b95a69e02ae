/**
 * Smooth 2D value noise for skin blotches, fabric and density variation. Lattice values come from an
 * integer hash rather than a stored table, so the field is unbounded and costs no memory.
 */

/** Noise in [-1, 1] at a point; features are about one unit wide. */
export type Noise2 = (x: number, y: number) => number;

function hash(seed: number, ix: number, iy: number): number {
  let h = Math.imul(ix, 0x27d4eb2d) ^ Math.imul(iy, 0x165667b1) ^ Math.imul(seed, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2147483648 - 1;
}

/**
 * Fractal value noise: `octaves` layers, each twice as fine and half as strong, normalised back to
 * [-1, 1].
 */
export function createValueNoise(seed: number, octaves = 1): Noise2 {
  const one = (x: number, y: number, s: number): number => {
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    const fx = x - ix;
    const fy = y - iy;
    // Smoothstep weights hide the lattice; plain bilinear would show a grid.
    const sx = fx * fx * (3 - 2 * fx);
    const sy = fy * fy * (3 - 2 * fy);
    const a = hash(s, ix, iy);
    const b = hash(s, ix + 1, iy);
    const c = hash(s, ix, iy + 1);
    const d = hash(s, ix + 1, iy + 1);
    return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
  };
  return (x, y) => {
    let sum = 0;
    let amp = 1;
    let norm = 0;
    let f = 1;
    for (let o = 0; o < octaves; o++) {
      sum += amp * one(x * f, y * f, seed + o * 101);
      norm += amp;
      amp *= 0.5;
      f *= 2;
    }
    return sum / norm;
  };
}
