/**
 * Checks one candidate clone shift pixel by pixel: every k x k window of the band-passed image is
 * compared with the window `shift` away by normalized cross-correlation, and the windows that match
 * (both textured, correlation high) are joined into 4-connected regions. A clone is one compact region
 * of matching windows; look-alike hair or skin gives scattered single windows.
 */
import type { Plane } from './lumaPlane.js';
import { boxSums } from './boxSums.js';
import { largestComponent } from './largestComponent.js';

/** Per-window statistics of a band-passed plane, computed once and shared by every shift checked. */
export interface WindowStats {
  readonly plane: Plane;
  /** Window side (pixels). */
  readonly k: number;
  /** Sums of the values and of their squares over each window (top-left indexed). */
  readonly sum: Float64Array;
  readonly sum2: Float64Array;
  /** Sums of the gradient products gx^2, gy^2 and gx*gy over each window (the structure tensor). */
  readonly jxx: Float64Array;
  readonly jyy: Float64Array;
  readonly jxy: Float64Array;
}

export interface ShiftMatch {
  /** Windows in the largest connected region of matches. */
  readonly area: number;
  /** That region's bounding box [x, y, w, h] in pixels (window extents included), at the source. */
  readonly box: [number, number, number, number];
}

export interface VerifyOptions {
  /** Windows whose detail varies less than this (band-pass std, gray levels) are plain: never a match. */
  minDetail: number;
  /** Correlation two windows need to match. */
  minCorrelation: number;
  /**
   * Share of a window's gradient energy that must lie along the shift. A straight edge or a band slid
   * along itself matches at every shift along it, and has no gradient in that direction; texture that
   * really was copied has gradients every way.
   */
  minAlong: number;
}

/** The window sums of `plane` for windows of side `k`. */
export function windowStats(
  plane: Plane,
  k: number,
  g: { xx: Float32Array; yy: Float32Array; xy: Float32Array },
): WindowStats {
  const { width: w, height: h, data } = plane;
  const squares = new Float32Array(data.length);
  for (let i = 0; i < data.length; i++) squares[i] = (data[i] as number) * (data[i] as number);
  return {
    plane,
    k,
    sum: boxSums(data, w, h, k),
    sum2: boxSums(squares, w, h, k),
    jxx: boxSums(g.xx, w, h, k),
    jyy: boxSums(g.yy, w, h, k),
    jxy: boxSums(g.xy, w, h, k),
  };
}

/**
 * The largest region of windows that match their copy `dx`, `dy` pixels away, among the source pixels
 * inside `within` [x0, y0, x1, y1] (the whole image by default).
 */
export function verifyShift(
  s: WindowStats,
  dx: number,
  dy: number,
  o: VerifyOptions,
  within: readonly [number, number, number, number] = [0, 0, s.plane.width, s.plane.height],
): ShiftMatch {
  const { width: w, data } = s.plane;
  const { k } = s;
  // The overlap: source pixels (x, y) inside `within` whose copy (x + dx, y + dy) is inside the image.
  const x0 = Math.max(0, -dx, within[0]);
  const y0 = Math.max(0, -dy, within[1]);
  const ow = Math.min(w, w - dx, within[2]) - x0;
  const oh = Math.min(s.plane.height, s.plane.height - dy, within[3]) - y0;
  if (ow < k || oh < k) return { area: 0, box: [0, 0, 0, 0] };
  const cross = boxSums(shiftedProducts(data, w, x0, y0, ow, oh, dy * w + dx), ow, oh, k);
  const mw = ow - k + 1;
  const mh = oh - k + 1;
  const len = Math.hypot(dx, dy);
  const [ux, uy] = [dx / len, dy / len];
  // The gradient energy along the shift, less minAlong of the total, as the tensor [[a, c], [c, b]].
  const along = [ux * ux - o.minAlong, uy * uy - o.minAlong, ux * uy] as const;
  const mask = new Uint8Array(mw * mh);
  matchMask(s, cross, mask, x0, y0, mw, mh, dy * (w - k + 1) + dx, along, o);
  const r = largestComponent(mask, mw, mh);
  return { area: r.area, box: [x0 + r.box[0], y0 + r.box[1], r.box[2] + k - 1, r.box[3] + k - 1] };
}

/** data(p) * data(p + offset) over the ow x oh pixels from (x0, y0), row-major. */
function shiftedProducts(
  data: Float32Array,
  w: number,
  x0: number,
  y0: number,
  ow: number,
  oh: number,
  offset: number,
): Float32Array {
  const prod = new Float32Array(ow * oh);
  for (let y = 0; y < oh; y++) {
    const a = (y0 + y) * w + x0;
    const b = a + offset;
    const at = y * ow;
    for (let x = 0; x < ow; x++) prod[at + x] = (data[a + x] as number) * (data[b + x] as number);
  }
  return prod;
}

/**
 * Sets mask (mw x mh, windows from (x0, y0)) where a window and its copy `offset` windows away are both
 * textured, both vary along the shift, and correlate at least minCorrelation.
 */
function matchMask(
  s: WindowStats,
  cross: Float64Array,
  mask: Uint8Array,
  x0: number,
  y0: number,
  mw: number,
  mh: number,
  offset: number,
  [a, b, c]: readonly [number, number, number],
  o: VerifyOptions,
): void {
  const { sum, sum2, jxx, jyy, jxy, k } = s;
  const sw = s.plane.width - k + 1;
  const n = k * k;
  const minVar = o.minDetail * o.minDetail * n;
  const minCorrelation = o.minCorrelation;
  for (let y = 0; y < mh; y++) {
    for (let x = 0; x < mw; x++) {
      const i = (y0 + y) * sw + x0 + x;
      const j = i + offset;
      const sa = sum[i] as number;
      const sb = sum[j] as number;
      const va = (sum2[i] as number) - (sa * sa) / n;
      const vb = (sum2[j] as number) - (sb * sb) / n;
      if (va < minVar || vb < minVar) continue;
      if (a * (jxx[i] as number) + 2 * c * (jxy[i] as number) + b * (jyy[i] as number) < 0) continue;
      if (a * (jxx[j] as number) + 2 * c * (jxy[j] as number) + b * (jyy[j] as number) < 0) continue;
      const r = ((cross[y * mw + x] as number) - (sa * sb) / n) / Math.sqrt(va * vb);
      if (r >= minCorrelation) mask[y * mw + x] = 1;
    }
  }
}
