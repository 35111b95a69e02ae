/**
 * Copy-move (clone) detection inside one photo, on a reduced gray copy. Candidate shifts come from
 * corners matched against each other (keypointShifts); each candidate is then checked pixel by pixel on
 * the band-passed image (verifyShift), and the score is the area of the largest compact region that
 * matches its copy. Plain areas (walls, smooth gradients) never take part, and a repeating pattern (a curtain,
 * a tiled wall), which matches itself at twice its period as well, is not taken for a clone.
 */
import type { GrayImage } from '../image.js';
import { bandPass } from './bandPass.js';
import { keypointShifts } from './keypointShifts.js';
import { gradientProducts } from './structureTensor.js';
import { verifyShift, windowStats, type ShiftMatch } from './verifyShift.js';

/** The strongest verified clone: its area and where its source and copy lie. */
export interface CopyMove {
  /** Area of the largest region that matches a copy elsewhere, as a share of the image (0..1). */
  readonly score: number;
  /** Bounding boxes [x, y, w, h] of the source and the copy, in the reduced image's pixels. */
  readonly regions: [number, number, number, number][];
}

/**
 * The defaults were set by hand and compared on the bench cases (bench/lib/provenanceCases.ts, both
 * halves printed, seed 1), one at a time against the alternatives named: none was tuned finely.
 */
export interface CopyMoveOptions {
  /**
   * Band-pass detail (std, gray levels) below which a window is plain and never matches. 3 caught fewer
   * clones in an earlier version (held out, soft brush 13 vs 15 of 20). @default 2
   */
  minDetail?: number;
  /** Correlation of band-passed windows that counts as a copy. Not varied. @default 0.9 */
  minCorrelation?: number;
  /**
   * Share of a window's gradient energy that must lie along the shift (see verifyShift). Without it
   * straight edges of walls and collars were the largest clean matches (up to 2.7% of the photo); 0.3
   * caught fewer (an earlier version at 320 px: 6 vs 9 of 20 soft brushes held out). @default 0.2
   */
  minAlong?: number;
  /**
   * Corners matched to find candidate shifts (keypointShifts). 1000 did about as well in an earlier
   * version (within one of 20 clones); 1500 is what the thresholds were measured with. @default 1500
   */
  corners?: number;
  /**
   * Votes (pooled over the 3x3 around the shift) a candidate needs to be verified at all; with none
   * left, the search ends there. On the tune half of the bench cases (seed 1, 1500 corners) every clone
   * that reached even half the threshold won with 7 votes or more (7-52), while the candidates of the
   * 140 untouched copies had 2-9 votes, 504 of 560 below 5; 5 leaves 2 votes of margin below 7. Checking
   * fewer candidates lowers a clean photo's score, never a verified clone's. Most untouched photos end
   * here, before the window statistics and the verification (most of the search's cost). @default 5
   */
  minVotes?: number;
  /** Side of the compared windows (pixels). @default 8 */
  window?: number;
  /** Candidate shifts verified. @default 4 */
  candidates?: number;
  /** Matches closer than this (pixels) are the same patch seen twice, not a clone. @default 24 */
  minShift?: number;
}

type Box = [number, number, number, number];
type Found = ShiftMatch & { dx: number; dy: number };
/** Pixels searched beyond the corners that voted for a shift: a 16-pixel descriptor's reach, twice. */
const MARGIN = 32;

/** Finds the dominant clone, if any. */
export function copyMove(img: GrayImage, options: CopyMoveOptions = {}): CopyMove {
  const minDetail = options.minDetail ?? 2;
  const verify = {
    minDetail,
    minCorrelation: options.minCorrelation ?? 0.9,
    minAlong: options.minAlong ?? 0.2,
  };
  const { width: w, height: h } = img;
  if (w < 32 || h < 32) return { score: 0, regions: [] };
  const plane = bandPass(img);
  const g = gradientProducts(plane);
  const candidates = keypointShifts(plane, {
    gradients: g,
    corners: options.corners ?? 1500,
    // 0.95 found the true shift among the candidates for fewer soft clones (21 vs 29 of 40 at 320 px).
    minSimilarity: 0.85,
    minShift: options.minShift ?? 24,
    count: options.candidates ?? 4,
  });
  const minVotes = options.minVotes ?? 5;
  const worth = candidates.filter((c) => c.votes >= minVotes);
  // A shift that few corners agree on is look-alike texture: not worth the statistics below.
  if (worth.length === 0) return { score: 0, regions: [] };
  const stats = windowStats(plane, options.window ?? 8, g);
  let best: Found | null = null;
  for (const c of worth) {
    // Only around the corners that voted (MARGIN beyond them): a clone is where its corners are, and
    // the whole image at every candidate would cost several times the rest.
    const [x0, y0, x1, y1] = c.box;
    const within: Box = [x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN];
    // The copy of a resampled clone sits between whole pixels: the best whole shift may be a neighbour.
    let top: Found | null = null;
    for (let oy = -1; oy <= 1; oy++) {
      for (let ox = -1; ox <= 1; ox++) {
        const m = verifyShift(stats, c.dx + ox, c.dy + oy, verify, within);
        if (!top || m.area > top.area) top = { ...m, dx: c.dx + ox, dy: c.dy + oy };
      }
    }
    if (!top || top.area === 0 || (best && top.area <= best.area)) continue;
    // A repeating pattern matches itself at twice the shift too; a clone's copy does not repeat.
    if (verifyShift(stats, 2 * top.dx, 2 * top.dy, verify, within).area >= top.area / 2) continue;
    best = top;
  }
  const b = best as Found | null;
  if (!b || b.area === 0) return { score: 0, regions: [] };
  const [x, y, bw, bh] = b.box;
  return {
    score: b.area / (w * h),
    regions: [
      [x, y, bw, bh],
      [x + b.dx, y + b.dy, bw, bh],
    ],
  };
}
