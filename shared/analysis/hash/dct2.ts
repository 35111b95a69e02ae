/** The two-dimensional DCT-II of a square block, for the low-frequency terms a perceptual hash keeps. */

/**
 * DCT-II of the `n` x `n` block `values` (row-major), keeping only the top-left `keep` x `keep`
 * coefficients (the rest are not computed: a hash never looks at them). Unnormalized: the hash compares
 * coefficients with each other, so scale does not matter.
 */
export function dct2(values: Float64Array, n: number, keep: number): Float64Array {
  if (values.length !== n * n)
    throw new Error(`dct2: expected ${n}x${n} = ${n * n} values, got ${values.length}`);
  if (!(keep > 0 && keep <= n)) throw new Error(`dct2: keep must be 1..${n}, got ${keep}`);
  const cos = new Float64Array(keep * n);
  for (let k = 0; k < keep; k++) {
    for (let i = 0; i < n; i++) cos[k * n + i] = Math.cos(((2 * i + 1) * k * Math.PI) / (2 * n));
  }
  // Rows first (n rows x keep terms), then columns of that (keep x keep).
  const rows = new Float64Array(n * keep);
  for (let y = 0; y < n; y++) {
    for (let k = 0; k < keep; k++) {
      let s = 0;
      for (let x = 0; x < n; x++) s += (values[y * n + x] as number) * (cos[k * n + x] as number);
      rows[y * keep + k] = s;
    }
  }
  const out = new Float64Array(keep * keep);
  for (let v = 0; v < keep; v++) {
    for (let u = 0; u < keep; u++) {
      let s = 0;
      for (let y = 0; y < n; y++) s += (rows[y * keep + u] as number) * (cos[v * n + y] as number);
      out[v * keep + u] = s;
    }
  }
  return out;
}
