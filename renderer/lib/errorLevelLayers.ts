/**
 * The error-level heat maps of an analysis as layers: each in its own photo's frame as shot (the maps are
 * measured on the files as they are, not on the aligned pair); null for a photo without one.
 */
import type { Analysis } from '../../shared/contract/api.js';
import type { Layer } from './layers.js';
import type { ImageUrls } from './useAnalysisImages.js';

export interface ErrorLevelLayers {
  before: Layer | null;
  after: Layer | null;
}

export function errorLevelLayers(a: Analysis, urls: ImageUrls): ErrorLevelLayers {
  const layer = (side: 'before' | 'after'): Layer | null => {
    const kind = side === 'before' ? 'error-level-before' : 'error-level-after';
    if (!a.images.includes(kind)) return null;
    const photo = a.report[side];
    return {
      url: urls[kind],
      frame: side,
      width: photo.width,
      height: photo.height,
      display: a.display[side],
      filter: undefined,
      label: `Error levels, ${side} photo (${photo.name})`,
    };
  };
  return { before: layer('before'), after: layer('after') };
}
