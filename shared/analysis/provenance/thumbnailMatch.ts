/**
 * An embedded EXIF thumbnail against the photo it sits in. A camera writes both from one capture, so
 * they show the same picture; an editor that changes the photo but copies the EXIF block keeps the old
 * thumbnail, which then shows the photo as it was before the edit (or another crop of it).
 */
import type { GrayImage } from '../image.js';

/** Similarity (Pearson correlation of the two gray images, -1..1) and aspect difference |ln(ratio)|. */
export interface ThumbnailMatch {
  readonly similarity: number;
  readonly aspectDifference: number;
}

/**
 * Compares `thumb` with `image`, the photo shrunk to the thumbnail's size (both as stored, before any
 * EXIF orientation: thumbnails are stored unturned). `imageAspect` is the photo's width / height.
 */
export function thumbnailMatch(thumb: GrayImage, image: GrayImage, imageAspect: number): ThumbnailMatch {
  if (thumb.width !== image.width || thumb.height !== image.height) {
    throw new Error(
      `thumbnailMatch: expected the photo shrunk to ${thumb.width}x${thumb.height}, got ${image.width}x${image.height}`,
    );
  }
  const n = thumb.data.length;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    sa += thumb.data[i] as number;
    sb += image.data[i] as number;
  }
  const ma = sa / n;
  const mb = sb / n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const a = (thumb.data[i] as number) - ma;
    const b = (image.data[i] as number) - mb;
    ab += a * b;
    aa += a * a;
    bb += b * b;
  }
  const similarity = aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
  return {
    similarity,
    aspectDifference: Math.abs(Math.log(thumb.width / thumb.height / imageAspect)),
  };
}
