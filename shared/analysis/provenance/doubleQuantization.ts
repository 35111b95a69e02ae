/**
 * Double JPEG compression at one grid, from the gaps it leaves in DCT histograms (Popescu and Farid's
 * observation): coefficients quantized first with a coarser step s1 and then with the file's step s2
 * can only land on the bins round(j * s1 / s2); the bins between stay nearly empty. A photo compressed
 * once has smooth histograms with no such gaps. When the first quality was the finer one (s1 < s2)
 * every bin is reachable and this test cannot see it.
 */
import type { BlockCoefficients } from './blockDct.js';
import { coefficientHistogram, LOW_FREQUENCIES } from './coefficientHistograms.js';
import { ijgLumaStep } from './ijgTable.js';

/** Evidence of an earlier, coarser compression on the same grid. */
export interface DoubleQuantization {
  /** 1 - (mean count of the bins the best candidate leaves empty / mean count of the others); about 0..1. */
  readonly score: number;
  /** The IJG quality of the best candidate for the earlier compression; null when no candidate applies. */
  readonly primaryQuality: number | null;
}

/** Bins 1..MAX_BIN on each side: enough bins for a period of several, few enough to stay populated. */
const MAX_BIN = 16;
/** A candidate must predict at least this many empty bins, or a single quiet bin could decide. */
const MIN_EMPTY_BINS = 6;
/** Candidates within this ratio of the best are equally empty for the histograms' noise (0.1: counts of tens per bin). */
const NEAR_BEST = 0.1;

/**
 * Tests IJG qualities 20..99 as the earlier compression of coefficients last quantized with `lastSteps`
 * (64 luminance steps, natural order: the file's table 0).
 */
export function doubleQuantization(
  coeffs: BlockCoefficients,
  lastSteps: readonly number[],
): DoubleQuantization {
  const hists = LOW_FREQUENCIES.map((i) => coefficientHistogram(coeffs, i, lastSteps[i] as number, MAX_BIN));
  const candidates: { q1: number; ratio: number; gapBins: number }[] = [];
  for (let q1 = 20; q1 <= 99; q1++) {
    let gap = 0;
    let expected = 0;
    let gapBins = 0;
    LOW_FREQUENCIES.forEach((i, f) => {
      const s2 = lastSteps[i] as number;
      const s1 = ijgLumaStep(q1, i);
      if (s1 <= s2) return;
      const reachable = new Set<number>();
      for (let j = 0; Math.round((j * s1) / s2) <= MAX_BIN + 1; j++) reachable.add(Math.round((j * s1) / s2));
      const h = hists[f] as Float64Array;
      const count = (k: number) => (h[MAX_BIN + k] as number) + (h[MAX_BIN - k] as number);
      for (let k = 1; k < MAX_BIN; k++) {
        if (reachable.has(k)) continue;
        // Against the nearest reachable bins on either side: histograms fall steeply with |k|, so a
        // gap is compared with its neighbourhood, not with the histogram as a whole.
        let lo = k - 1;
        while (lo > 0 && !reachable.has(lo)) lo--;
        let hi = k + 1;
        while (hi <= MAX_BIN && !reachable.has(hi)) hi++;
        if (hi > MAX_BIN) continue;
        gap += count(k);
        expected += lo === 0 ? count(hi) : (count(lo) + count(hi)) / 2;
        gapBins++;
      }
    });
    if (gapBins < MIN_EMPTY_BINS || expected === 0) continue;
    const ratio = gap / expected;
    candidates.push({ q1, ratio, gapBins });
  }
  if (candidates.length === 0) return { score: 0, primaryQuality: null };
  const bestRatio = Math.min(...candidates.map((c) => c.ratio));
  // A finer candidate whose few gaps are a subset of the true ones is about as empty as the truth: of
  // the near-best candidates, the one predicting the most empty bins is the earlier quality (ties: the
  // highest quality).
  let pick = candidates[0] as (typeof candidates)[number];
  for (const c of candidates) {
    if (c.ratio > bestRatio + NEAR_BEST) continue;
    if (pick.ratio > bestRatio + NEAR_BEST || c.gapBins >= pick.gapBins) pick = c;
  }
  return { score: Math.max(0, 1 - bestRatio), primaryQuality: pick.q1 };
}
