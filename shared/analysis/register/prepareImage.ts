/**
 * Turns a caller's gray buffer into the Mats the registration works on: shrunk so the long side is at
 * most `maxSide`, plus a CLAHE copy. Skin and hair are low-contrast; local equalization multiplies the
 * features the detectors find and keeps exposure differences from deciding what is found.
 */
import type { Cv, Mat } from '../cv.js';
import type { GrayImage } from '../image.js';
import { checkImage } from '../image.js';

export interface PreparedImage {
  /** 8-bit gray at the registration resolution. */
  readonly gray: Mat;
  /** `gray` after CLAHE. */
  readonly clahe: Mat;
  /** Registration px per caller px (<= 1). */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

export interface PrepareImageOptions {
  /** Long side of the registration image, px. @default 640 */
  maxSide?: number;
  /** CLAHE clip limit. @default 2.5 */
  claheClip?: number;
}

/** Every Mat it creates is registered with `keep`, so the caller's withMats scope frees them. */
export function prepareImage(
  cv: Cv,
  img: GrayImage,
  what: string,
  keep: <M extends { delete(): void }>(m: M) => M,
  options: PrepareImageOptions = {},
): PreparedImage {
  checkImage(img, 1, what);
  if (img.width < 16 || img.height < 16) {
    throw new Error(`${what}: expected at least 16x16 px, got ${img.width}x${img.height}`);
  }
  const maxSide = options.maxSide ?? 640;
  const full = keep(new cv.Mat(img.height, img.width, cv.CV_8UC1));
  full.data.set(img.data);
  const scale = Math.min(1, maxSide / Math.max(img.width, img.height));
  let gray = full;
  if (scale < 1) {
    gray = keep(new cv.Mat());
    const w = Math.max(16, Math.round(img.width * scale));
    const h = Math.max(16, Math.round(img.height * scale));
    cv.resize(full, gray, new cv.Size(w, h), 0, 0, cv.INTER_AREA);
  }
  const clahe = keep(new cv.Mat());
  const eq = keep(new cv.CLAHE(options.claheClip ?? 2.5, new cv.Size(8, 8)));
  eq.apply(gray, clahe);
  // The effective scale differs slightly from `scale` after rounding; use the exact ratio.
  return { gray, clahe, scale: gray.cols / img.width, width: gray.cols, height: gray.rows };
}
