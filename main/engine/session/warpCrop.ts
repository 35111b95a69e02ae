/**
 * A square window of the before frame filled from the after photo through the alignment: the aligned
 * after photo at full resolution, computed for this window only (warping a whole 12 MP photo to show a
 * loupe's worth of it would cost seconds and 36 MB).
 */
import type { RgbImage } from '../../../shared/analysis/image.js';
import type { Homography } from '../../../shared/geometry/homography.js';

/**
 * RGBA, `size` x `size`: pixel (i, j) is the after photo bilinearly sampled where `beforeToAfter` takes
 * before pixel (left + i, top + j); pixel centres at integers, as in the report's matrix. Alpha 0 where
 * that point falls outside the after photo.
 */
export function warpCrop(
  after: RgbImage,
  beforeToAfter: Homography<'before', 'after'>,
  left: number,
  top: number,
  size: number,
): Uint8Array {
  const [a, b, c, d, e, f, g, h, k] = beforeToAfter as readonly number[] as [
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
  const out = new Uint8Array(size * size * 4);
  const W = after.width;
  const H = after.height;
  const src = after.data;
  for (let j = 0; j < size; j++) {
    const y = top + j;
    for (let i = 0; i < size; i++) {
      const x = left + i;
      const w = g * x + h * y + k;
      const u = (a * x + b * y + c) / w;
      const v = (d * x + e * y + f) / w;
      // Half a pixel of slack at the border: the edge pixel stands in for its own outer half.
      if (!(w > 0 && u >= -0.5 && v >= -0.5 && u <= W - 0.5 && v <= H - 0.5)) continue;
      const uc = Math.min(W - 1, Math.max(0, u));
      const vc = Math.min(H - 1, Math.max(0, v));
      const x0 = Math.max(0, Math.min(W - 2, Math.floor(uc)));
      const y0 = Math.max(0, Math.min(H - 2, Math.floor(vc)));
      const fx = W > 1 ? uc - x0 : 0;
      const fy = H > 1 ? vc - y0 : 0;
      const p00 = (y0 * W + x0) * 3;
      const p01 = p00 + (W > 1 ? 3 : 0);
      const p10 = p00 + (H > 1 ? W * 3 : 0);
      const p11 = p10 + (W > 1 ? 3 : 0);
      const o = (j * size + i) * 4;
      for (let ch = 0; ch < 3; ch++) {
        const top0 = (src[p00 + ch] as number) * (1 - fx) + (src[p01 + ch] as number) * fx;
        const bot0 = (src[p10 + ch] as number) * (1 - fx) + (src[p11 + ch] as number) * fx;
        out[o + ch] = Math.round(top0 * (1 - fy) + bot0 * fy);
      }
      out[o + 3] = 255;
    }
  }
  return out;
}
