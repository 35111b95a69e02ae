/** sRGB transfer function, as lookup tables: the exposure maths happens in linear light. */

/** Linear value (0..1) of each 8-bit sRGB code. */
export const SRGB_TO_LINEAR: Float64Array = (() => {
  const t = new Float64Array(256);
  for (let v = 0; v < 256; v++) {
    const c = v / 255;
    t[v] = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }
  return t;
})();

/** 8-bit sRGB code of a linear value (clamped to 0..1). */
export function linearToSrgb8(l: number): number {
  const c = l <= 0 ? 0 : l >= 1 ? 1 : l;
  const s = c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
  return Math.round(s * 255);
}
