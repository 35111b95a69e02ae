/**
 * Log light of blurred luma codes, read through a table: the hair/scalp contrast and the hair level
 * change both compare pixels in stops, and a table of quarter codes is cheaper than a pow and a log
 * per pixel.
 */

/** Bins of the blurred luma codes (0..255): a quarter code each. */
export const LOG_BINS = 1024;

/** log2 of linear light per bin (plus a floor of about code 2, so noise in black does not run to -infinity). */
export const LOG_LIN = Float64Array.from({ length: LOG_BINS }, (_, b) => {
  const x = b / (LOG_BINS - 1);
  const lin = x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  return Math.log2(lin + 1e-3);
});

const TO_BIN = (LOG_BINS - 1) / 255;

/** The bin of a blurred code; a blur of codes 0..255 stays inside them (up to float rounding, which the clamp takes). */
export function logBin(v: number): number {
  return Math.min(LOG_BINS - 1, Math.max(0, (v * TO_BIN + 0.5) | 0));
}
