/**
 * How far strands run unbroken: the autocorrelation of strand-scale detail along the local orientation,
 * relative to the same autocorrelation across it. Long hair keeps its detail correlated for tens of
 * pixels along the flow; short hair, or hair cut into stubble, decorrelates within a few pixels. Blur
 * and resampling (the after photo is warped onto the before) stretch the correlation in every
 * direction alike, so the across-strand correlation, normalized at the first step, is subtracted.
 */
import type { HairFields } from './hairFields.js';

/** Distances from the pixel, px at 640 px (times the scale). */
const STEPS = [2, 4, 6, 9, 13, 18, 24];

/**
 * Along-strand correlation length beyond the across-strand one, px at 640 px: the integral over 2-24 px
 * of the difference of the two autocorrelations, each divided by its value at the first step, over
 * pixels where `region` is set (sampled every `stride` px).
 */
export function strandLength(f: HairFields, region: Uint8Array, scale: number, stride = 3): number {
  const { width: W, height: H, fine, theta, tensorWidth: tw } = f;
  const along = new Float64Array(STEPS.length);
  const across = new Float64Array(STEPS.length);
  for (let y = 0; y < H; y += stride)
    for (let x = 0; x < W; x += stride) {
      const i = y * W + x;
      if (!region[i]) continue;
      const v = fine[i] as number;
      const t = theta[(y >> 1) * tw + (x >> 1)] as number;
      const cx = Math.cos(t) * scale;
      const cy = Math.sin(t) * scale;
      for (let k = 0; k < STEPS.length; k++) {
        const d = STEPS[k] as number;
        const dx = d * cx;
        const dy = d * cy;
        // Both directions: the autocorrelation is symmetric and this halves the noise.
        along[k]! += v * (at(fine, W, H, x + dx, y + dy) + at(fine, W, H, x - dx, y - dy));
        across[k]! += v * (at(fine, W, H, x - dy, y + dx) + at(fine, W, H, x + dy, y - dx));
      }
    }
  const a0 = along[0] as number;
  const c0 = across[0] as number;
  if (!(a0 > 0) || !(c0 > 0)) return 0;
  let len = 0;
  for (let k = 1; k < STEPS.length; k++) {
    const dd = (STEPS[k] as number) - (STEPS[k - 1] as number);
    const r = (j: number) => Math.max(0, (along[j] as number) / a0) - Math.max(0, (across[j] as number) / c0);
    len += ((r(k - 1) + r(k)) / 2) * dd;
  }
  return Math.max(0, len);
}

function at(f: Float32Array, W: number, H: number, x: number, y: number): number {
  const xs = Math.round(x);
  const ys = Math.round(y);
  return xs < 0 || ys < 0 || xs >= W || ys >= H ? 0 : (f[ys * W + xs] as number);
}
