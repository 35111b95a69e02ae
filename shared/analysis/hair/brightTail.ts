/**
 * How strong the bright peaks of the strand-scale detail are against its dark ones: the 99.5th
 * percentile of the band-pass over minus its 0.5th percentile, over a region. Dry hair on skin is dark
 * lines on a brighter ground, so its band-pass has a deep dark tail and a shallow bright one; specular
 * glints on wet, oily or gelled strands are bright lines as sharp as the strands and lift the bright
 * tail. Both tails scale alike with exposure gain and with the softening of the resampled after photo,
 * so their ratio moves with shine and hardly with either (bench/hair.ts: clean re-shoots of real photos
 * read at most 1.14x between the two photos, glints painted on the hair 1.39-2.40x; tune and holdout).
 */

/** Half-width of the histogram, codes: band-pass values beyond it count in the end bins. */
const RANGE = 128;
/** Bins per code: quantiles to a quarter code, well under the tails' 20-60 codes. */
const PER_CODE = 4;

/** Tail quantile (each side). Finer tails were noisier on clean pairs (0.1%: 1.31x), coarser weaker. */
const TAIL = 0.005;

/**
 * `fine` is a band-pass (hairFields.fine), `region` marks the pixels read (non-zero). Returns 1 when
 * the region is empty or the dark tail is not below zero. A histogram instead of a sort: one pass, no
 * allocation per pixel (a sort of 200 000 values cost about 20 ms a photo).
 */
export function brightTail(fine: Float32Array, region: Uint8Array): number {
  const bins = 2 * RANGE * PER_CODE;
  const hist = new Uint32Array(bins);
  let n = 0;
  for (let i = 0; i < fine.length; i++) {
    if (!region[i]) continue;
    const b = Math.floor(((fine[i] as number) + RANGE) * PER_CODE);
    hist[b < 0 ? 0 : b >= bins ? bins - 1 : b]! += 1;
    n++;
  }
  if (n === 0) return 1;
  const quantile = (p: number): number => {
    const want = p * n;
    let acc = 0;
    for (let b = 0; b < bins; b++) {
      acc += hist[b] as number;
      if (acc > want) return (b + 0.5) / PER_CODE - RANGE;
    }
    return RANGE;
  };
  const lo = quantile(TAIL);
  const hi = quantile(1 - TAIL);
  return lo < 0 ? Math.max(0, hi) / -lo : 1;
}
