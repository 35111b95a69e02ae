/**
 * Share of visible scalp in a region of both photos: pixels brighter than the split between the hair
 * (dark) and skin (bright) classes of the before photo, one threshold for both, since the after photo
 * is exposure-matched. The uncertainty of the change combines how it moves when the split moves by a
 * tenth of the class gap with how much the change varies from place to place across the region.
 */
import type { CoverageMeasure } from './types.js';

/**
 * Side of the tiles whose changes give the spread, working px (the measure runs at <= 640 px). A re-shoot
 * moves strands by 1-3 px in waves 40-120 px long (bench/lib/calibPair.ts reshoot), so neighbouring
 * pixels err together; tiles about that size err roughly independently of each other.
 */
const TILE = 48;
/** Below this many tiles the spread between them says too little; the fixed re-shoot model is used. */
const MIN_TILES = 6;
/**
 * The fixed model: standard deviation of the change between clean re-shoots over a whole 640 px overlap
 * (about 350,000 pixels): bench/hair.ts --split tune read |change| p50 0.0009 and p95 0.0031 on 32
 * clean pairs, which a normal spread of 0.0016 matches. Smaller regions scale it by the square root of
 * their pixel count.
 */
const CLEAN_SIGMA = 0.0016;
const CLEAN_PIXELS = 350_000;
/**
 * Multiplies the tile spread. bench/coverage.ts --split tune (8 rendered heads and 10 real photos, 5
 * clean re-shoots each, true change 0) with 1: RMS of change / stated uncertainty 1.03 on drawn
 * rectangles of the renders, where the tile term decides, so it stays 1. On --split check, which the
 * tuning did not see: 1.04 there, and 0.53-0.63 elsewhere, where the re-shoot floor decides (the floor
 * is conservative on real photos and on whole overlaps). The fixed model alone had given 1.43 on the
 * renders' rectangles (tune): a change in a small region was stated about 1.4x too sure.
 */
const TILE_K = 1;

export function scalpCoverage(
  before: Uint8Array,
  after: Uint8Array,
  width: number,
  mask: Uint8Array,
  split: { t: number; darkMean: number; brightMean: number },
  rect: readonly [number, number, number, number] | null,
): CoverageMeasure {
  const height = before.length / width;
  const [rx, ry, rw, rh] = rect ?? [0, 0, width, height];
  const x0 = Math.max(0, Math.floor(rx));
  const y0 = Math.max(0, Math.floor(ry));
  const x1 = Math.min(width, Math.ceil(rx + rw));
  const y1 = Math.min(height, Math.ceil(ry + rh));
  const delta = Math.max(1, 0.1 * (split.brightMean - split.darkMean));
  const ts = [split.t, split.t - delta, split.t + delta];
  const tilesX = Math.max(1, Math.ceil((x1 - x0) / TILE));
  const tilesY = Math.max(1, Math.ceil((y1 - y0) / TILE));
  // Per tile: pixels, and after minus before above the split.
  const tileN = new Float64Array(tilesX * tilesY);
  const tileD = new Float64Array(tilesX * tilesY);
  // Per threshold: before count, after count.
  const counts = new Float64Array(6);
  let total = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = y * width + x;
      if (!mask[i]) continue;
      total++;
      const b = before[i] as number;
      const a = after[i] as number;
      for (let k = 0; k < 3; k++) {
        if (b > (ts[k] as number)) counts[2 * k]! += 1;
        if (a > (ts[k] as number)) counts[2 * k + 1]! += 1;
      }
      const t = (((y - y0) / TILE) | 0) * tilesX + (((x - x0) / TILE) | 0);
      tileN[t]! += 1;
      tileD[t]! += (a > split.t ? 1 : 0) - (b > split.t ? 1 : 0);
    }
  const out = rect ? ([x0, y0, x1 - x0, y1 - y0] as const) : null;
  if (total === 0) return { rect: out, before: 0, after: 0, uncertainty: 1, samples: 0 };
  const share = (k: number) => (counts[k] as number) / total;
  const change = (k: number) => share(2 * k + 1) - share(2 * k);
  const fromSplit = Math.abs(change(2) - change(1)) / 2;
  return {
    rect: out,
    before: share(0),
    after: share(1),
    uncertainty: Math.hypot(fromSplit, reshootSpread(tileN, tileD, change(0), total)),
    samples: total,
  };
}

/**
 * Standard error of the change from its spread between tiles (each tile weighted by its pixels, as in
 * the change itself): sqrt(T / (T - 1) * sum(w_t^2 (d_t - D)^2)). Tiles with under a quarter of a full
 * tile's pixels (cut by the region or the overlap) are pooled in the change but not counted as tiles.
 */
function reshootSpread(tileN: Float64Array, tileD: Float64Array, change: number, total: number): number {
  let sum = 0;
  let tiles = 0;
  for (let t = 0; t < tileN.length; t++) {
    const n = tileN[t] as number;
    if (n === 0) continue;
    if (n >= (TILE * TILE) / 4) tiles++;
    const w = n / total;
    const d = (tileD[t] as number) / n;
    sum += w * w * (d - change) * (d - change);
  }
  const fixed = CLEAN_SIGMA * Math.sqrt(CLEAN_PIXELS / total);
  if (tiles < MIN_TILES) return fixed;
  return Math.max(fixed, TILE_K * Math.sqrt((tiles / (tiles - 1)) * sum));
}
