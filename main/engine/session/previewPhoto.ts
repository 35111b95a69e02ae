/**
 * A photo scaled down for the split editor: oriented as displayed, long side capped, re-encoded as a
 * JPEG from raw pixels (so no metadata of the original travels with it).
 */
import type { EncodedImage } from '../../../shared/contract/api.js';
import { PhotoError } from '../input/PhotoError.js';
import { readPhoto } from '../input/readPhoto.js';
import { rawSharp } from '../outputs/rawSharp.js';
import { ServiceError } from './ServiceError.js';

/**
 * Long side of the preview, px. The editor shows the composite in the stage column, at most about
 * 1500 px wide on a 4K screen at 1x; edge positions are sent in the original's pixels, not the preview's.
 * @default 1600
 */
export const PREVIEW_MAX_SIDE = 1600;

/** Throws a bad-input ServiceError naming the photo (by `name`, never its path) when it cannot be read. */
export async function previewPhoto(
  path: string,
  name: string,
  maxSide = PREVIEW_MAX_SIDE,
): Promise<{ image: EncodedImage; width: number; height: number }> {
  try {
    const photo = await readPhoto(path, { workMaxSide: maxSide });
    const bytes = await rawSharp(photo.work).jpeg({ quality: 85 }).toBuffer();
    return {
      image: { mime: 'image/jpeg', bytes: new Uint8Array(bytes) },
      width: photo.info.width,
      height: photo.info.height,
    };
  } catch (err) {
    if (err instanceof PhotoError) throw new ServiceError('bad-input', `${name}: ${err.cause_}`);
    throw err;
  }
}
