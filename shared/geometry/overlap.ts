/**
 * How much of each photo the other one shows, from the after->before homography.
 */
import type { Homography } from './homography.js';
import { apply, corners, invert } from './homography.js';
import type { Frame, Point } from './frames.js';

type Poly = { x: number; y: number }[];

/** Sutherland-Hodgman clip of a polygon against the axis-aligned rectangle [0,w] x [0,h]. */
function clipToRect(poly: Poly, w: number, h: number): Poly {
  const edges: [(p: { x: number; y: number }) => number][] = [
    [(p) => p.x],
    [(p) => w - p.x],
    [(p) => p.y],
    [(p) => h - p.y],
  ];
  let out = poly;
  for (const [dist] of edges) {
    const inp = out;
    out = [];
    for (let i = 0; i < inp.length; i++) {
      const cur = inp[i] as { x: number; y: number };
      const prev = inp[(i + inp.length - 1) % inp.length] as { x: number; y: number };
      const dc = dist(cur);
      const dp = dist(prev);
      if (dc >= 0) {
        if (dp < 0) out.push(lerp(prev, cur, dp / (dp - dc)));
        out.push(cur);
      } else if (dp >= 0) out.push(lerp(prev, cur, dp / (dp - dc)));
    }
    if (out.length === 0) break;
  }
  return out;
}

function lerp(a: { x: number; y: number }, b: { x: number; y: number }, t: number) {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

function area(poly: Poly): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i] as { x: number; y: number };
    const b = poly[(i + 1) % poly.length] as { x: number; y: number };
    s += a.x * b.y - b.x * a.y;
  }
  return Math.abs(s) / 2;
}

/** The other photo's frame mapped into this one, clipped to it: the overlap outline in `To` pixels. */
export function overlapPolygon<From extends Frame, To extends Frame>(
  h: Homography<From, To>,
  from: { width: number; height: number },
  to: { width: number; height: number },
): Point<To>[] {
  const mapped = corners<From>(from.width, from.height).map((c) => apply(h, c));
  if (mapped.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y))) return [];
  return clipToRect(mapped, to.width, to.height) as Point<To>[];
}

/** Share of the before photo that the after shows, and of the after photo that the before shows (0..1). */
export function overlapShares(
  h: Homography<'after', 'before'>,
  before: { width: number; height: number },
  after: { width: number; height: number },
): { before: number; after: number } {
  const inBefore = area(overlapPolygon(h, after, before)) / (before.width * before.height);
  const inAfter = area(overlapPolygon(invert(h), before, after)) / (after.width * after.height);
  return { before: Math.min(1, inBefore), after: Math.min(1, inAfter) };
}
