/**
 * Photo files with known truth for CLI tests: a textured "before" and an "after" made from it by a known
 * similarity, written as JPEG with EXIF.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { texture } from '../../helpers/synthetic.js';

export async function tempDir(prefix = 'fairshot-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Fine texture with hair-like strokes on top of blobs, so features and ECC both have something to use. */
export function scene(width: number, height: number, seed: number): RgbImage {
  const img = texture(width, height, seed);
  const d = img.data;
  let s = seed * 9973;
  const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let k = 0; k < 900; k++) {
    let x = rnd() * width;
    let y = rnd() * height;
    const a = rnd() * Math.PI * 2;
    const shade = rnd() < 0.5 ? 30 : 220;
    for (let t = 0; t < 18; t++) {
      x += Math.cos(a + t * 0.05);
      y += Math.sin(a + t * 0.05);
      const xi = Math.round(x);
      const yi = Math.round(y);
      if (xi < 0 || yi < 0 || xi >= width || yi >= height) break;
      const i = (yi * width + xi) * 3;
      d[i] = d[i + 1] = d[i + 2] = shade;
    }
  }
  return img;
}

export async function writeJpeg(
  path: string,
  img: RgbImage,
  opts: { quality?: number; date?: string; rotate?: number; software?: string } = {},
): Promise<string> {
  let s = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } });
  if (opts.rotate) {
    // Rotate about the centre and crop back to the same size: a camera roll with the same framing.
    const rotated = await s
      .rotate(opts.rotate, { background: '#808080' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const left = Math.round((rotated.info.width - img.width) / 2);
    const top = Math.round((rotated.info.height - img.height) / 2);
    s = sharp(rotated.data, {
      raw: { width: rotated.info.width, height: rotated.info.height, channels: 3 },
    }).extract({
      left,
      top,
      width: img.width,
      height: img.height,
    });
  }
  const buf = await s
    .jpeg({ quality: opts.quality ?? 92 })
    .withExif({
      IFD0: { Make: 'Acme', Model: 'Scalpcam', ...(opts.software ? { Software: opts.software } : {}) },
      IFD2: { DateTimeOriginal: opts.date ?? '2026:01:10 09:30:00' },
    })
    .toBuffer();
  await writeFile(path, buf);
  return path;
}

/** Collects what a command prints. */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      stderrIsTty: false,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
