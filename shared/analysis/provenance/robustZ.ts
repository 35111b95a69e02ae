/** Median and the scaled median absolute deviation (a robust standard deviation) of a list of numbers. */
export function medianMad(values: ArrayLike<number>): { median: number; sigma: number } {
  const sorted = Float64Array.from(values).sort();
  const median = middle(sorted);
  const dev = sorted.map((v) => Math.abs(v - median)).sort();
  // 1.4826 makes the MAD estimate the standard deviation of normally distributed values.
  return { median, sigma: 1.4826 * middle(dev) };
}

function middle(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  return n % 2
    ? (sorted[(n - 1) / 2] as number)
    : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
}
