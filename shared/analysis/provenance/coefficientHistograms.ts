/**
 * Histograms of DCT coefficients divided by a quantization step: the raw material of the double-
 * compression test. Only low frequencies are used: they are rarely zero, so their histograms are full.
 */
import type { BlockCoefficients } from './blockDct.js';
import { ZIGZAG } from './ijgTable.js';

/** The natural indices of the AC coefficients used: zigzag positions 1..10 (the lowest frequencies). */
export const LOW_FREQUENCIES: readonly number[] = ZIGZAG.slice(1, 11);

/** Bins -maxBin..maxBin of round(coefficient / step), index bin + maxBin; values beyond are dropped. */
export function coefficientHistogram(
  coeffs: BlockCoefficients,
  index: number,
  step: number,
  maxBin: number,
): Float64Array {
  const hist = new Float64Array(2 * maxBin + 1);
  for (let b = 0; b < coeffs.count; b++) {
    const k = Math.round((coeffs.data[b * 64 + index] as number) / step);
    if (k >= -maxBin && k <= maxBin) hist[k + maxBin] = (hist[k + maxBin] as number) + 1;
  }
  return hist;
}
