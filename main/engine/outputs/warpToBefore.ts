/**
 * Warps the after photo into the before photo's frame with OpenCV, keeping track of which output pixels
 * the after photo actually covers.
 */
import type { Cv } from '../../../shared/analysis/cv.js';
import { withMats } from '../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { checkImage } from '../../../shared/analysis/image.js';
import type { Homography } from '../../../shared/geometry/homography.js';

/**
 * RGBA in the before frame. Outside the after photo everything is 0; along its edges colour and alpha
 * are both interpolated against that 0, so the colour is premultiplied by alpha.
 */
export interface WarpedAfter {
  readonly width: number;
  readonly height: number;
  /** width x height x 4 bytes, premultiplied RGBA; alpha 255 = fully covered by the after photo. */
  readonly rgba: Uint8Array;
}

/**
 * Warps `after` (display size) by `afterToBefore` (display pixels) onto a `width` x `height` canvas.
 * One 4-channel warp yields both the pixels and the coverage mask, so the mask cannot drift from them.
 */
export function warpToBefore(
  cv: Cv,
  after: RgbImage,
  afterToBefore: Homography<'afterWork', 'beforeWork'>,
  width: number,
  height: number,
): WarpedAfter {
  checkImage(after, 3, 'warpToBefore: after');
  const n = after.width * after.height;
  const rgba = new Uint8Array(n * 4);
  const src = after.data;
  for (let i = 0, j = 0, k = 0; i < n; i++, j += 3, k += 4) {
    rgba[k] = src[j] as number;
    rgba[k + 1] = src[j + 1] as number;
    rgba[k + 2] = src[j + 2] as number;
    rgba[k + 3] = 255;
  }
  return withMats((keep) => {
    const srcMat = keep(new cv.Mat(after.height, after.width, cv.CV_8UC4));
    srcMat.data.set(rgba);
    const m = keep(cv.matFromArray(3, 3, cv.CV_64F, Array.from(afterToBefore)));
    const dst = keep(new cv.Mat());
    // Without WARP_INVERSE_MAP OpenCV takes the forward map (source -> destination) and inverts it.
    cv.warpPerspective(
      srcMat,
      dst,
      m,
      new cv.Size(width, height),
      cv.INTER_LINEAR,
      cv.BORDER_CONSTANT,
      new cv.Scalar(0, 0, 0, 0),
    );
    // Copy out: the Mat's bytes live on the wasm heap and are freed when the scope ends.
    return { width, height, rgba: new Uint8Array(dst.data) };
  });
}
