/** Shapes shared by the composite splitter's steps. All coordinates are in the image the step received. */

/** A rectangle in pixels: x, y, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** 'row': lines are image rows (they run along x); 'col': lines are columns. */
export type Axis = 'row' | 'col';

/** Per-line statistics of a box along one axis. */
export interface LineStats {
  /** Median colour of each line, RGB interleaved (3 bytes a line). */
  median: Uint8Array;
  /** Share of the line's pixels within the tolerance of its median colour, 0..1: 1 for a plain band. */
  plain: Float32Array;
}

/** The tuned numbers of the splitter; see splitComposite.ts for each one's origin. */
export interface SplitTuning {
  /** Largest per-channel difference from a line's median for a pixel to count as "the same colour". */
  colourTol: number;
  /** A line is a separating band when at least this share of it is one colour. */
  bandShare: number;
  /** A line is part of a caption or logo strip when at least this share of it is the background colour. */
  stripShare: number;
  /** How far a strip line's median may be from the background colour, per channel. */
  bgTol: number;
  /** A gapless seam: the jump across the line over the jumps nearby must reach this ratio. */
  seamRatio: number;
  /** ...and the jump itself (median absolute grey difference across the line) at least this, levels. */
  seamMinJump: number;
  /** Smallest panel side as a share of the composite's side along the same axis. */
  minPanelShare: number;
}
