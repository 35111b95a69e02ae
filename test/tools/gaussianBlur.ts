/** Separable Gaussian blur of 8-bit RGB, edges repeated: the "soft focus" of a fixture. */
import type { RgbBuffer } from './warpHomography.js';

/** Blurs with standard deviation `sigma` pixels (kernel radius 3 sigma); sigma 0 returns a copy. */
export function gaussianBlur(img: RgbBuffer, sigma: number): RgbBuffer {
  if (!(sigma >= 0)) throw new Error(`gaussianBlur: expected sigma >= 0, got ${sigma}`);
  const { width: W, height: H } = img;
  if (sigma === 0) return { width: W, height: H, data: img.data.slice() };
  const r = Math.max(1, Math.ceil(3 * sigma));
  const kernel = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) sum += kernel[i + r] = Math.exp((-i * i) / (2 * sigma * sigma));
  for (let i = 0; i < kernel.length; i++) kernel[i] = kernel[i]! / sum;
  const tmp = new Float32Array(W * H * 3);
  const out = new Uint8Array(W * H * 3);
  const src = img.data;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++)
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (let i = -r; i <= r; i++)
          s += kernel[i + r]! * src[3 * (y * W + Math.min(W - 1, Math.max(0, x + i))) + c]!;
        tmp[3 * (y * W + x) + c] = s;
      }
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++)
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (let i = -r; i <= r; i++)
          s += kernel[i + r]! * tmp[3 * (Math.min(H - 1, Math.max(0, y + i)) * W + x) + c]!;
        out[3 * (y * W + x) + c] = Math.round(s);
      }
  return { width: W, height: H, data: out };
}
