/**
 * A feature-free starting point: try rotations and scales of the after thumbnail, find the best
 * translation of each by template matching against the before thumbnail, keep the best few. ECC
 * then refines them; it converges only from within a few degrees, which this grid guarantees.
 */
import type { Cv, Mat } from '../cv.js';
import { withMats } from '../cv.js';
import type { Mat3 } from './types.js';

export interface CoarseSearchOptions {
  /** Largest rotation tried either way, degrees. @default 15 */
  maxRotation?: number;
  /** Rotation step, degrees. @default 3 */
  rotationStep?: number;
  /** Scales tried (after -> before). @default [0.8, 0.87, 0.93, 1, 1.07, 1.15, 1.23] */
  scales?: readonly number[];
  /** Side share of the after thumbnail used as the template. @default 0.6 */
  templateShare?: number;
  /** Candidates returned. @default 3 */
  keep?: number;
}

export interface CoarseCandidate {
  /** after px -> before px at the thumbnail's resolution. */
  readonly matrix: Mat3;
  readonly score: number;
}

/** `after` and `before` are small float thumbnails (about 80 px). */
export function coarseSearch(
  cv: Cv,
  after: Mat,
  before: Mat,
  options: CoarseSearchOptions = {},
): CoarseCandidate[] {
  const maxRot = options.maxRotation ?? 15;
  const step = options.rotationStep ?? 3;
  const scales = options.scales ?? [0.8, 0.87, 0.93, 1, 1.07, 1.15, 1.23];
  const share = options.templateShare ?? 0.6;
  const found: CoarseCandidate[] = [];
  const cx = after.cols / 2;
  const cy = after.rows / 2;
  const tw = Math.round(after.cols * share);
  const th = Math.round(after.rows * share);
  const x0 = Math.round(cx - tw / 2);
  const y0 = Math.round(cy - th / 2);
  if (tw >= before.cols || th >= before.rows) return [];
  for (let deg = -maxRot; deg <= maxRot + 1e-9; deg += step) {
    for (const s of scales) {
      withMats((keep) => {
        const rot = keep(cv.getRotationMatrix2D(new cv.Point(cx, cy), deg, s));
        const r = Array.from(rot.data64F);
        const turned = keep(new cv.Mat());
        cv.warpAffine(after, turned, rot, new cv.Size(after.cols, after.rows), cv.INTER_LINEAR);
        const templ = keep(turned.roi(new cv.Rect(x0, y0, tw, th)));
        const res = keep(new cv.Mat());
        cv.matchTemplate(before, templ, res, cv.TM_CCOEFF_NORMED);
        const mm = cv.minMaxLoc(res, keep(new cv.Mat()));
        const dx = mm.maxLoc.x - x0;
        const dy = mm.maxLoc.y - y0;
        const m: Mat3 = [
          r[0] as number,
          r[1] as number,
          (r[2] as number) + dx,
          r[3] as number,
          r[4] as number,
          (r[5] as number) + dy,
          0,
          0,
          1,
        ];
        found.push({ matrix: m, score: mm.maxVal });
      });
    }
  }
  found.sort((a, b) => b.score - a.score);
  // Neighbouring grid cells find the same optimum; keep candidates that differ.
  const out: CoarseCandidate[] = [];
  for (const c of found) {
    if (out.length >= (options.keep ?? 3)) break;
    if (out.every((o) => distinct(o.matrix, c.matrix, after.cols))) out.push(c);
  }
  return out;
}

function distinct(a: Mat3, b: Mat3, size: number): boolean {
  let d = 0;
  for (const [x, y] of [
    [0, 0],
    [size, 0],
    [0, size],
    [size, size],
  ] as const) {
    const ua = (a[0] as number) * x + (a[1] as number) * y + (a[2] as number);
    const va = (a[3] as number) * x + (a[4] as number) * y + (a[5] as number);
    const ub = (b[0] as number) * x + (b[1] as number) * y + (b[2] as number);
    const vb = (b[3] as number) * x + (b[4] as number) * y + (b[5] as number);
    d = Math.max(d, Math.hypot(ua - ub, va - vb));
  }
  return d > size * 0.06;
}
