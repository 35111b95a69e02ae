/**
 * The hair region without the band along the edge of the overlap. Outside the overlap the warped after
 * photo is black, and the band-pass and structure tensor ring across that edge for about twice the
 * coarse band-pass sigma (4 px at 640 px): along the edge the ringing reads as one long straight strand
 * and as bright strand-scale detail, in the after photo only.
 */

/**
 * Margin kept clear of the overlap's edge, px at 640 px. bench/hair.ts --split tune, 44 clean pairs: at
 * 0 px, clean re-shoots of real photos read up to +35% strand length and 2.1x highlights, all of it in
 * the after photo; at 8 and 14 px both read the same (+17% and 1.1x at most), so 10 px sits between.
 */
export const EDGE_MARGIN = 10;

/**
 * `region` where `mask` (one byte per pixel, `width` wide) is set everywhere within
 * {@link EDGE_MARGIN} times `scale` px (a square window; beyond the image's own edge counts as set, since
 * the filters reflect there and nothing rings).
 */
export function innerRegion(region: Uint8Array, mask: Uint8Array, width: number, scale: number): Uint8Array {
  const height = mask.length / width;
  const r = Math.max(1, Math.round(EDGE_MARGIN * scale));
  // A square window is a row window then a column window. Each pass counts the unset pixels in a sliding
  // window (OpenCV.js's erode took 16 ms at 640 px; this takes a few).
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) slide(mask, rows, y * width, 1, width, r);
  const inner = new Uint8Array(mask.length);
  for (let x = 0; x < width; x++) slide(rows, inner, x, width, height, r);
  for (let i = 0; i < inner.length; i++) inner[i] = region[i] && inner[i] ? 1 : 0;
  return inner;
}

/** out[k] = 1 where no unset entry lies within r steps of k along one line of `n` entries. */
function slide(src: Uint8Array, out: Uint8Array, start: number, stride: number, n: number, r: number): void {
  let unset = 0;
  for (let k = 0; k < Math.min(r, n); k++) if (!src[start + k * stride]) unset++;
  for (let k = 0; k < n; k++) {
    if (k + r < n && !src[start + (k + r) * stride]) unset++;
    if (k - r - 1 >= 0 && !src[start + (k - r - 1) * stride]) unset--;
    out[start + k * stride] = unset === 0 ? 1 : 0;
  }
}
