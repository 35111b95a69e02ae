/**
 * Pixels that carry image content: not pure black padding (rotated or letter-boxed exports, the
 * outside of a synthetic re-shoot) and not the ramp next to it. Clipped shadows fall out too, which
 * costs nothing: they carry no texture to align on.
 */
import type { Cv, Mat } from '../cv.js';

/** Darkest code counted as content: darker pixels are padding (or clipped shadow). */
const DARK = 2;
/** Half the side of the square structuring element (7 x 7), px. */
const RADIUS = 3;

/** 8-bit mask (255 = use) of `gray` (8-bit, continuous); registered with `keep`. */
export function informativeMask(cv: Cv, gray: Mat, keep: <M extends { delete(): void }>(m: M) => M): Mat {
  // Most photos have no dark area at all, only scattered dark pixels that the opening below removes:
  // then every pixel counts, and OpenCV is not asked. Its 8-bit threshold is a large wasm function that
  // V8 recompiled with TurboFan on a background thread in every cold audit (217-291 ms of compile,
  // node --trace-wasm-compilation-times, e2e pair), and it was only ever called for this mask.
  if (!survivesOpening(gray.data as Uint8Array, gray.cols, gray.rows)) {
    return keep(new cv.Mat(gray.rows, gray.cols, cv.CV_8UC1, new cv.Scalar(255)));
  }
  const dark = keep(new cv.Mat());
  cv.threshold(gray, dark, DARK, 255, cv.THRESH_BINARY_INV);
  const kernel = keep(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(2 * RADIUS + 1, 2 * RADIUS + 1)));
  // Opening first keeps isolated black pixels (noise, pupils) from punching holes; then grow the pad.
  cv.morphologyEx(dark, dark, cv.MORPH_OPEN, kernel);
  cv.dilate(dark, dark, kernel);
  const mask = keep(new cv.Mat());
  cv.bitwise_not(dark, mask);
  return mask;
}

/**
 * Whether the opening below keeps any dark pixel: some dark pixel whose whole window (the part inside
 * the image: OpenCV's erosion ignores the outside) is dark. If none does, the erosion is empty, so are
 * the opening and its dilation, and the mask is 255 everywhere.
 */
function survivesOpening(px: Uint8Array, w: number, h: number): boolean {
  for (let i = 0; i < w * h; i++) {
    if ((px[i] as number) > DARK) continue;
    if (darkWindow(px, w, h, i % w, (i / w) | 0)) return true;
  }
  return false;
}

function darkWindow(px: Uint8Array, w: number, h: number, x: number, y: number): boolean {
  for (let v = Math.max(0, y - RADIUS); v <= Math.min(h - 1, y + RADIUS); v++)
    for (let u = Math.max(0, x - RADIUS); u <= Math.min(w - 1, x + RADIUS); u++)
      if ((px[v * w + u] as number) > DARK) return false;
  return true;
}
