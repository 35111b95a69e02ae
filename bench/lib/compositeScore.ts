/** Scores a split against a composite's truth: per-panel IoU and whether the cases come out in order. */
import type { CompositeSplit, PanelRect } from '../../shared/contract/composite.js';

/** Intersection over union of two rectangles [x, y, w, h]. */
export function rectIou(a: Readonly<PanelRect>, b: Readonly<PanelRect>): number {
  const ix = Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]));
  const iy = Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
  const inter = ix * iy;
  return inter / (a[2] * a[3] + b[2] * b[3] - inter);
}

/** The cases a layout of truth holds: each row's left panel against its right, a stack top against bottom. */
export function truthPairs(layout: { rows: number; cols: number }): { before: number; after: number }[] {
  if (layout.cols === 1) return [{ before: 0, after: 1 }];
  return Array.from({ length: layout.rows }, (_, r) => ({ before: r * 2, after: r * 2 + 1 }));
}

export interface SplitScore {
  /** Smallest IoU over the truth panels (each against the split's panel of the same index); 0 when counts differ. */
  minIou: number;
  /** Same panel count, every IoU >= `tolerance`, and the split's cases equal the truth's. */
  correct: boolean;
  /** The cases are the truth's (same panels, before and after the right way round). */
  orderCorrect: boolean;
}

export function scoreSplit(
  split: CompositeSplit,
  truth: { rects: readonly PanelRect[]; layout: { rows: number; cols: number } },
  tolerance: number,
): SplitScore {
  const same = split.panels.length === truth.rects.length;
  const minIou = same ? Math.min(...truth.rects.map((r, i) => rectIou(split.panels[i]!.rect, r))) : 0;
  const want = truthPairs(truth.layout);
  const orderCorrect =
    same &&
    split.pairs.length === want.length &&
    split.pairs.every((p, i) => p.before === want[i]!.before && p.after === want[i]!.after);
  return { minIou, orderCorrect, correct: orderCorrect && minIou >= tolerance };
}
