/**
 * 3x3 homographies between named frames, row-major. `Homography<'after', 'before'>` maps an after-photo
 * pixel to before-photo pixel coordinates.
 */
import type { Frame, Point } from './frames.js';
import { pt } from './frames.js';

declare const homBrand: unique symbol;
export type Homography<From extends Frame, To extends Frame> = readonly number[] & {
  readonly [homBrand]: [From, To];
};

/** Wraps nine row-major numbers. Throws when there are not nine finite numbers. */
export function homography<From extends Frame, To extends Frame>(m: ArrayLike<number>): Homography<From, To> {
  if (m.length !== 9) throw new Error(`homography: expected 9 numbers, got ${m.length}`);
  const a = Array.from(m);
  if (!a.every(Number.isFinite)) throw new Error('homography: expected finite numbers');
  return a as unknown as Homography<From, To>;
}

export function identity<F extends Frame>(): Homography<F, F> {
  return homography([1, 0, 0, 0, 1, 0, 0, 0, 1]);
}

/** Scaling about the origin: maps (x, y) to (sx x, sy y). */
export function scaling<From extends Frame, To extends Frame>(sx: number, sy: number): Homography<From, To> {
  return homography([sx, 0, 0, 0, sy, 0, 0, 0, 1]);
}

/** The left-right flip of an image `width` px wide: pixel x goes to width - 1 - x (its own inverse). */
export function mirroring<From extends Frame, To extends Frame>(width: number): Homography<From, To> {
  return homography([-1, 0, width - 1, 0, 1, 0, 0, 0, 1]);
}

/** Composition: first `a` (From -> Mid), then `b` (Mid -> To). */
export function compose<From extends Frame, Mid extends Frame, To extends Frame>(
  a: Homography<From, Mid>,
  b: Homography<Mid, To>,
): Homography<From, To> {
  const r = new Array<number>(9);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += (b[i * 3 + k] as number) * (a[k * 3 + j] as number);
      r[i * 3 + j] = s;
    }
  return normalize(homography<From, To>(r));
}

/** Scales so that h33 = 1 (when it is not ~0). */
export function normalize<From extends Frame, To extends Frame>(
  h: Homography<From, To>,
): Homography<From, To> {
  const w = h[8] as number;
  if (Math.abs(w) < 1e-12) return h;
  return homography(h.map((v) => v / w));
}

export function invert<From extends Frame, To extends Frame>(h: Homography<From, To>): Homography<To, From> {
  const [a, b, c, d, e, f, g, hh, i] = h as unknown as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const A = e * i - f * hh;
  const B = -(d * i - f * g);
  const C = d * hh - e * g;
  const det = a * A + b * B + c * C;
  if (Math.abs(det) < 1e-15) throw new Error('homography: matrix is singular and cannot be inverted');
  const inv = [
    A,
    -(b * i - c * hh),
    b * f - c * e,
    B,
    a * i - c * g,
    -(a * f - c * d),
    C,
    -(a * hh - b * g),
    a * e - b * d,
  ].map((v) => v / det);
  return normalize(homography<To, From>(inv));
}

/** Maps a point. Returns NaN coordinates for points on the line at infinity. */
export function apply<From extends Frame, To extends Frame>(
  h: Homography<From, To>,
  p: Point<From>,
): Point<To> {
  const w = (h[6] as number) * p.x + (h[7] as number) * p.y + (h[8] as number);
  const x = ((h[0] as number) * p.x + (h[1] as number) * p.y + (h[2] as number)) / w;
  const y = ((h[3] as number) * p.x + (h[4] as number) * p.y + (h[5] as number)) / w;
  return pt<To>(x, y);
}

/** The four corners of a width x height image, clockwise from top-left. */
export function corners<F extends Frame>(width: number, height: number): Point<F>[] {
  return [pt<F>(0, 0), pt<F>(width, 0), pt<F>(width, height), pt<F>(0, height)];
}

/**
 * Mean distance between where `est` and `truth` send the corners of a width x height image: the
 * registration error measure of the benchmark.
 */
export function meanCornerError<From extends Frame, To extends Frame>(
  est: Homography<From, To>,
  truth: Homography<From, To>,
  width: number,
  height: number,
): number {
  const cs = corners<From>(width, height);
  let s = 0;
  for (const c of cs) {
    const a = apply(est, c);
    const b = apply(truth, c);
    s += Math.hypot(a.x - b.x, a.y - b.y);
  }
  return s / cs.length;
}

/** The 2x2 Jacobian [dX/dx, dX/dy, dY/dx, dY/dy] of the mapping at a point: the local linear part. */
export function jacobianAt<From extends Frame, To extends Frame>(
  h: Homography<From, To>,
  p: Point<From>,
): [number, number, number, number] {
  const m = h as unknown as number[];
  const q = apply(h, p);
  const w = (m[6] as number) * p.x + (m[7] as number) * p.y + (m[8] as number);
  return [
    ((m[0] as number) - q.x * (m[6] as number)) / w,
    ((m[1] as number) - q.x * (m[7] as number)) / w,
    ((m[3] as number) - q.y * (m[6] as number)) / w,
    ((m[4] as number) - q.y * (m[7] as number)) / w,
  ];
}
