/**
 * A corner's descriptor: the 4x4 cell means of the 16x16 window around it on the band-passed plane,
 * mean removed and scaled to unit length, so that two descriptors' dot product is their correlation.
 */
import type { Plane } from './lumaPlane.js';
import type { Corners } from './cornerPoints.js';

/** Side of the described window and of its cells (pixels). */
export const WINDOW = 16;
const CELL = 4;

/** 16 values per corner, in the corners' order (each corner at least WINDOW / 2 inside the plane). */
export function cornerDescriptors(plane: Plane, corners: Corners): Float32Array {
  const { xs, ys } = corners;
  const desc = new Float32Array(xs.length * 16);
  const cell = new Float32Array(16);
  for (let i = 0; i < xs.length; i++) {
    const x0 = (xs[i] as number) - WINDOW / 2;
    const y0 = (ys[i] as number) - WINDOW / 2;
    for (let j = 0; j < 16; j++)
      cell[j] = cellSum(plane.data, plane.width, x0 + (j & 3) * CELL, y0 + (j >> 2) * CELL);
    describe(cell, desc, i * 16);
  }
  return desc;
}

/** Sum of the CELL x CELL cell whose top-left pixel is (x, y). */
function cellSum(data: Float32Array, w: number, x: number, y: number): number {
  let s = 0;
  for (let r = 0; r < CELL; r++) {
    const at = (y + r) * w + x;
    for (let c = 0; c < CELL; c++) s += data[at + c] as number;
  }
  return s;
}

/** The 16 cell sums, mean removed and scaled to unit length, into out[at..at + 16]. */
function describe(cell: Float32Array, out: Float32Array, at: number): void {
  let mean = 0;
  for (let j = 0; j < 16; j++) mean += (cell[j] as number) / 16;
  let norm = 0;
  for (let j = 0; j < 16; j++) norm += ((cell[j] as number) - mean) ** 2;
  const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < 16; j++) out[at + j] = ((cell[j] as number) - mean) * s;
}
