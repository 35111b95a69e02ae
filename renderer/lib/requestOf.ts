/** The analyze request for what is open: two photos by id, or one composite's id with its split. */
import type { AnalyzeRequest, PhotoRef, Split } from '../../shared/contract/api.js';
import { panelPlace } from './panelPlace.js';

/** What the person opened: two photos, or two panels cut from one composite (both refs name it). */
export interface Pair {
  readonly before: PhotoRef;
  readonly after: PhotoRef;
  /** Set when both photos are panels of one image: the image and how it is cut. */
  readonly composite?: { readonly photo: PhotoRef; readonly split: Split };
}

/**
 * What the person added beyond the pair: a landmark alignment, an exposure reference rectangle and a
 * region for the scalp coverage measure.
 */
export interface AnalyzeOptions {
  readonly manual: { matrix: number[]; model: 'similarity' | 'affine' | 'homography' } | null;
  readonly referenceRect: [number, number, number, number] | null;
  /** In before-photo pixels; absent or null: the whole overlap. */
  readonly coverageRect?: [number, number, number, number] | null;
}

export function requestOf(p: Pair, o: AnalyzeOptions): AnalyzeRequest {
  const extra = {
    manual: o.manual,
    referenceRect: o.referenceRect,
    // Only when drawn: the request stays as it was for everyone who never draws one.
    ...(o.coverageRect ? { coverageRect: o.coverageRect } : {}),
  };
  if (p.composite) return { composite: p.composite.photo.id, split: p.composite.split, ...extra };
  return { before: p.before.id, after: p.after.id, ...extra };
}

/**
 * The pair for a composite: refs with the image's id, named after their panels as the engine's report
 * names them ("gallery.jpg, panel 1 (left)").
 */
export function compositePair(photo: PhotoRef, split: Split): Pair {
  const pair = split.pairs[split.pair] ?? { before: 0, after: 1 };
  const ref = (i: number): PhotoRef => {
    const panel = split.panels[i];
    const place = panel ? ` (${panelPlace(panel, split.layout, split.panels)})` : '';
    return { id: photo.id, name: `${photo.name}, panel ${i + 1}${place}` };
  };
  return { before: ref(pair.before), after: ref(pair.after), composite: { photo, split } };
}
