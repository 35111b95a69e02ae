/**
 * How much darker or brighter the scalp and the hair themselves became between the photos, pixel by
 * pixel, the reading hair.color compares (after the exposure gains, in log light).
 */
import { LOG_BINS, LOG_LIN, logBin } from './logLight.js';

/** Level changes, stops (log2 of linear-light ratios, after over before). */
export interface HairLevelChange {
  /** Median change over the brighter half of the before's hair region (mostly scalp between strands). */
  readonly scalp: number;
  /** Median change over the darker half (mostly strands). */
  readonly hair: number;
}

/** Bins of the per-pixel change: 1/256 stop each over +-4 stops (a larger change is clamped). */
const STEP = 256;
const HALF = 4 * STEP;

/** {@link LOG_LIN} in whole steps, so a pixel's change is a difference of two integers. */
const LOG_STEPS = Int32Array.from(LOG_LIN, (v) => Math.round(v * STEP));

/**
 * `before` and `after` are the photos' blurred luma codes (HairFields.smooth), the after aligned onto
 * the before; `region` the hair region (non-zero inside).
 *
 * Why pixel by pixel, and why medians: more or fewer strands, which is what a treatment changes, alter
 * a minority of pixels (where a strand came or went) and leave the rest as they were, so the median
 * change of each half stays put, while dye moves every strand pixel and concealer every scalp pixel.
 * Statistics of each photo's classes on their own move with the share of pixels where strand and skin
 * mix: rendered heads with 10-25% more or fewer strands moved hair.color v2's class medians by up to
 * 0.26 stops (27 of 60 pairs past its 0.06 threshold, bench/hairDensity.ts), this reading's scalp half
 * by at most 0.023 (tune and holdout, 40 pairs), after the exposure gains, which are ratios of linear
 * means and so follow the bright scalp (unmatched, 20% more strands' shade darkened it by 0.05).
 *
 * The halves are the before's, so both photos are read over the same pixels; the 1-3 px the content
 * of a re-shoot shifts by mixes the halves at strand edges, which the medians ignore.
 */
export function hairLevelChange(
  before: Float32Array,
  after: Float32Array,
  region: Uint8Array,
): HairLevelChange {
  // Integer arithmetic from here on (bins and log steps): the two passes run on every audit.
  const bins = new Uint16Array(before.length);
  const levels = new Float64Array(LOG_BINS);
  let n = 0;
  for (let i = 0; i < before.length; i++) {
    if (!region[i]) continue;
    const b = logBin(before[i] as number);
    bins[i] = b;
    levels[b]! += 1;
    n++;
  }
  if (n === 0) return { scalp: 0, hair: 0 };
  // The before's median bin splits the region: above it the brighter half, at or below it the darker.
  let acc = 0;
  let mid = 0;
  while (mid < LOG_BINS - 1 && acc + (levels[mid] as number) < n / 2) acc += levels[mid++] as number;
  const bright = new Float64Array(2 * HALF + 1);
  const dark = new Float64Array(2 * HALF + 1);
  for (let i = 0; i < before.length; i++) {
    if (!region[i]) continue;
    const b = bins[i] as number;
    const d = (LOG_STEPS[logBin(after[i] as number)] as number) - (LOG_STEPS[b] as number) + HALF;
    const k = d < 0 ? 0 : d > 2 * HALF ? 2 * HALF : d;
    if (b > mid) bright[k]! += 1;
    else dark[k]! += 1;
  }
  return { scalp: medianStops(bright), hair: medianStops(dark) };
}

function medianStops(hist: Float64Array): number {
  let total = 0;
  for (let k = 0; k < hist.length; k++) total += hist[k] as number;
  if (total === 0) return 0;
  let acc = 0;
  for (let k = 0; k < hist.length; k++) {
    acc += hist[k] as number;
    if (acc >= total / 2) return (k - HALF) / STEP;
  }
  return HALF / STEP;
}
