/**
 * Pixels that carry image content: not pure black padding (rotated or letter-boxed exports, the
 * outside of a synthetic re-shoot) and not the ramp next to it. Clipped shadows fall out too, which
 * costs nothing: they carry no texture to align on.
 */
import type { Cv, Mat } from '../cv.js';

/** 8-bit mask (255 = use) of `gray` (8-bit); registered with `keep`. */
export function informativeMask(cv: Cv, gray: Mat, keep: <M extends { delete(): void }>(m: M) => M): Mat {
  const dark = keep(new cv.Mat());
  cv.threshold(gray, dark, 2, 255, cv.THRESH_BINARY_INV);
  const kernel = keep(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(7, 7)));
  // Opening first keeps isolated black pixels (noise, pupils) from punching holes; then grow the pad.
  cv.morphologyEx(dark, dark, cv.MORPH_OPEN, kernel);
  cv.dilate(dark, dark, kernel);
  const mask = keep(new cv.Mat());
  cv.bitwise_not(dark, mask);
  return mask;
}
