/** Share of each line of a box that is one given colour: how much of a line is background. */
import type { RgbImage } from '../image.js';
import type { Axis, Box } from './types.js';

/** For each line of `box` along `axis`: the share of its pixels with every channel within `tol` of `colour`. */
export function lineShareNear(
  img: RgbImage,
  axis: Axis,
  box: Box,
  colour: readonly [number, number, number],
  tol: number,
): Float32Array {
  const lines = axis === 'row' ? box.h : box.w;
  const len = axis === 'row' ? box.w : box.h;
  const out = new Float32Array(lines);
  const d = img.data;
  const W = img.width;
  const step = axis === 'row' ? 3 : W * 3;
  const [r, g, b] = colour;
  for (let i = 0; i < lines; i++) {
    let o = axis === 'row' ? ((box.y + i) * W + box.x) * 3 : (box.y * W + box.x + i) * 3;
    let n = 0;
    for (let k = 0; k < len; k++, o += step) {
      if (
        Math.abs((d[o] as number) - r) <= tol &&
        Math.abs((d[o + 1] as number) - g) <= tol &&
        Math.abs((d[o + 2] as number) - b) <= tol
      )
        n++;
    }
    out[i] = len > 0 ? n / len : 0;
  }
  return out;
}
