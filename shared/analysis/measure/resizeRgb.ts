/** Resizes an RGB image with area averaging (the right filter for shrinking). */
import type { Cv } from '../cv.js';
import { withMats } from '../cv.js';
import type { RgbImage } from '../image.js';

export function resizeRgb(cv: Cv, img: RgbImage, width: number, height: number): RgbImage {
  if (width === img.width && height === img.height) return img;
  return withMats((keep) => {
    const s = keep(cv.matFromArray(img.height, img.width, cv.CV_8UC3, img.data as unknown as number[]));
    const d = keep(new cv.Mat());
    cv.resize(s, d, new cv.Size(width, height), 0, 0, cv.INTER_AREA);
    return { width, height, data: new Uint8Array(d.data) };
  });
}
