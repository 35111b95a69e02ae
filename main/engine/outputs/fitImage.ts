/**
 * Downscales an RGB image so that its long side is at most `maxSide`.
 */
import type { RgbImage } from '../../../shared/analysis/image.js';
import { resizeImage } from './resizeImage.js';

/** Returns `img` itself when it already fits; never upscales. */
export function fitImage(img: RgbImage, maxSide: number): Promise<RgbImage> {
  const s = maxSide / Math.max(img.width, img.height);
  if (s >= 1) return Promise.resolve(img);
  return resizeImage(img, Math.max(1, Math.round(img.width * s)), Math.max(1, Math.round(img.height * s)));
}
