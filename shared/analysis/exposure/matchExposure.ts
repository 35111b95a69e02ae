/**
 * Matches the after photo's exposure and colour to the before photo over their overlap, in linear light:
 * a gain per channel (exposure and white balance), then tone matching of what is left.
 */
import type { RgbImage } from '../image.js';
import type { ExposureCorrection } from './correction.js';
import { identityCorrection } from './correction.js';
import { linearToSrgb8, SRGB_TO_LINEAR } from './srgb.js';

export interface MatchExposureOptions {
  /** Reference rectangle [x, y, width, height] in the images' pixels; the whole overlap when absent. */
  rect?: readonly [number, number, number, number] | null;
  /**
   * Codes at or below this, or at or above 255 minus it, are clipped and say nothing about gain.
   * @default 6
   */
  clipMargin?: number;
  /** Fewer usable pixels than this and no correction is made. @default 500 */
  minSamples?: number;
  /** Follow the gain with per-channel histogram matching of the tones. @default true */
  toneMatch?: boolean;
}

export interface ExposureMatch {
  correction: ExposureCorrection;
  /** log2 of the luminance gain applied to the after photo: + means the after photo was darker. */
  ev: number;
  /** log2 of the red/green and blue/green gain ratios applied to the after photo. */
  redStops: number;
  blueStops: number;
  /** Pixels the gains were measured on. */
  samples: number;
}

/**
 * `before` and `after` must be the same size, with the after photo already warped into the before's frame;
 * `mask` (one byte a pixel, non-zero = valid) marks where the warped after photo has content.
 */
export function matchExposure(
  before: RgbImage,
  after: RgbImage,
  mask: Uint8Array | null,
  options: MatchExposureOptions = {},
): ExposureMatch {
  if (before.width !== after.width || before.height !== after.height) {
    throw new Error(
      `matchExposure: expected images of one size, got ${before.width}x${before.height} and ${after.width}x${after.height}`,
    );
  }
  const margin = options.clipMargin ?? 6;
  const minSamples = options.minSamples ?? 500;
  const { width, height } = before;
  const [rx, ry, rw, rh] = options.rect ?? [0, 0, width, height];
  const x0 = Math.max(0, Math.floor(rx));
  const y0 = Math.max(0, Math.floor(ry));
  const x1 = Math.min(width, Math.ceil(rx + rw));
  const y1 = Math.min(height, Math.ceil(ry + rh));
  const sumB = [0, 0, 0];
  const sumA = [0, 0, 0];
  let n = 0;
  const b = before.data;
  const a = after.data;
  const sel = new Uint8Array(width * height);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * width + x;
      if (mask && !mask[i]) continue;
      sel[i] = 1;
      const j = i * 3;
      let ok = true;
      for (let c = 0; c < 3; c++) {
        const vb = b[j + c] as number;
        const va = a[j + c] as number;
        if (vb <= margin || vb >= 255 - margin || va <= margin || va >= 255 - margin) ok = false;
      }
      if (!ok) continue;
      for (let c = 0; c < 3; c++) {
        sumB[c]! += SRGB_TO_LINEAR[b[j + c] as number] as number;
        sumA[c]! += SRGB_TO_LINEAR[a[j + c] as number] as number;
      }
      n++;
    }
  }
  if (n < minSamples) {
    return { correction: identityCorrection(), ev: 0, redStops: 0, blueStops: 0, samples: n };
  }
  const gains = [0, 1, 2].map((c) => (sumB[c] as number) / Math.max(1e-9, sumA[c] as number)) as [
    number,
    number,
    number,
  ];
  const lum = (s: number[]) =>
    0.2126 * (s[0] as number) + 0.7152 * (s[1] as number) + 0.0722 * (s[2] as number);
  const ev = Math.log2(lum(sumB) / Math.max(1e-9, lum(sumA)));
  const lut = new Uint8Array(768);
  for (let c = 0; c < 3; c++)
    for (let v = 0; v < 256; v++) lut[c * 256 + v] = linearToSrgb8((SRGB_TO_LINEAR[v] as number) * gains[c]!);
  if (options.toneMatch ?? true) toneMatch(lut, b, a, sel);
  return {
    correction: { gains, lut },
    ev,
    redStops: Math.log2(gains[0] / gains[1]),
    blueStops: Math.log2(gains[2] / gains[1]),
    samples: n,
  };
}

/**
 * Per-channel histogram matching of the gained after photo to the before photo over the selected pixels,
 * folded into the LUT. The gain has already done the large move; this fixes contrast and curve shape.
 */
function toneMatch(lut: Uint8Array, b: Uint8Array, a: Uint8Array, sel: Uint8Array): void {
  for (let c = 0; c < 3; c++) {
    const hb = new Float64Array(256);
    const ha = new Float64Array(256);
    for (let i = 0; i < sel.length; i++) {
      if (!sel[i]) continue;
      hb[b[i * 3 + c] as number]! += 1;
      ha[lut[c * 256 + (a[i * 3 + c] as number)] as number]! += 1;
    }
    const cb = cdf(hb);
    const ca = cdf(ha);
    // For each gained level, the before level with the same cumulative share.
    const map = new Uint8Array(256);
    let k = 0;
    for (let v = 0; v < 256; v++) {
      while (k < 255 && (cb[k] as number) < (ca[v] as number)) k++;
      map[v] = k;
    }
    for (let v = 0; v < 256; v++) lut[c * 256 + v] = map[lut[c * 256 + v] as number] as number;
  }
}

function cdf(h: Float64Array): Float64Array {
  const out = new Float64Array(256);
  let s = 0;
  let total = 0;
  for (let i = 0; i < 256; i++) total += h[i] as number;
  for (let i = 0; i < 256; i++) {
    s += h[i] as number;
    out[i] = total > 0 ? s / total : i / 255;
  }
  return out;
}
