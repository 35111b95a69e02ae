/** Reads a composite once, at full resolution: the splitter and every panel work from this decode. */
import type { Composite, PanelRect } from '../../../shared/contract/composite.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { readPhoto, type LoadedPhoto } from '../input/readPhoto.js';
import { decodeForProvenance } from '../provenance/decodeForProvenance.js';
import { measureProvenance, type MeasuredProvenance } from '../provenance/measureProvenance.js';

export interface LoadedComposite {
  /** The file's identity and metadata (its size is the full image's; no provenance of its own). */
  info: LoadedPhoto['info'];
  /** The whole image decoded at full size, oriented, sRGB. */
  pixels: RgbImage;
  /** What a report's `composite.source` says about the file. */
  source: Composite['source'];
  /**
   * The provenance of one panel (file-level parts are the composite's, pixel-level parts the panel's);
   * null when it cannot be measured. The file's provenance decode is made once, on the first call.
   */
  panelProvenance(rect: PanelRect, errorLevelMap: boolean): Promise<MeasuredProvenance | null>;
}

// readPhoto shrinks `work` to this long side: above any image its bomb guard lets through (100 MP is
// at most 100 000 px on a side), so `work` is the full-resolution decode and nothing is decoded twice.
const NO_SHRINK = 1_000_000;

/** Throws PhotoError (one line naming the file) for every unusable file, as readPhoto does. */
export async function readComposite(path: string): Promise<LoadedComposite> {
  // The whole composite's provenance would mix both panels' histories: each panel is measured instead.
  const photo = await readPhoto(path, { workMaxSide: NO_SHRINK, provenance: false });
  // The bytes readPhoto read and hashed: the file is not read again. Decoded for provenance once.
  const { info, bytes } = photo;
  let decoded: Promise<RgbImage | null> | null = null;
  const provenancePixels = () => (decoded ??= decodeForProvenance(bytes).catch(() => null));
  return {
    info,
    pixels: photo.work,
    source: { path, name: info.name, sha256: info.sha256, width: info.width, height: info.height },
    async panelProvenance(rect, errorLevelMap) {
      const pixels = await provenancePixels();
      if (!pixels) return null;
      return measureProvenance({
        bytes,
        pixels,
        region: rect,
        orientation: info.orientation,
        errorLevelMap,
      }).catch(() => null);
    },
  };
}
