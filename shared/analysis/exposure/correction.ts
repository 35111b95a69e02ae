/**
 * An exposure and colour correction of the after photo towards the before photo, baked into one lookup
 * table per channel: sRGB value in -> sRGB value out (linear-light gain, then tone matching).
 */
import type { RgbImage } from '../image.js';

export interface ExposureCorrection {
  /** Linear-light gains per channel (R, G, B) that the LUT includes. */
  readonly gains: readonly [number, number, number];
  /** 3 x 256 entries: lut[c * 256 + v] is the corrected value of channel c for input value v. */
  readonly lut: Uint8Array;
}

/** The correction that changes nothing. */
export function identityCorrection(): ExposureCorrection {
  const lut = new Uint8Array(768);
  for (let c = 0; c < 3; c++) for (let v = 0; v < 256; v++) lut[c * 256 + v] = v;
  return { gains: [1, 1, 1], lut };
}

/** Applies a correction to an RGB image, returning a new image. */
export function applyCorrection(img: RgbImage, corr: ExposureCorrection): RgbImage {
  const src = img.data;
  const out = new Uint8Array(src.length);
  const lut = corr.lut;
  for (let i = 0; i < src.length; i += 3) {
    out[i] = lut[src[i] as number] as number;
    out[i + 1] = lut[256 + (src[i + 1] as number)] as number;
    out[i + 2] = lut[512 + (src[i + 2] as number)] as number;
  }
  return { width: img.width, height: img.height, data: out };
}
