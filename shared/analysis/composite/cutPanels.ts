/** Recursive cut of a composite into panel boxes along its bands, strips and seams (an XY cut). */
import type { GrayImage, RgbImage } from '../image.js';
import { bandRuns, type BandRun } from './bandRuns.js';
import { findSeam } from './findSeam.js';
import { lineStats } from './lineStats.js';
import { panelSegments } from './panelSegments.js';
import { trimStrips } from './trimStrips.js';
import type { Box, SplitTuning } from './types.js';

/** What the cut learns on the way, for the confidence and the strips of later boxes. */
export interface CutContext {
  readonly img: RgbImage;
  readonly gray: GrayImage;
  readonly t: SplitTuning;
  /** Smallest panel, pixels (from minPanelShare of the whole image). */
  readonly minW: number;
  readonly minH: number;
  /** Colour of the first band found: the background captions and logos sit on. */
  bg: [number, number, number] | null;
  /** Colours of the bands that separated panels or bordered the image: what frames look like here. */
  colours: [number, number, number][];
  /** Whether any band separated two panels. */
  bands: boolean;
  /** Ratio of every seam that separated two panels. */
  seams: number[];
}

const MAX_DEPTH = 8;

/**
 * The panels inside `box`: where bands split it into two or more pieces large enough to be panels, each
 * piece is cut again (rows first, so a grid comes out row by row); where bands only frame it, the frame
 * goes; with no band left, caption and logo strips go; then a gapless seam may split it. What remains
 * of a box that nothing splits is a panel.
 */
export function cutPanels(ctx: CutContext, box: Box, depth = 0): Box[] {
  if (box.w < ctx.minW || box.h < ctx.minH) return [];
  if (depth >= MAX_DEPTH) return [box];
  for (const axis of ['row', 'col'] as const) {
    const stats = lineStats(ctx.img, axis, box, ctx.t.colourTol);
    const runs = bandRuns(stats, ctx.t.bandShare, 2 * ctx.t.colourTol);
    const n = axis === 'row' ? box.h : box.w;
    const known = (r: BandRun) =>
      ctx.colours.some((c) => c.every((v, k) => Math.abs(v - (r.colour[k] as number)) <= ctx.t.bgTol));
    // A frame two lines or 1.5 % of the side thick is taken off whatever its colour (panel frames).
    const thinMax = Math.max(2, Math.round(n * 0.015));
    const { segments, separators } = panelSegments(runs, {
      n,
      minLen: axis === 'row' ? ctx.minH : ctx.minW,
      known,
      sameColour: ctx.t.bgTol,
      thin: (r) => r.end - r.start <= thinMax,
    });
    for (const r of separators) if (!known(r)) ctx.colours.push(r.colour);
    ctx.bg ??= ctx.colours[0] ?? null;
    if (segments.length === 0) return [];
    const sub = segments.map((s) =>
      axis === 'row'
        ? { x: box.x, y: box.y + s.start, w: box.w, h: s.end - s.start }
        : { x: box.x + s.start, y: box.y, w: s.end - s.start, h: box.h },
    );
    if (sub.length >= 2) ctx.bands = true;
    const first = sub[0] as Box;
    if (sub.length >= 2 || first.w < box.w || first.h < box.h) {
      return sub.flatMap((b) => cutPanels(ctx, b, depth + 1));
    }
  }
  const trimmed = trimStrips(ctx.img, box, ctx.bg, ctx.t);
  if (trimmed.w < box.w - 1 || trimmed.h < box.h - 1) return cutPanels(ctx, trimmed, depth + 1);
  // Once a band has separated panels, a seam inside a piece is more often the photo's own edge (a
  // spectacle arm, a horizon) than a join: on the tuning seed every false split was one. Such a seam
  // must then cut the piece in two like halves (40-60 %), as panels of one row of a grid do.
  const minShare = ctx.bands ? 0.4 : 0.3;
  for (const axis of ['row', 'col'] as const) {
    const seam = findSeam(ctx.gray, axis, box, {
      seamRatio: ctx.t.seamRatio,
      minJump: ctx.t.seamMinJump,
      minShare,
    });
    if (!seam) continue;
    ctx.seams.push(seam.ratio);
    const halves: Box[] =
      axis === 'row'
        ? [
            { x: box.x, y: box.y, w: box.w, h: seam.at },
            { x: box.x, y: box.y + seam.at, w: box.w, h: box.h - seam.at },
          ]
        : [
            { x: box.x, y: box.y, w: seam.at, h: box.h },
            { x: box.x + seam.at, y: box.y, w: box.w - seam.at, h: box.h },
          ];
    return halves.flatMap((b) => cutPanels(ctx, b, depth + 1));
  }
  return [box];
}
