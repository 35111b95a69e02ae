/**
 * Finds the panels of a gallery composite (side by side, stacked, grids of several cases) from its
 * separating bands, caption strips and gapless seams, and says which panels form each before/after
 * case. Pure: it receives decoded pixels, so it runs in a worker, a test or a browser alike.
 */
import type { CompositeSplit, PanelRect } from '../../contract/composite.js';
import type { RgbImage } from '../image.js';
import { checkImage, toGray } from '../image.js';
import { borderColour } from './borderColour.js';
import { cutPanels, type CutContext } from './cutPanels.js';
import { groupRows } from './groupRows.js';
import { pairPanels } from './pairPanels.js';
import { shrinkRgb } from './shrinkRgb.js';
import type { Box, SplitTuning } from './types.js';

export interface SplitCompositeOptions {
  /** The splitter works on a copy shrunk by a whole factor to at most this long side. @default 800 */
  workMaxSide?: number;
  /** Tuned numbers; any left out take DEFAULT_SPLIT_TUNING's. */
  tuning?: Partial<SplitTuning>;
}

/**
 * Defaults, tuned with bench/composite.ts on composites from the tuning seed (never the held-out one):
 * - colourTol 6 (grid 4/6/8), stripShare 0.5 (grid 0.4/0.5/0.6): tied best on the tuning seed; 12 took
 *   smooth skin close-ups for bands on the first real-photo trials (30 of 40 correct, 35 with 6).
 * - bandShare 0.97: the 3 % slack is JPEG ringing beside a photo edge (not tuned).
 * - bgTol 24: how far two bands' colours may differ and still be one colour (not tuned).
 * - seamRatio 3 (grid 3/4/6; on the tuning seed 3 gave 72 of 80 correct, 4 gave 71), seamMinJump 6
 *   (not tuned): with 3, none of the 53 held-out real photos was taken for a composite.
 * - minPanelShare 0.12: a caption or logo strip is under 10 % of a side; a panel of a 3x3 grid is 33 %.
 */
export const DEFAULT_SPLIT_TUNING: SplitTuning = {
  colourTol: 6,
  bandShare: 0.97,
  stripShare: 0.5,
  bgTol: 24,
  seamRatio: 3,
  seamMinJump: 6,
  minPanelShare: 0.12,
};

/** A split, plus whether the image is a composite at all and what separated its panels. */
export interface SplitResult {
  split: CompositeSplit;
  /** False when no band or seam separated two panels: one photo (split then holds it as one panel). */
  isComposite: boolean;
  found: 'bands' | 'seams' | 'none';
}

/** Splits `img` into panels. Throws RangeError for an image too small to hold two panels. */
export function splitComposite(img: RgbImage, options: SplitCompositeOptions = {}): SplitResult {
  checkImage(img, 3, 'splitComposite');
  if (img.width < 16 || img.height < 16) {
    throw new RangeError(`splitComposite: image too small (${img.width}x${img.height}, need 16x16)`);
  }
  const t = { ...DEFAULT_SPLIT_TUNING, ...options.tuning };
  const factor = Math.max(1, Math.ceil(Math.max(img.width, img.height) / (options.workMaxSide ?? 800)));
  const work = shrinkRgb(img, factor);
  const border = borderColour(work, t.bandShare, t.colourTol, t.bgTol);
  const ctx: CutContext = {
    img: work,
    gray: toGray(work),
    t,
    minW: Math.max(8, Math.round(work.width * t.minPanelShare)),
    minH: Math.max(8, Math.round(work.height * t.minPanelShare)),
    bg: border,
    colours: border ? [border] : [],
    bands: false,
    seams: [],
  };
  const boxes = cutPanels(ctx, { x: 0, y: 0, w: work.width, h: work.height });
  const rows = groupRows(boxes);
  const ordered = rows.flat();
  const toRect = (b: Box): PanelRect => {
    // Back to the input's pixels; a box touching the shrunk copy's edge keeps the dropped remainder.
    const x0 = b.x * factor;
    const y0 = b.y * factor;
    const x1 = b.x + b.w >= work.width ? img.width : (b.x + b.w) * factor;
    const y1 = b.y + b.h >= work.height ? img.height : (b.y + b.h) * factor;
    return [x0, y0, x1 - x0, y1 - y0];
  };
  const pairs = ordered.length >= 2 ? pairPanels(rows.map((r) => r.length)) : [];
  const isComposite = pairs.length > 0;
  const found = !isComposite ? 'none' : ctx.bands ? 'bands' : 'seams';
  const panels = isComposite
    ? ordered.map((b, index) => ({ index, rect: toRect(b), caption: null }))
    : [{ index: 0, rect: [0, 0, img.width, img.height] as PanelRect, caption: null }];
  const cols = Math.max(1, ...rows.map((r) => r.length));
  return {
    split: {
      layout: isComposite ? { rows: rows.length, cols } : { rows: 1, cols: 1 },
      panels,
      pairs,
      order: {
        from: 'reading',
        note: isComposite
          ? 'Reading order: the left (or upper) panel of each case is taken as before. Captions are not read: a gallery that shows the after photo first is audited the wrong way round.'
          : 'One photo: no separating band or seam was found.',
      },
      confidence: isComposite ? confidence(ctx, rows, pairs, ordered) : 0,
    },
    isComposite,
    found,
  };
}

/**
 * 0..1, how clearly the layout was found: the evidence (1 for bands; for seams, 0.5 at the threshold
 * rising to 1 at twice it) x regularity (1 when every row has as many panels, else 0.5) x how alike in
 * area the two panels of each case are (0.5 + half the smaller over the larger). A score, not calibrated.
 */
function confidence(
  ctx: CutContext,
  rows: Box[][],
  pairs: { before: number; after: number }[],
  ordered: Box[],
): number {
  const evidence = ctx.bands ? 1 : Math.min(1, 0.5 * (Math.min(...ctx.seams) / ctx.t.seamRatio));
  const regular = rows.every((r) => r.length === (rows[0] as Box[]).length) ? 1 : 0.5;
  const alike =
    pairs.reduce((s, p) => {
      const a = (ordered[p.before] as Box).w * (ordered[p.before] as Box).h;
      const b = (ordered[p.after] as Box).w * (ordered[p.after] as Box).h;
      return s + Math.min(a, b) / Math.max(a, b);
    }, 0) / pairs.length;
  return Number((evidence * regular * (0.5 + 0.5 * alike)).toFixed(3));
}
