/** Shrinks an RGB image by a whole factor with a box filter (pure: the splitter runs without OpenCV). */
import type { RgbImage } from '../image.js';

/** Averages each factor x factor block; the last partial row and column of blocks are dropped. */
export function shrinkRgb(img: RgbImage, factor: number): RgbImage {
  if (factor <= 1) return img;
  const w = Math.floor(img.width / factor);
  const h = Math.floor(img.height / factor);
  const out = new Uint8Array(w * h * 3);
  const acc = new Uint32Array(w * 3);
  const d = img.data;
  const area = factor * factor;
  for (let y = 0; y < h; y++) {
    acc.fill(0);
    for (let dy = 0; dy < factor; dy++) {
      let o = (y * factor + dy) * img.width * 3;
      for (let x = 0; x < w; x++) {
        for (let dx = 0; dx < factor; dx++, o += 3) {
          acc[x * 3]! += d[o] as number;
          acc[x * 3 + 1]! += d[o + 1] as number;
          acc[x * 3 + 2]! += d[o + 2] as number;
        }
      }
    }
    for (let i = 0; i < w * 3; i++) out[y * w * 3 + i] = Math.round((acc[i] as number) / area);
  }
  return { width: w, height: h, data: out };
}
