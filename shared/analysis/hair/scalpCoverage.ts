/**
 * Share of visible scalp in a region of both photos: pixels brighter than the split between the hair
 * (dark) and skin (bright) classes of the before photo, one threshold for both, since the after photo
 * is exposure-matched. The uncertainty of the change combines how it moves when the split moves by a
 * tenth of the class gap with the spread of the change between clean re-shoots.
 */
import type { CoverageMeasure } from './types.js';

/**
 * Standard deviation of the change between clean re-shoots over a whole 640 px overlap (about 350,000
 * pixels): bench/hair.ts --split tune read |change| p50 0.0009 and p95 0.0031 on 32 clean pairs, which a
 * normal spread of 0.0016 matches. Smaller regions scale it by the square root of their pixel count.
 */
const CLEAN_SIGMA = 0.0016;
const CLEAN_PIXELS = 350_000;

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
    }
  const out = rect ? ([x0, y0, x1 - x0, y1 - y0] as const) : null;
  if (total === 0) return { rect: out, before: 0, after: 0, uncertainty: 1, samples: 0 };
  const share = (k: number) => (counts[k] as number) / total;
  const change = (k: number) => share(2 * k + 1) - share(2 * k);
  const fromSplit = Math.abs(change(2) - change(1)) / 2;
  const fromReshoot = CLEAN_SIGMA * Math.sqrt(CLEAN_PIXELS / total);
  return {
    rect: out,
    before: share(0),
    after: share(1),
    uncertainty: Math.hypot(fromSplit, fromReshoot),
    samples: total,
  };
}
