/**
 * Turns a warped after photo into a plain RGB image: optionally exposure-corrected, with the area the
 * after photo does not cover filled with one neutral gray.
 */
import type { RgbImage } from '../../../shared/analysis/image.js';
import type { ExposureCorrection } from '../../../shared/analysis/exposure/correction.js';
import type { WarpedAfter } from './warpToBefore.js';

export interface FlattenWarpOptions {
  /**
   * Fill for pixels outside the after photo. Neutral mid-gray reads as "no data" next to skin and hair,
   * where black could pass for a shadow.
   * @default 128
   */
  fill?: number;
}

/**
 * Flattens `warped` onto the fill. The correction (when given) applies to the photo's colours only, never
 * to the fill, so the "no data" area looks the same in aligned.jpg and aligned-normalized.jpg.
 */
export function flattenWarp(
  warped: WarpedAfter,
  correction: ExposureCorrection | null,
  options: FlattenWarpOptions = {},
): RgbImage {
  const fill = options.fill ?? 128;
  const n = warped.width * warped.height;
  const src = warped.rgba;
  const out = new Uint8Array(n * 3);
  const lut = correction?.lut;
  for (let i = 0, k = 0, j = 0; i < n; i++, k += 4, j += 3) {
    const a = src[k + 3] as number;
    for (let c = 0; c < 3; c++) {
      if (a === 0) {
        out[j + c] = fill;
        continue;
      }
      // Edge pixels are premultiplied: undo it so the LUT sees the photo's real value.
      let v =
        a === 255 ? (src[k + c] as number) : Math.min(255, Math.round(((src[k + c] as number) * 255) / a));
      if (lut) v = lut[c * 256 + v] as number;
      out[j + c] = a === 255 ? v : Math.round((v * a + fill * (255 - a)) / 255);
    }
  }
  return { width: warped.width, height: warped.height, data: out };
}
