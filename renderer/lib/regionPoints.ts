import type { Region } from '../../shared/contract/report.js';

/**
 * A flag's region in the pixel frame of the photo it is drawn on (full resolution, as oriented for
 * display). A region in the after photo reaches the before frame through the alignment matrix
 * (after -> before); without one it cannot be placed there and the answer is null.
 */
export function regionPoints(
  region: Region,
  frame: 'before' | 'after',
  matrix: readonly number[] | null,
): [number, number][] | null {
  if (region.frame === frame) return region.points.map(([x, y]) => [x, y]);
  if (!matrix || matrix.length !== 9) return null;
  const m = matrix as [number, number, number, number, number, number, number, number, number];
  const inverse = region.frame === 'before';
  const h = inverse ? invert3(m) : m;
  if (!h) return null;
  return region.points.map(([x, y]) => {
    const w = h[6] * x + h[7] * y + h[8];
    return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
  });
}

type M9 = [number, number, number, number, number, number, number, number, number];

function invert3([a, b, c, d, e, f, g, h, i]: M9): M9 | null {
  const A = e * i - f * h;
  const B = f * g - d * i;
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (Math.abs(det) < 1e-15) return null;
  const r = [
    A,
    c * h - b * i,
    b * f - c * e,
    B,
    a * i - c * g,
    c * d - a * f,
    C,
    b * g - a * h,
    a * e - b * d,
  ];
  return r.map((v) => v / det) as M9;
}
