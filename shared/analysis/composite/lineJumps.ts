/** How sharply the picture changes across each line of a box: the evidence of a gapless join. */
import type { GrayImage } from '../image.js';
import type { Axis, Box } from './types.js';

/**
 * For each line i of `box` along `axis`: the median, over the line, of |g(i + 1) - g(i - 1)| in grey
 * levels (0 for the first and last line). Two lines apart so that a seam softened over one pixel (by
 * resizing or JPEG) still counts whole; a median so that an edge crossing part of the line (a hairline,
 * a shoulder) does not look like a join, which changes the whole line at once.
 */
export function lineJumps(gray: GrayImage, axis: Axis, box: Box): Float32Array {
  const lines = axis === 'row' ? box.h : box.w;
  const len = axis === 'row' ? box.w : box.h;
  const out = new Float32Array(lines);
  const hist = new Uint32Array(256);
  const d = gray.data;
  const W = gray.width;
  const at = (i: number, k: number) =>
    axis === 'row' ? (box.y + i) * W + box.x + k : (box.y + k) * W + box.x + i;
  for (let i = 1; i < lines - 1; i++) {
    hist.fill(0);
    for (let k = 0; k < len; k++) {
      hist[Math.abs((d[at(i + 1, k)] as number) - (d[at(i - 1, k)] as number))]! += 1;
    }
    let acc = 0;
    let v = 0;
    while (v < 255 && acc + (hist[v] as number) < len / 2) acc += hist[v++] as number;
    out[i] = v;
  }
  return out;
}
