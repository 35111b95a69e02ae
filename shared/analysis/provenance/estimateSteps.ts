/**
 * Reads the quantization steps an earlier JPEG left in pixels, without the file's table: coefficients
 * quantized with step s cluster at multiples of s, so the mean of cos(2 pi c / s) over them is near 1
 * for s (and its divisors) and low for other steps. Used for a grid the file's own table does not
 * describe (a panel pasted off the file's grid, or a PNG that was a JPEG before).
 */
import type { BlockCoefficients } from './blockDct.js';
import { LOW_FREQUENCIES } from './coefficientHistograms.js';
import { nearestIjgQuality } from './ijgTable.js';

/** A step is read when the coefficients' mean cosine at it reaches this (0.7: a cluster width of about s/8). */
const CLUSTERED = 0.7;
/** Fewer non-zero coefficients than this at a frequency and its step is not read. */
const MIN_SAMPLES = 50;

/** The steps read at the low frequencies (natural index -> step) and their nearest IJG quality. */
export function estimateSteps(coeffs: BlockCoefficients): {
  steps: Map<number, number>;
  quality: number | null;
} {
  const steps = new Map<number, number>();
  for (const i of LOW_FREQUENCIES) {
    // The largest step with clustering wins: its divisors cluster too, its multiples do not.
    for (let s = 40; s >= 2; s--) {
      let sum = 0;
      let n = 0;
      for (let b = 0; b < coeffs.count; b++) {
        const c = coeffs.data[b * 64 + i] as number;
        // Zeros sit at a multiple of every step and would make every step look right.
        if (Math.abs(c) < s / 2) continue;
        sum += Math.cos((2 * Math.PI * c) / s);
        n++;
      }
      if (n >= MIN_SAMPLES && sum / n >= CLUSTERED) {
        steps.set(i, s);
        break;
      }
    }
  }
  return { steps, quality: steps.size >= 3 ? nearestIjgQuality(steps) : null };
}
