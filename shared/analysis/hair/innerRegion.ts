/**
 * The hair region without the band along the edge of the overlap. Outside the overlap the warped after
 * photo is black, and the band-pass and structure tensor ring across that edge for about twice the
 * coarse band-pass sigma (4 px at 640 px): along the edge the ringing reads as one long straight strand
 * and as bright strand-scale detail, in the after photo only.
 */
import type { Cv } from '../cv.js';
import { withMats } from '../cv.js';

/**
 * Margin kept clear of the overlap's edge, px at 640 px. bench/hair.ts --split tune, 44 clean pairs: at
 * 0 px, clean re-shoots of real photos read up to +35% strand length and 2.1x highlights, all of it in
 * the after photo; at 8 and 14 px both read the same (+17% and 1.1x at most), so 10 px sits between.
 */
export const EDGE_MARGIN = 10;

/**
 * `region` and `mask` (one byte per pixel, `width` wide), where `mask` is eroded by
 * {@link EDGE_MARGIN} times `scale` px (a square window).
 */
export function innerRegion(
  cv: Cv,
  region: Uint8Array,
  mask: Uint8Array,
  width: number,
  scale: number,
): Uint8Array {
  const height = mask.length / width;
  const r = Math.max(1, Math.round(EDGE_MARGIN * scale));
  const eroded = withMats((keep) => {
    const m = keep(cv.matFromArray(height, width, cv.CV_8UC1, mask as unknown as number[]));
    const out = keep(new cv.Mat());
    const k = keep(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(2 * r + 1, 2 * r + 1)));
    cv.erode(m, out, k);
    // Copy out: a later allocation can grow the wasm heap and detach a view into it.
    return new Uint8Array(out.data);
  });
  const inner = new Uint8Array(region.length);
  for (let i = 0; i < inner.length; i++) inner[i] = region[i] && eroded[i] ? 1 : 0;
  return inner;
}
