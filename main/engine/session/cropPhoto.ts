/**
 * The loupe's crop: a square of one photo of an analysis at full resolution, as a lossless PNG so that
 * what the loupe shows is the original's pixels, not a re-encoding of them.
 */
import sharp from '../sharp.js';
import type { CropRequest, EncodedImage } from '../../../shared/contract/api.js';
import { homography, invert } from '../../../shared/geometry/homography.js';
import { cropPixels } from './cropPixels.js';
import type { PhotoPixels } from './photoPixels.js';
import { ServiceError } from './ServiceError.js';
import { warpCrop } from './warpCrop.js';

/** One analysed file: where it is, how the person knows it, and the hash the analysis recorded. */
export interface CropFile {
  path: string;
  name: string;
  sha256: string;
}

/** What an analysis keeps for its crops; the UI only ever names the analysis and which photo. */
export interface CropSources {
  before: CropFile;
  after: CropFile;
  /** The report's alignment: full-resolution after px -> before px, row-major; null when it failed. */
  afterToBefore: readonly number[] | null;
}

/**
 * `before` and `after` crop the photo as shot (orientation applied) in its own full-resolution frame;
 * `aligned` fills the square of the before frame from the after photo through the alignment.
 */
export async function cropPhoto(
  pixels: PhotoPixels,
  sources: CropSources,
  req: Pick<CropRequest, 'source' | 'left' | 'top' | 'size'>,
): Promise<EncodedImage> {
  const { left, top, size } = req;
  const matrix = sources.afterToBefore;
  if (req.source === 'aligned' && matrix === null) {
    throw new ServiceError('bad-input', 'no aligned crop: the photos could not be aligned');
  }
  const file = req.source === 'before' ? sources.before : sources.after;
  const img = await pixels.get(file.path, file.sha256, file.name);
  const rgba =
    req.source === 'aligned' && matrix !== null
      ? warpCrop(img, invert(homography<'after', 'before'>(matrix)), left, top, size)
      : cropPixels(img, left, top, size);
  // Level 1: a 512 px crop encodes in a few milliseconds; it only travels over loopback or IPC.
  const bytes = await sharp(rgba, { raw: { width: size, height: size, channels: 4 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return { mime: 'image/png', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}
