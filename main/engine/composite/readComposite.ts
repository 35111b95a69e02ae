/** Reads a composite once, at full resolution: the splitter and every panel work from this decode. */
import type { Composite } from '../../../shared/contract/composite.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { readPhoto, type LoadedPhoto } from '../input/readPhoto.js';

export interface LoadedComposite {
  /** The file's identity and metadata (its size is the full image's). */
  info: LoadedPhoto['info'];
  /** The whole image decoded at full size, oriented, sRGB. */
  pixels: RgbImage;
  /** What a report's `composite.source` says about the file. */
  source: Composite['source'];
}

// readPhoto shrinks `work` to this long side: above any image its bomb guard lets through (100 MP is
// at most 100 000 px on a side), so `work` is the full-resolution decode and nothing is decoded twice.
const NO_SHRINK = 1_000_000;

/** Throws PhotoError (one line naming the file) for every unusable file, as readPhoto does. */
export async function readComposite(path: string): Promise<LoadedComposite> {
  const photo = await readPhoto(path, { workMaxSide: NO_SHRINK });
  const { info } = photo;
  return {
    info,
    pixels: photo.work,
    source: { path, name: info.name, sha256: info.sha256, width: info.width, height: info.height },
  };
}
