/**
 * A copy of a render with fresh sensor noise: the renderer's own noise repeats with its seed, so two
 * renders of one head would otherwise match pixel for pixel where no real re-shoot does.
 */
import type { RgbImage } from '../../../../shared/analysis/image.js';
import { createRng } from '../../../tools/createRng.js';

/** Noise of about +-3 codes (sum of three uniforms, x2), deterministic for (seed, stream). */
export function noisyCopy(img: RgbImage, seed: number, stream: number): RgbImage {
  const r = createRng(seed, stream);
  const data = img.data.map((v) => Math.max(0, Math.min(255, Math.round(v + (r() + r() + r() - 1.5) * 2))));
  return { width: img.width, height: img.height, data };
}
