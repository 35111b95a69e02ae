/**
 * The 8x8 forward DCT of JPEG (orthonormal, level shift 128) of every whole block of a luma plane on a
 * grid starting at (dx, dy). Coefficient u,v of a block is what the encoder divided by the table step.
 */
import type { Plane } from './lumaPlane.js';

// C[u][x] = c(u)/2 * cos((2x+1) u pi / 16): the 1-D basis, so that the 2-D transform is orthonormal.
const C = new Float64Array(64);
for (let u = 0; u < 8; u++) {
  for (let x = 0; x < 8; x++)
    C[u * 8 + x] = (u === 0 ? Math.SQRT1_2 : 1) * 0.5 * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
}

/** The blocks' coefficients, `count` blocks of 64 values (natural order) each. */
export interface BlockCoefficients {
  readonly count: number;
  readonly data: Float32Array;
}

/**
 * DCT of the blocks on the grid at offset (dx, dy), at most `maxBlocks` of them (evenly spread), only the
 * coefficients listed in `wanted` (natural indices; the others stay 0) to keep the cost down.
 */
export function blockDct(
  plane: Plane,
  dx: number,
  dy: number,
  wanted: readonly number[],
  maxBlocks = Infinity,
): BlockCoefficients {
  const bw = Math.floor((plane.width - dx) / 8);
  const bh = Math.floor((plane.height - dy) / 8);
  const total = Math.max(0, bw * bh);
  const stride = total > maxBlocks ? total / maxBlocks : 1;
  const count = Math.min(total, Math.floor(total / stride));
  const out = new Float32Array(count * 64);
  const rows = new Float64Array(64);
  const p = plane.data;
  for (let b = 0; b < count; b++) {
    const k = Math.floor(b * stride);
    const bx = dx + (k % bw) * 8;
    const by = dy + Math.floor(k / bw) * 8;
    // Rows first: rows[y*8+u] = sum_x C[u][x] * (f(x,y) - 128).
    for (let y = 0; y < 8; y++) {
      const at = (by + y) * plane.width + bx;
      for (let u = 0; u < 8; u++) {
        let s = 0;
        for (let x = 0; x < 8; x++) s += (C[u * 8 + x] as number) * ((p[at + x] as number) - 128);
        rows[y * 8 + u] = s;
      }
    }
    for (const i of wanted) {
      const v = i >> 3;
      const u = i & 7;
      let s = 0;
      for (let y = 0; y < 8; y++) s += (C[v * 8 + y] as number) * (rows[y * 8 + u] as number);
      out[b * 64 + i] = s;
    }
  }
  return { count, data: out };
}
