/**
 * Where the before photo and the aligned, exposure-normalized after photo differ: absolute luma
 * difference after a light blur, through viridis, over the area both photos show.
 */
import type { Cv } from '../../../shared/analysis/cv.js';
import { withMats } from '../../../shared/analysis/cv.js';
import type { GrayImage, RgbImage } from '../../../shared/analysis/image.js';
import { checkImage, toGray } from '../../../shared/analysis/image.js';
import { viridis } from './viridis.js';
import type { WarpedAfter } from './warpToBefore.js';

export interface DifferenceMapOptions {
  /**
   * Gaussian blur sigma in display pixels before differencing: a residual misalignment of a pixel or
   * two and sensor noise would otherwise light up every hair edge.
   * @default 1.5
   */
  blurSigma?: number;
  /**
   * Luma difference (0..255 scale) mapped to the top of the colormap. Fixed rather than stretched to the
   * pair, so that two heat maps side by side mean the same thing.
   * @default 64
   */
  range?: number;
  /**
   * Brightness of the before photo's luma outside the overlap (0..1): kept as faint context, gray so
   * that it cannot be mistaken for a colormap value.
   * @default 0.3
   */
  dim?: number;
}

export interface DifferenceMap {
  readonly image: RgbImage;
  /** The `range` used, for the legend. */
  readonly range: number;
  /** Mean absolute luma difference over the overlap (0..255 scale); null when there is no overlap. */
  readonly mean: number | null;
  /** Share of the before frame counted as overlap, 0..1. */
  readonly overlap: number;
}

/** `aligned` must be in the before frame at the same size as `before`; `warped` gives its coverage. */
export function differenceMap(
  cv: Cv,
  before: RgbImage,
  aligned: RgbImage,
  warped: WarpedAfter,
  options: DifferenceMapOptions = {},
): DifferenceMap {
  const sigma = options.blurSigma ?? 1.5;
  const range = options.range ?? 64;
  const dim = options.dim ?? 0.3;
  checkImage(before, 3, 'differenceMap: before');
  checkImage(aligned, 3, 'differenceMap: aligned');
  if (aligned.width !== before.width || aligned.height !== before.height || warped.width !== before.width) {
    throw new Error(
      `differenceMap: expected aligned ${aligned.width}x${aligned.height} and warp ${warped.width}x${warped.height} to match before ${before.width}x${before.height}`,
    );
  }
  const { width, height } = before;
  const n = width * height;
  const alpha = new Uint8Array(n);
  for (let i = 0; i < n; i++) alpha[i] = warped.rgba[i * 4 + 3] as number;
  const lumaBefore = toGray(before);
  const [b, a, cover] = blurAll(cv, [lumaBefore, toGray(aligned), { width, height, data: alpha }], sigma) as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];

  const lut = viridis();
  const out = new Uint8Array(n * 3);
  let sum = 0;
  let count = 0;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    // The blurred coverage is 255 only where the whole blur kernel saw the after photo: the gray fill
    // never leaks into a difference along the edge of the overlap.
    if ((cover[i] as number) === 255) {
      const d = Math.abs((b[i] as number) - (a[i] as number));
      sum += d;
      count++;
      const k = Math.min(255, Math.round((d / range) * 255)) * 3;
      out[j] = lut[k] as number;
      out[j + 1] = lut[k + 1] as number;
      out[j + 2] = lut[k + 2] as number;
    } else {
      const v = Math.round((lumaBefore.data[i] as number) * dim);
      out[j] = v;
      out[j + 1] = v;
      out[j + 2] = v;
    }
  }
  return {
    image: { width, height, data: out },
    range,
    mean: count > 0 ? sum / count : null,
    overlap: count / n,
  };
}

function blurAll(cv: Cv, images: GrayImage[], sigma: number): Uint8Array[] {
  // Kernel spans +-3 sigma, odd as OpenCV requires.
  const k = Math.max(3, 2 * Math.ceil(3 * sigma) + 1);
  return images.map((img) =>
    withMats((keep) => {
      const src = keep(new cv.Mat(img.height, img.width, cv.CV_8UC1));
      src.data.set(img.data);
      const dst = keep(new cv.Mat());
      cv.GaussianBlur(src, dst, new cv.Size(k, k), sigma, sigma, cv.BORDER_REPLICATE);
      return new Uint8Array(dst.data);
    }),
  );
}
