/**
 * What the batch summary keeps of one panel (a whole photo, or a rectangle of a gallery composite): its
 * perceptual hashes, for finding reused photos across the gallery, and a small JPEG thumbnail as a data URI
 * for summary.html. Both come from the working copy the caller already decoded.
 */
import sharp from '../sharp.js';
import { panelHashes } from '../../../shared/analysis/hash/panelHashes.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { toGray } from '../../../shared/analysis/image.js';

export interface PanelDigest {
  /** panelHashes: 64-bit DCT pHashes (16 hex digits) of the panel at a few centred crops. */
  hashes: string[];
  /** data:image/jpeg;base64,... of the panel, long side `thumbSide`; no metadata of any kind. */
  thumb: string;
}

export interface PanelDigestOptions {
  /**
   * Long side of the thumbnail, pixels. 160 px at quality 70 is about 5 kB, so a thousand cases with two
   * thumbnails each keep summary.html near 10 MB. @default 160
   */
  thumbSide?: number;
}

/**
 * Digests `rect` ([x, y, w, h] in `img`'s pixels; the whole image when null) of a decoded image. The
 * thumbnail is encoded from raw pixels, so none of the original's EXIF (GPS, camera, dates) can reach it.
 */
export async function panelDigest(
  img: RgbImage,
  rect: readonly [number, number, number, number] | null,
  options: PanelDigestOptions = {},
): Promise<PanelDigest> {
  const panel = rect ? crop(img, rect) : img;
  const hashes = panelHashes(toGray(panel));
  const side = options.thumbSide ?? 160;
  const jpeg = await sharp(panel.data, { raw: { width: panel.width, height: panel.height, channels: 3 } })
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 70 })
    .toBuffer();
  return { hashes, thumb: `data:image/jpeg;base64,${jpeg.toString('base64')}` };
}

/** Copies a rectangle out of an image, clamped to it (a rect from a larger scale may round past the edge). */
function crop(img: RgbImage, rect: readonly [number, number, number, number]): RgbImage {
  const x0 = Math.max(0, Math.min(img.width - 1, Math.round(rect[0])));
  const y0 = Math.max(0, Math.min(img.height - 1, Math.round(rect[1])));
  const w = Math.max(1, Math.min(img.width - x0, Math.round(rect[2])));
  const h = Math.max(1, Math.min(img.height - y0, Math.round(rect[3])));
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    const from = ((y0 + y) * img.width + x0) * 3;
    data.set(img.data.subarray(from, from + w * 3), y * w * 3);
  }
  return { width: w, height: h, data };
}
