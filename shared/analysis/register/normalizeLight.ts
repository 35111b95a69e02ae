/**
 * A lighting-robust copy of a registration pyramid: every level with its local mean taken out and its
 * local contrast brought to one (local contrast normalization). ECC maximizes a global correlation, so
 * on the plain images it lines up whatever dominates the variance; at coarse levels that is the shading,
 * and when the light moves (overhead against the front) the shading moves with it: ECC then follows the
 * bright crown rather than the head. Normalized, the head's outline and its texture carry the weight.
 */
import type { Cv, Mat } from '../cv.js';
import { boxBlur } from './boxBlur.js';
import type { Pyramid } from './buildPyramid.js';

export interface NormalizeLightOptions {
  /** Spread (sigma) of the local mean and contrast windows, as a share of the level's long side. @default 0.06 */
  sigmaShare?: number;
  /** Contrast floor, in the images' [0, 1] units, so flat areas are not amplified into noise. @default 0.02 */
  floor?: number;
  /** Levels whose long side is at most this many px are normalized; finer ones are passed through. @default 160 */
  maxSide?: number;
}

/** Returns a pyramid sharing `pyr`'s masks; every new Mat is registered with `keep`. */
export function normalizeLight(
  cv: Cv,
  pyr: Pyramid,
  keep: <M extends { delete(): void }>(m: M) => M,
  options: NormalizeLightOptions = {},
): Pyramid {
  const share = options.sigmaShare ?? 0.06;
  const floor = options.floor ?? 0.02;
  const maxSide = options.maxSide ?? 160;
  const images = pyr.images.map((img) => {
    if (Math.max(img.cols, img.rows) > maxSide) return img;
    const w = img.cols;
    const h = img.rows;
    const sigma = Math.max(1, share * Math.max(w, h));
    const src = img.data32F;
    const mean = boxBlur(src, w, h, sigma);
    const centred = new Float32Array(w * h);
    const sq = new Float32Array(w * h);
    for (let i = 0; i < centred.length; i++) {
      const c = (src[i] as number) - (mean[i] as number);
      centred[i] = c;
      sq[i] = c * c;
    }
    const spread = boxBlur(sq, w, h, sigma);
    const out = keep(new cv.Mat(h, w, cv.CV_32F));
    const od = out.data32F;
    for (let i = 0; i < od.length; i++)
      od[i] = (centred[i] as number) / Math.sqrt((spread[i] as number) + floor * floor);
    return out as Mat;
  });
  return { images, masks: pyr.masks };
}
