/**
 * Resizes an RGB image to an exact size.
 */
import type { RgbImage } from '../../../shared/analysis/image.js';
import { rawSharp } from './rawSharp.js';

/** Resizes to exactly `width` x `height` (the caller keeps the aspect); returns `img` when it already is. */
export async function resizeImage(img: RgbImage, width: number, height: number): Promise<RgbImage> {
  if (img.width === width && img.height === height) return img;
  const { data, info } = await rawSharp(img)
    .resize({ width, height, fit: 'fill', kernel: 'lanczos3' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 || info.width !== width || info.height !== height) {
    throw new Error(
      `resizeImage: expected ${width}x${height}x3 back from sharp, got ${info.width}x${info.height}x${info.channels}`,
    );
  }
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}
