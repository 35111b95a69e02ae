/** Which of the pair's photos shows a provenance measure most strongly, for the detectors. */
import type { PhotoInfo } from '../../contract/report.js';
import type { Provenance } from '../../contract/provenance.js';

/**
 * The photo ('before' or 'after') with the largest `read(provenance)` (or the smallest, with
 * `lowest`), and that value; null when neither photo has the measure.
 */
export function strongestPhoto(
  photos: { before: PhotoInfo; after: PhotoInfo },
  read: (p: Provenance) => number | null | undefined,
  lowest = false,
): { which: 'before' | 'after'; value: number; provenance: Provenance } | null {
  let best: { which: 'before' | 'after'; value: number; provenance: Provenance } | null = null;
  for (const which of ['before', 'after'] as const) {
    const p = photos[which].provenance;
    const v = p ? read(p) : null;
    if (p === undefined || v === null || v === undefined || !Number.isFinite(v)) continue;
    if (!best || (lowest ? v < best.value : v > best.value)) best = { which, value: v, provenance: p };
  }
  return best;
}
