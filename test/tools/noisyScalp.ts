/**
 * A rendered scalp with sensor noise (Gaussian, sigma 4 levels by default: a phone photo in room light).
 * The renderer draws a noise-free backdrop, flatter than any camera's; composites built from it need
 * the noise, or a flat photo edge meeting another panel without a gap could not be told from a gap.
 */
import type { RgbImage } from '../../shared/analysis/image.js';
import { createRng } from './createRng.js';
import { renderScalp } from './renderScalp.js';

/** Deterministic for a seed and size. */
export function noisyScalp(seed: number, width: number, height: number, sigma = 4): RgbImage {
  const r = renderScalp({ width, height, seed });
  const rng = createRng(seed, 7);
  const data = new Uint8Array(r.data.length);
  for (let i = 0; i < data.length; i++) {
    // Box-Muller: one normal draw per byte.
    const n = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    data[i] = Math.max(0, Math.min(255, Math.round((r.data[i] as number) + sigma * n)));
  }
  return { width: r.width, height: r.height, data };
}
