/**
 * Perceptual hashes of a panel at a few centred crops. A single pHash moves by 24 bits (median) when a
 * gallery trims 8 % off each side of a photo, as far as two different photos are apart; hashing the
 * centre at the scales such a trim leaves lets the comparison (reuseDistance) line the framings up.
 */
import type { GrayImage } from '../image.js';
import { perceptualHash } from './perceptualHash.js';

/**
 * Centred crop scales (fraction of each side kept). 1, 0.92 and 0.84 stand for no trim, 4 % and 8 % off
 * each side: a photo trimmed by t matches its original's crop at 1 - 2t, and the steps are close enough
 * that a trim between two of them still lands within a few bits (bench: `--only batch`).
 */
export const CROP_SCALES: readonly number[] = [1, 0.92, 0.84];

/** One 16-hex-digit pHash per entry of `scales`, in that order. */
export function panelHashes(img: GrayImage, scales: readonly number[] = CROP_SCALES): string[] {
  return scales.map((s) => perceptualHash(s === 1 ? img : centreCrop(img, s)));
}

function centreCrop(img: GrayImage, scale: number): GrayImage {
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const x0 = Math.floor((img.width - w) / 2);
  const y0 = Math.floor((img.height - h) / 2);
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const from = (y0 + y) * img.width + x0;
    data.set(img.data.subarray(from, from + w), y * w);
  }
  return { width: w, height: h, data };
}
