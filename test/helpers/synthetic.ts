/** Small synthetic images with known content, for unit tests. */
import type { RgbImage } from '../../shared/analysis/image.js';
import { linearToSrgb8, SRGB_TO_LINEAR } from '../../shared/analysis/exposure/srgb.js';

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A smooth colourful texture with blobs: something with structure at several scales. */
export function texture(width: number, height: number, seed = 1): RgbImage {
  const r = rng(seed);
  const blobs = Array.from({ length: 60 }, () => ({
    x: r() * width,
    y: r() * height,
    s: 4 + r() * Math.min(width, height) * 0.12,
    c: [r(), r(), r()],
  }));
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const acc = [0.25, 0.2, 0.18];
      for (const b of blobs) {
        const d2 = ((x - b.x) ** 2 + (y - b.y) ** 2) / (b.s * b.s);
        if (d2 > 9) continue;
        const w = Math.exp(-d2) * 0.5;
        for (let c = 0; c < 3; c++) acc[c]! += w * (b.c[c] as number);
      }
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++)
        data[i + c] = Math.max(0, Math.min(255, Math.round((acc[c] as number) * 200)));
    }
  return { width, height, data };
}

/** Multiplies each channel by a gain in linear light: exposure (same gain) or white balance. */
export function gainLinear(img: RgbImage, gains: readonly [number, number, number]): RgbImage {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = linearToSrgb8((SRGB_TO_LINEAR[img.data[i] as number] as number) * (gains[i % 3] as number));
  }
  return { width: img.width, height: img.height, data: out };
}
