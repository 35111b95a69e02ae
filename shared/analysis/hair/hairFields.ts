/**
 * The per-photo fields every hair measurement reads, computed once with OpenCV: band-pass detail at the
 * strand scale and at the clump scale, the orientation field with its coherence (structure tensor), and
 * the luma lightly smoothed (the hair/scalp contrast reads it).
 */
import type { Cv, Mat } from '../cv.js';
import { withMats } from '../cv.js';
import type { GrayImage } from '../image.js';

/** Long side of the shading grid (shadingChange), px. */
export const SHADING_SIZE = 64;

/**
 * Sigmas of the strand-scale band-pass, px at 640 px. Not finer: the after photo is resampled onto the
 * before, and a finer band reads that softening as longer, smoother strands (0.8-2.5 px: +9-33% strand
 * length from a 0.5 px blur of a render; 1.2-3 px: +7%; 1.6-4 px: +4%).
 */
const FINE = [1.6, 4] as const;

export interface HairFieldsOptions {
  /**
   * Pixel scale: working pixels per pixel of a 640 px photo. Filter sizes are set for hair at 640 px
   * (strands 1-3 px wide) and multiplied by this. @default 1
   */
  scale?: number;
}

export interface HairFields {
  readonly width: number;
  readonly height: number;
  /** 8-bit luma. */
  readonly gray: Uint8Array;
  /** Band-pass at the strand scale (difference of Gaussians, sigma 1.6 and 4 px at 640 px), codes. */
  readonly fine: Float32Array;
  /**
   * Width of the half-size grid of the orientation fields below: pixel (x, y) reads entry
   * (y >> 1) * tensorWidth + (x >> 1).
   */
  readonly tensorWidth: number;
  /** Local strand direction, radians in [0, pi): perpendicular to the dominant gradient (half size). */
  readonly theta: Float32Array;
  /** Coherence of the structure tensor, 0 (isotropic) to 1 (one orientation) (half size). */
  readonly coherence: Float32Array;
  /** Trace of the structure tensor (gradient energy), codes squared (half size). */
  readonly energy: Float32Array;
  /**
   * Luma codes (0..255) blurred at sigma 1.6 px at 640 px, the finer blur of the band-pass: more than
   * the after photo's resampling softens strands, so both photos read alike (hairScalpContrast).
   */
  readonly smooth: Float32Array;
}

/** Computes the fields of one gray photo. */
export function hairFields(cv: Cv, img: GrayImage, options: HairFieldsOptions = {}): HairFields {
  const s = options.scale ?? 1;
  const { width, height } = img;
  return withMats((keep) => {
    const u8 = keep(cv.matFromArray(height, width, cv.CV_8UC1, img.data as unknown as number[]));
    const f: Mat = keep(new cv.Mat());
    u8.convertTo(f, cv.CV_32F);
    const blur = (src: Mat, sigma: number): Mat => {
      const out: Mat = keep(new cv.Mat());
      cv.GaussianBlur(src, out, new cv.Size(0, 0), sigma, sigma, cv.BORDER_REFLECT);
      return out;
    };
    const sub = (a: Mat, b: Mat): Float32Array => {
      const d: Mat = keep(new cv.Mat());
      cv.subtract(a, b, d);
      // Copy out: a later allocation can grow the wasm heap and detach a view into it.
      return new Float32Array(d.data32F);
    };
    const b1 = blur(f, FINE[0] * s);
    const b2 = blur(f, FINE[1] * s);
    const fine = sub(b1, b2);

    // Structure tensor of the lightly smoothed image, integrated over about one strand width. The
    // products are shrunk to half size before integrating: orientation changes slowly, and the
    // integration and the per-pixel angle then cost a quarter.
    const gx: Mat = keep(new cv.Mat());
    const gy: Mat = keep(new cv.Mat());
    cv.Sobel(b1, gx, cv.CV_32F, 1, 0, 3);
    cv.Sobel(b1, gy, cv.CV_32F, 0, 1, 3);
    const tw = Math.ceil(width / 2);
    const th = Math.ceil(height / 2);
    const prod = (a: Mat, b: Mat): Float32Array => {
      const full: Mat = keep(new cv.Mat());
      cv.multiply(a, b, full);
      const half: Mat = keep(new cv.Mat());
      cv.resize(full, half, new cv.Size(tw, th), 0, 0, cv.INTER_AREA);
      return new Float32Array(blur(half, s).data32F);
    };
    const jxx = prod(gx, gx);
    const jxy = prod(gx, gy);
    const jyy = prod(gy, gy);
    const nt = tw * th;
    const theta = new Float32Array(nt);
    const coherence = new Float32Array(nt);
    const energy = new Float32Array(nt);
    for (let i = 0; i < nt; i++) {
      const a = jxx[i] as number;
      const b = jxy[i] as number;
      const c = jyy[i] as number;
      const tr = a + c;
      const diff = Math.sqrt((a - c) * (a - c) + 4 * b * b);
      // The gradient direction is 0.5 atan2(2b, a - c); strands run across it.
      let t = 0.5 * Math.atan2(2 * b, a - c) + Math.PI / 2;
      if (t >= Math.PI) t -= Math.PI;
      theta[i] = t;
      coherence[i] = tr > 1e-6 ? diff / tr : 0;
      energy[i] = tr;
    }
    const smooth = new Float32Array(b1.data32F);
    return { width, height, tensorWidth: tw, gray: img.data, fine, theta, coherence, energy, smooth };
  });
}
