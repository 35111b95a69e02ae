/**
 * Independent check of a registration: warp the after image into the before frame and correlate.
 * Plain zero-mean NCC is reported as `similarity`, but it is a poor judge on its own: two different
 * heads share the same smooth shading and correlate at 0.5 or more. The decision rests on band-pass
 * NCC (fine texture only: hair strands, pores, edges), overall and per tile, because unrelated photos
 * have no fine texture in common and a right alignment lines it up everywhere.
 */
import type { Cv, Mat } from '../cv.js';
import { withMats } from '../cv.js';
import type { Mat3 } from './types.js';

export interface VerifyAlignmentOptions {
  /** Tiles per side for the local check. @default 4 */
  grid?: number;
  /** A tile agrees when its band-pass NCC reaches this. @default 0.2 */
  tileAgree?: number;
}

export interface Verification {
  /** Zero-mean NCC of the gray images over the overlap. */
  readonly ncc: number;
  /** Zero-mean NCC of the band-passed images over the overlap. */
  readonly band: number;
  /** Share of usable tiles whose band-pass NCC reaches `tileAgree`. */
  readonly tiles: number;
  /** Share of the before image covered by the warped after image. */
  readonly overlap: number;
}

/**
 * `after` and `before` are float images in [0, 1] at one pyramid level; `m` maps after -> before at
 * that level. The optional 8-bit masks (255 = informative) leave padding out of every measure.
 */
export function verifyAlignment(
  cv: Cv,
  after: Mat,
  before: Mat,
  m: Mat3,
  masks: { after: Mat | null; before: Mat | null } = { after: null, before: null },
  options: VerifyAlignmentOptions = {},
): Verification {
  return withMats((keep) => {
    const size = new cv.Size(before.cols, before.rows);
    const hm = keep(cv.matFromArray(3, 3, cv.CV_64F, m.slice()));
    const warped = keep(new cv.Mat());
    cv.warpPerspective(after, warped, hm, size, cv.INTER_LINEAR, cv.BORDER_CONSTANT, new cv.Scalar(0));
    const ones = keep(new cv.Mat(after.rows, after.cols, cv.CV_32F, new cv.Scalar(1)));
    if (masks.after) masks.after.convertTo(ones, cv.CV_32F, 1 / 255);
    const mask = keep(new cv.Mat());
    cv.warpPerspective(ones, mask, hm, size, cv.INTER_LINEAR, cv.BORDER_CONSTANT, new cv.Scalar(0));
    // Blurring the mask as wide as the band-pass and keeping only ~1 drops the rim where the band-pass
    // of the warped image sees the black outside.
    cv.GaussianBlur(mask, mask, new cv.Size(0, 0), 4);
    const bandA = bandPass(cv, warped, keep);
    const bandB = bandPass(cv, before, keep);
    const md = mask.data32F;
    const bm = masks.before ? masks.before.data : null;
    const valid = new Uint8Array(md.length);
    let count = 0;
    for (let i = 0; i < md.length; i++) {
      if ((md[i] as number) > 0.995 && (!bm || (bm[i] as number) > 0)) {
        valid[i] = 1;
        count++;
      }
    }
    const w = before.cols;
    const h = before.rows;
    const ncc = corr(warped.data32F, before.data32F, valid, 0, 0, w, h, w);
    const band = corr(bandA.data32F, bandB.data32F, valid, 0, 0, w, h, w);
    const g = options.grid ?? 4;
    const agree = options.tileAgree ?? 0.2;
    let usable = 0;
    let good = 0;
    for (let ty = 0; ty < g; ty++)
      for (let tx = 0; tx < g; tx++) {
        const x0 = Math.floor((tx * w) / g);
        const y0 = Math.floor((ty * h) / g);
        const x1 = Math.floor(((tx + 1) * w) / g);
        const y1 = Math.floor(((ty + 1) * h) / g);
        let n = 0;
        for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) n += valid[y * w + x] as number;
        if (n < 0.5 * (x1 - x0) * (y1 - y0)) continue;
        usable++;
        if (corr(bandA.data32F, bandB.data32F, valid, x0, y0, x1, y1, w) >= agree) good++;
      }
    return { ncc, band, tiles: usable ? good / usable : 0, overlap: count / (w * h) };
  });
}

/** Difference of Gaussians (sigma 1 and 4 px): keeps texture, drops shading and exposure. */
function bandPass(cv: Cv, img: Mat, keep: <M extends { delete(): void }>(m: M) => M): Mat {
  const fine = keep(new cv.Mat());
  const coarse = keep(new cv.Mat());
  cv.GaussianBlur(img, fine, new cv.Size(0, 0), 1);
  cv.GaussianBlur(img, coarse, new cv.Size(0, 0), 4);
  const out = keep(new cv.Mat());
  cv.subtract(fine, coarse, out);
  return out;
}

function corr(
  a: Float32Array,
  b: Float32Array,
  valid: Uint8Array,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  stride: number,
): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = y * stride + x;
      if (!valid[i]) continue;
      const p = a[i] as number;
      const q = b[i] as number;
      n++;
      sa += p;
      sb += q;
      saa += p * p;
      sbb += q * q;
      sab += p * q;
    }
  if (n < 16) return 0;
  const va = saa - (sa * sa) / n;
  const vb = sbb - (sb * sb) / n;
  const cov = sab - (sa * sb) / n;
  return va > 1e-12 && vb > 1e-12 ? cov / Math.sqrt(va * vb) : 0;
}
