/**
 * Hair/scalp contrast of one photo in log light, the measure hair.color compares: how many stops the
 * scalp is brighter than the hair, read over the hair region of a lightly blurred copy.
 */

import { LOG_BINS as BINS, LOG_LIN, logBin } from './logLight.js';

/** Both readings, stops (log2 of linear-light ratios). */
export interface HairScalpContrast {
  /** Median of the scalp class over the median of the hair class. */
  readonly classes: number;
  /** Median of the scalp class over the geometric mean of the whole region. */
  readonly geometric: number;
}

/**
 * `smooth` is the photo's luma blurred (HairFields.smooth), `region` the hair region (non-zero inside),
 * `splitT` the code above which a pixel is scalp (one split for both photos).
 *
 * Log light, not linear: in linear light the mean of a region of dark hair on pale skin is nearly all
 * skin, so hair dyed a stop darker moved the old measure (skin median over the region's linear mean) by
 * 0.01-0.06 stops, under its clean spread. In log light each class counts by its own level.
 *
 * Blurred: the after photo is warped (resampled) onto the before and the before is not, which softens
 * thin strands in the after only; blurring both by more than the resampling does makes them alike.
 * bench/hair.ts tune and holdout splits (87 clean re-shoots): largest clean change of the classes
 * reading 0.13 stops (renders) unblurred, 0.06 at sigma 1, 0.036 at sigma 1.5 px at 640 px; the fields'
 * sigma 1.6 blur is used as it is already made.
 */
export function hairScalpContrast(
  smooth: Float32Array,
  region: Uint8Array,
  splitT: number,
): HairScalpContrast {
  const scalp = new Float64Array(BINS);
  const hair = new Float64Array(BINS);
  let logSum = 0;
  let n = 0;
  for (let i = 0; i < smooth.length; i++) {
    if (!region[i]) continue;
    const v = smooth[i] as number;
    const bin = logBin(v);
    if (v > splitT) scalp[bin]! += 1;
    else hair[bin]! += 1;
    logSum += LOG_LIN[bin] as number;
    n++;
  }
  if (n === 0) return { classes: 0, geometric: 0 };
  const s = medianLog(scalp);
  const geometric = s - logSum / n;
  // A class under 1% of the region has no median worth reading (a photo of bare skin or of hair only).
  const thin = (h: Float64Array) => h.reduce((a, b) => a + b, 0) < 0.01 * n;
  return { classes: thin(scalp) || thin(hair) ? geometric : s - medianLog(hair), geometric };
}

function medianLog(hist: Float64Array): number {
  let total = 0;
  for (let b = 0; b < BINS; b++) total += hist[b] as number;
  if (total === 0) return 0;
  let acc = 0;
  for (let b = 0; b < BINS; b++) {
    acc += hist[b] as number;
    if (acc >= total / 2) return LOG_LIN[b] as number;
  }
  return LOG_LIN[BINS - 1] as number;
}
