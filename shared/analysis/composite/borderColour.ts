/** The colour of a border around the whole image, if it has one. */
import type { RgbImage } from '../image.js';
import { lineStats } from './lineStats.js';

type Colour = [number, number, number];

/**
 * The colour of the outermost line of at least three of the four sides, when those lines are each one
 * colour (plain share >= bandShare) and agree within `tol`; null otherwise. Three, not four: a logo
 * band or a caption may sit on one side. A photo's own flat edge (a plain backdrop) rarely reaches
 * three sides in one colour, so it is not mistaken for a border and cut off.
 */
export function borderColour(
  img: RgbImage,
  bandShare: number,
  colourTol: number,
  tol: number,
): Colour | null {
  const { width: W, height: H } = img;
  const sides = [
    lineStats(img, 'row', { x: 0, y: 0, w: W, h: 1 }, colourTol),
    lineStats(img, 'row', { x: 0, y: H - 1, w: W, h: 1 }, colourTol),
    lineStats(img, 'col', { x: 0, y: 0, w: 1, h: H }, colourTol),
    lineStats(img, 'col', { x: W - 1, y: 0, w: 1, h: H }, colourTol),
  ]
    .filter((s) => (s.plain[0] as number) >= bandShare)
    .map((s) => [s.median[0], s.median[1], s.median[2]] as Colour);
  for (const c of sides) {
    const agree = sides.filter((o) => o.every((v, k) => Math.abs(v - (c[k] as number)) <= tol));
    if (agree.length >= 3) return c;
  }
  return null;
}
