/** Medians for the end-to-end benchmark: of a list, and per key of a list of records. */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0
    ? NaN
    : s.length % 2
      ? (s[m] as number)
      : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function medianEach(list: readonly Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(list.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    keys.map((k) => [k, median(list.map((r) => r[k]).filter((v): v is number => v !== undefined))]),
  );
}
