/**
 * Darkens small soft dots into a linear RGB buffer: skin pores and follicle openings. A dot is a
 * Gaussian dip, so sub-pixel dots still show as a faint grey rather than vanishing or aliasing.
 */

/** Dots as interleaved (x, y, radius px, depth 0..1); `mask` (0..1 per pixel) limits where they land. */
export function stampDots(
  color: Float32Array,
  width: number,
  height: number,
  dots: ArrayLike<number>,
  mask: Float32Array,
): void {
  for (let k = 0; k + 3 < dots.length; k += 4) {
    const x = dots[k]!;
    const y = dots[k + 1]!;
    const r = dots[k + 2]!;
    const depth = dots[k + 3]!;
    const reach = Math.ceil(2 * r + 0.5);
    const x0 = Math.max(0, Math.round(x) - reach);
    const x1 = Math.min(width - 1, Math.round(x) + reach);
    const y0 = Math.max(0, Math.round(y) - reach);
    const y1 = Math.min(height - 1, Math.round(y) + reach);
    const inv = 1 / (r * r);
    for (let yy = y0; yy <= y1; yy++) {
      for (let xx = x0; xx <= x1; xx++) {
        const i = yy * width + xx;
        const d2 = (xx - x) * (xx - x) + (yy - y) * (yy - y);
        const f = 1 - depth * mask[i]! * Math.exp(-d2 * inv);
        color[3 * i] = color[3 * i]! * f;
        // Pores read slightly warm-dark (blood, shadow), so green and blue dip a little more.
        color[3 * i + 1] = color[3 * i + 1]! * f * f;
        color[3 * i + 2] = color[3 * i + 2]! * f * f;
      }
    }
  }
}
