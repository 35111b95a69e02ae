/**
 * The embedded EXIF thumbnail of a file against the file's image; null when there is none. Both are
 * compared as stored (thumbnails are not turned by the EXIF orientation).
 */
import sharp from '../sharp.js';
import { thumbnailMatch, type ThumbnailMatch } from '../../../shared/analysis/provenance/thumbnailMatch.js';
import { trimBars } from '../../../shared/analysis/provenance/trimBars.js';
import { loadExifr } from '../input/loadExifr.js';

/** Thumbnail similarity and aspect difference, or null when the file embeds no decodable thumbnail. */
export async function compareThumbnail(bytes: Uint8Array): Promise<ThumbnailMatch | null> {
  // Imported on first use, as readMetadata does: exifr's start-up is not paid by callers that skip this.
  const exifr = await loadExifr();
  const thumb: Uint8Array | undefined = await exifr.thumbnail(bytes).catch(() => undefined);
  if (!thumb || thumb.length === 0) return null;
  const decoded = await sharp(thumb)
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch(() => null);
  if (!decoded || decoded.info.width < 8 || decoded.info.height < 8) return null;
  const thumbnail = trimBars({
    width: decoded.info.width,
    height: decoded.info.height,
    data: new Uint8Array(
      decoded.data.buffer,
      decoded.data.byteOffset,
      decoded.info.width * decoded.info.height,
    ),
  });
  const { width, height } = thumbnail;
  const meta = await sharp(bytes).metadata();
  const image = await sharp(bytes, { autoOrient: false })
    .resize(width, height, { fit: 'fill' })
    .greyscale()
    .raw()
    .toBuffer();
  return thumbnailMatch(
    thumbnail,
    { width, height, data: new Uint8Array(image.buffer, image.byteOffset, width * height) },
    meta.width / meta.height,
  );
}
