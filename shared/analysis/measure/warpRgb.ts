/**
 * Warps an RGB image by a homography into a target frame, with a mask of where it has content.
 */
import type { Cv, Mat } from '../cv.js';
import { withMats } from '../cv.js';
import type { RgbImage } from '../image.js';

export interface WarpRgbOptions {
  /** Pixels to erode the validity mask by, so resampled borders do not count as content. @default 0 */
  erode?: number;
}

/** `matrix`: 9 row-major numbers mapping source pixels to target pixels. */
export function warpRgb(
  cv: Cv,
  src: RgbImage,
  matrix: readonly number[],
  width: number,
  height: number,
  options: WarpRgbOptions = {},
): { image: RgbImage; mask: Uint8Array } {
  return withMats((keep) => {
    const s = keep(cv.matFromArray(src.height, src.width, cv.CV_8UC3, src.data as unknown as number[]));
    const m = keep(cv.matFromArray(3, 3, cv.CV_64F, [...matrix]));
    const dst: Mat = keep(new cv.Mat());
    const size = new cv.Size(width, height);
    cv.warpPerspective(s, dst, m, size, cv.INTER_LINEAR, cv.BORDER_CONSTANT, new cv.Scalar(0, 0, 0, 0));
    const ones = keep(new cv.Mat(src.height, src.width, cv.CV_8UC1, new cv.Scalar(255)));
    const mk: Mat = keep(new cv.Mat());
    cv.warpPerspective(ones, mk, m, size, cv.INTER_NEAREST, cv.BORDER_CONSTANT, new cv.Scalar(0));
    const e = options.erode ?? 0;
    if (e > 0) {
      const kernel = keep(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(2 * e + 1, 2 * e + 1)));
      cv.erode(mk, mk, kernel);
    }
    return {
      image: { width, height, data: new Uint8Array(dst.data) },
      mask: new Uint8Array(mk.data),
    };
  });
}
