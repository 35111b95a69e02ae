/**
 * Procedural "scalp-like" test images: smooth shading, soft blobs and thin dark strands drawn into a
 * Uint8Array from a seed, so fixtures carry known truth without any file.
 */
import type { Cv } from '../../../../shared/analysis/cv.js';
import { withMats } from '../../../../shared/analysis/cv.js';
import type { GrayImage } from '../../../../shared/analysis/image.js';
import { rng } from '../../../helpers/synthetic.js';

export { rng };

export function texture(seed: number, width = 400, height = 400): GrayImage {
  const r = rng(seed);
  const f = new Float32Array(width * height);
  const gx = r() - 0.5;
  const gy = r() - 0.5;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) f[y * width + x] = 150 + 60 * (gx * (x / width) + gy * (y / height));
  for (let k = 0; k < 160; k++) {
    const cx = r() * width;
    const cy = r() * height;
    const rad = 3 + r() * 14;
    const amp = (r() - 0.5) * 90;
    const x0 = Math.max(0, Math.floor(cx - 3 * rad));
    const x1 = Math.min(width, Math.ceil(cx + 3 * rad));
    const y0 = Math.max(0, Math.floor(cy - 3 * rad));
    const y1 = Math.min(height, Math.ceil(cy + 3 * rad));
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        const d2 = ((x - cx) ** 2 + (y - cy) ** 2) / (rad * rad);
        f[y * width + x] = (f[y * width + x] as number) + amp * Math.exp(-d2);
      }
  }
  for (let k = 0; k < 120; k++) {
    // A strand: a curved random walk drawn as a dark 1-2 px line.
    let x = r() * width;
    let y = r() * height;
    let a = r() * Math.PI * 2;
    const turn = (r() - 0.5) * 0.15;
    const len = 20 + r() * 60;
    const dark = 40 + r() * 60;
    for (let s = 0; s < len; s++) {
      a += turn;
      x += Math.cos(a);
      y += Math.sin(a);
      const xi = Math.round(x);
      const yi = Math.round(y);
      if (xi < 0 || yi < 0 || xi >= width - 1 || yi >= height - 1) break;
      f[yi * width + xi] = (f[yi * width + xi] as number) - dark;
      f[yi * width + xi + 1] = (f[yi * width + xi + 1] as number) - dark / 2;
    }
  }
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, Math.round(f[i] as number)));
  return { width, height, data };
}

/** Warps `img` by `h` (source px -> destination px) with bilinear interpolation, black outside. */
export function warp(
  cv: Cv,
  img: GrayImage,
  h: readonly number[],
  gain = 1,
  size: { width: number; height: number } = img,
): GrayImage {
  return withMats((keep) => {
    const src = keep(new cv.Mat(img.height, img.width, cv.CV_8UC1));
    src.data.set(img.data);
    const dst = keep(new cv.Mat());
    const hm = keep(cv.matFromArray(3, 3, cv.CV_64F, Array.from(h)));
    cv.warpPerspective(
      src,
      dst,
      hm,
      new cv.Size(size.width, size.height),
      cv.INTER_LINEAR,
      cv.BORDER_CONSTANT,
      new cv.Scalar(0),
    );
    const out = Uint8Array.from(dst.data, (v) => Math.min(255, Math.round(v * gain)));
    return { width: size.width, height: size.height, data: out };
  });
}

/** Rotation by `deg` and scaling by `s` about the centre of a width x height image, then a shift. */
export function similarityAbout(
  width: number,
  height: number,
  deg: number,
  s: number,
  tx: number,
  ty: number,
): number[] {
  const a = (deg * Math.PI) / 180;
  const c = s * Math.cos(a);
  const d = s * Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  return [c, -d, cx - c * cx + d * cy + tx, d, c, cy - d * cx - c * cy + ty, 0, 0, 1];
}
