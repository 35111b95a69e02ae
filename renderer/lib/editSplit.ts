/**
 * The person's corrections to a proposed split, as pure functions: move one edge of a panel, swap the
 * current case's before and after, pick another case. Each returns a new split; the old one is untouched.
 */
import type { Split } from '../../shared/contract/api.js';

export type Edge = 'left' | 'right' | 'top' | 'bottom';

/**
 * Smallest panel side a drag may leave, in composite pixels: a guard that keeps a drag from collapsing a
 * panel (the outline and its handles stay grabbable), not a measured limit. Whether a panel is big enough
 * to audit is the engine's call, and it says so in the error line.
 */
export const MIN_PANEL_SIDE = 32;

/** Moves `edge` of panel `index` to `to` (composite pixels), kept inside the image and MIN_PANEL_SIDE wide. */
export function moveEdge(
  split: Split,
  index: number,
  edge: Edge,
  to: number,
  size: { width: number; height: number },
): Split {
  const panel = split.panels[index];
  if (!panel) return split;
  let [x0, y0, w, h] = panel.rect;
  let x1 = x0 + w;
  let y1 = y0 + h;
  const v = Math.round(to);
  if (edge === 'left') x0 = clamp(v, 0, x1 - MIN_PANEL_SIDE);
  if (edge === 'right') x1 = clamp(v, x0 + MIN_PANEL_SIDE, size.width);
  if (edge === 'top') y0 = clamp(v, 0, y1 - MIN_PANEL_SIDE);
  if (edge === 'bottom') y1 = clamp(v, y0 + MIN_PANEL_SIDE, size.height);
  w = x1 - x0;
  h = y1 - y0;
  const panels = split.panels.map((p, i) =>
    i === index ? { ...p, rect: [x0, y0, w, h] as [number, number, number, number] } : p,
  );
  return { ...split, panels };
}

/**
 * Swaps before and after of the case being audited. The order is then the person's and says so, unless
 * the swap puts back what the engine proposed (`proposed`), whose order and note come back with it.
 */
export function swapCase(split: Split, proposed?: Split): Split {
  const pair = split.pairs[split.pair];
  if (!pair) return split;
  const pairs = split.pairs.map((p, i) => (i === split.pair ? { before: p.after, after: p.before } : p));
  const back = proposed?.pairs.every((p, i) => p.before === pairs[i]?.before && p.after === pairs[i]?.after);
  const order =
    back && proposed
      ? proposed.order
      : { from: 'person' as const, note: 'before and after were set by hand in Fairshot' };
  return { ...split, pairs, order };
}

/** Picks which case of a grid to audit. */
export function pickCase(split: Split, pair: number): Split {
  if (pair < 0 || pair >= split.pairs.length) return split;
  return { ...split, pair };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}
