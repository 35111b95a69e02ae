/** Otsu's threshold of 8-bit values over a mask: the split that best separates two classes. */

/** Returns the threshold t (values > t are the bright class) and the two class means. */
export function otsuThreshold(
  values: Uint8Array,
  mask: Uint8Array,
  stride = 1,
): { t: number; darkMean: number; brightMean: number } {
  const hist = new Float64Array(256);
  let n = 0;
  for (let i = 0; i < values.length; i += stride) {
    if (!mask[i]) continue;
    hist[values[i] as number]! += 1;
    n++;
  }
  if (n === 0) return { t: 128, darkMean: 0, brightMean: 255 };
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * (hist[v] as number);
  let w0 = 0;
  let s0 = 0;
  let best = -1;
  let t = 128;
  for (let v = 0; v < 255; v++) {
    w0 += hist[v] as number;
    s0 += v * (hist[v] as number);
    const w1 = n - w0;
    if (w0 === 0 || w1 === 0) continue;
    const m0 = s0 / w0;
    const m1 = (sum - s0) / w1;
    const between = w0 * w1 * (m0 - m1) * (m0 - m1);
    if (between > best) {
      best = between;
      t = v;
    }
  }
  let a = 0;
  let sa = 0;
  for (let v = 0; v <= t; v++) {
    a += hist[v] as number;
    sa += v * (hist[v] as number);
  }
  return { t, darkMean: a > 0 ? sa / a : 0, brightMean: n - a > 0 ? (sum - sa) / (n - a) : 255 };
}
