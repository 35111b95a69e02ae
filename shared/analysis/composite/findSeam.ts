/** A gapless join: one line across which the whole picture changes at once. */
import type { GrayImage } from '../image.js';
import { lineJumps } from './lineJumps.js';
import type { Axis, Box } from './types.js';

export interface Seam {
  /** Line index (in the box) where the second panel starts. */
  at: number;
  /** The jump across the seam over the typical jump near it. */
  ratio: number;
}

/**
 * The strongest seam of `box` along `axis` with at least `minShare` of the box on each side, or null
 * when none reaches `seamRatio` (jump over the median jump 3 to 15 lines away) and `minJump` levels.
 */
export function findSeam(
  gray: GrayImage,
  axis: Axis,
  box: Box,
  opts: { seamRatio: number; minJump: number; minShare: number },
): Seam | null {
  const jumps = lineJumps(gray, axis, box);
  const n = jumps.length;
  const lo = Math.max(16, Math.ceil(n * opts.minShare));
  const hi = Math.min(n - 16, Math.floor(n * (1 - opts.minShare)));
  let best: Seam | null = null;
  const near: number[] = [];
  for (let i = lo; i <= hi; i++) {
    const j = jumps[i] as number;
    if (j < opts.minJump) continue;
    near.length = 0;
    for (let k = 3; k <= 15; k++) near.push(jumps[i - k] as number, jumps[i + k] as number);
    near.sort((a, b) => a - b);
    // +1 level: flat areas have near-zero jumps, and a ratio over zero means nothing.
    const ratio = j / ((near[near.length >> 1] as number) + 1);
    if (ratio >= opts.seamRatio && (!best || ratio > best.ratio)) best = { at: i, ratio };
  }
  // lineJumps centres the jump on the line between the two sides; the second panel starts one after.
  return best ? { at: best.at, ratio: best.ratio } : null;
}
