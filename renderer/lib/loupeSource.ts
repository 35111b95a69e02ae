/** Which original the loupe reads for a layer of the compare views. */
import type { Analysis, CropRequest } from '../../shared/contract/api.js';
import type { Layer } from './layers.js';

export interface CropSource {
  readonly analysisId: string;
  readonly kind: CropRequest['source'];
}

/**
 * The before photo, the after photo as shot, or the aligned after; null for the difference map (a
 * render, with no original behind it).
 */
export function loupeSource(
  analysis: Analysis,
  layer: Layer,
  which: 'before' | 'after' | 'difference',
): CropSource | null {
  if (which === 'difference') return null;
  if (which === 'before') return { analysisId: analysis.id, kind: 'before' };
  return { analysisId: analysis.id, kind: layer.frame === 'after' ? 'after' : 'aligned' };
}
