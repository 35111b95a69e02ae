/**
 * Float images halved level by level, for coarse-to-fine ECC (level 0 = full registration size),
 * with the matching masks when a mask that leaves pixels out is given.
 */
import type { Cv, Mat } from '../cv.js';

export interface Pyramid {
  readonly images: Mat[];
  /** 8-bit masks per level (255 = use), or null when every pixel counts. */
  readonly masks: Mat[] | null;
}

export function buildPyramid(
  cv: Cv,
  gray: Mat,
  levels: number,
  keep: <M extends { delete(): void }>(m: M) => M,
  mask?: Mat,
): Pyramid {
  const base = keep(new cv.Mat());
  gray.convertTo(base, cv.CV_32F, 1 / 255);
  const images = [base];
  // A mask that keeps every pixel is no mask: ECC and the verification then skip the masking, with
  // the same result (ECC makes the same all-ones mask itself) and without OpenCV's 8-bit threshold,
  // which ECC applies to a mask it is given (see informativeMask.ts for what that costs).
  const masks = mask && !keepsAll(mask) ? [mask] : null;
  for (let l = 1; l < levels; l++) {
    const prev = images[l - 1] as Mat;
    // Below ~40 px a level holds nothing ECC or the grid search can use.
    if (Math.min(prev.cols, prev.rows) < 80) break;
    const size = new cv.Size(Math.round(prev.cols / 2), Math.round(prev.rows / 2));
    const next = keep(new cv.Mat());
    cv.resize(prev, next, size, 0, 0, cv.INTER_AREA);
    images.push(next);
    if (masks) {
      // Area-average then keep only fully informative cells, so the mask shrinks rather than grows.
      const m = keep(new cv.Mat());
      cv.resize(masks[l - 1] as Mat, m, size, 0, 0, cv.INTER_AREA);
      cv.threshold(m, m, 254, 255, cv.THRESH_BINARY);
      masks.push(m);
    }
  }
  return { images, masks };
}

/** Whether an 8-bit mask is 255 everywhere. */
function keepsAll(mask: Mat): boolean {
  const d = mask.data as Uint8Array;
  for (let i = 0; i < d.length; i++) if (d[i] !== 255) return false;
  return true;
}
