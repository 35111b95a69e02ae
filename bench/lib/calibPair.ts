/**
 * Before/after files for flag calibration, made from one real photo: a "clean" pair simulates a careful
 * re-shoot (small pose change, the hair and skin shifted a little, fresh sensor noise, same camera), and
 * each confounder case injects one known change on top of that.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { FlagId } from '../../shared/contract/flags.js';
import type { Cv } from '../../shared/analysis/cv.js';
import { withMats } from '../../shared/analysis/cv.js';
import type { RgbImage } from '../../shared/analysis/image.js';
import { invert, homography } from '../../shared/geometry/homography.js';
import { gainLinear } from '../../test/helpers/synthetic.js';
import { regShotHomography } from './regSynth.js';

/** The change injected into the after photo; 'clean' injects none. */
export type CalibCase = 'clean' | FlagId;

export interface CalibShot {
  rotation: number;
  scale: number;
  tilt: number;
  tiltAxis: number;
  tx: number;
  ty: number;
  ev: number;
  /** Linear gains on red and blue (white balance), 1 = none. */
  red: number;
  blue: number;
  blurSigma: number;
  /** Downscale factor of the after photo's pixels (1 = same size). */
  shrink: number;
  quality: number;
  /** Simulate a separate capture: elastic shift of the content (px) and fresh noise. */
  retake: boolean;
}

/** What each case sets, given a random source. Ranges sit clearly past each flag's warning threshold. */
export function calibShot(kind: CalibCase, u: (lo: number, hi: number) => number): CalibShot {
  const sign = () => (u(0, 1) < 0.5 ? -1 : 1);
  const shot: CalibShot = {
    rotation: u(-2, 2),
    scale: u(0.97, 1.03),
    tilt: u(0, 2),
    tiltAxis: u(0, Math.PI),
    tx: u(-0.02, 0.02),
    ty: u(-0.02, 0.02),
    ev: u(-0.1, 0.1),
    red: 2 ** u(-0.03, 0.03),
    blue: 2 ** u(-0.03, 0.03),
    blurSigma: 0,
    shrink: 1,
    quality: Math.round(u(85, 95)),
    retake: true,
  };
  switch (kind) {
    case 'pose.rotation':
      return { ...shot, rotation: sign() * u(12, 25) };
    case 'pose.scale':
      return { ...shot, scale: u(0, 1) < 0.5 ? u(1.2, 1.4) : u(0.7, 0.85) };
    case 'pose.tilt':
      return { ...shot, tilt: u(10, 18) };
    case 'framing.overlap':
      return { ...shot, tx: sign() * u(0.3, 0.4) };
    case 'light.exposure':
      return { ...shot, ev: sign() * u(0.6, 1.5) };
    case 'light.color': {
      const s = sign() * u(0.4, 0.7);
      return { ...shot, red: 2 ** s, blue: 2 ** -s };
    }
    case 'image.focus':
      return { ...shot, blurSigma: u(1.5, 3) };
    case 'image.resolution':
      return { ...shot, shrink: u(2.5, 3.5) };
    case 'image.compression':
      return { ...shot, quality: Math.round(u(15, 45)) };
    case 'pair.duplicate':
      return { ...shot, retake: false };
    default:
      return shot;
  }
}

export interface CalibExif {
  make: string;
  model: string;
  date: string;
  flash: boolean;
  software: string | null;
  strip: boolean;
}

export function calibExif(kind: CalibCase, which: 'before' | 'after'): CalibExif {
  const base: CalibExif = {
    make: 'Apple',
    model: 'iPhone 15',
    date: '2026:01:10 09:30:00',
    flash: false,
    software: null,
    strip: false,
  };
  if (which === 'before') return base;
  const after = { ...base, date: '2026:08:02 10:15:00' };
  switch (kind) {
    case 'meta.camera':
      return { ...after, make: 'samsung', model: 'SM-S911B' };
    case 'meta.flash':
      return { ...after, flash: true };
    case 'meta.dates':
      return { ...after, date: '2025:11:20 08:00:00' };
    case 'meta.edited':
      return { ...after, software: 'Adobe Photoshop 25.1 (Windows)' };
    case 'meta.missing':
      return { ...after, strip: true };
    default:
      return after;
  }
}

/** Encodes RGB as JPEG with the given EXIF (or none). */
export async function encodeJpeg(img: RgbImage, quality: number, exif: CalibExif): Promise<Buffer> {
  const s = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } }).jpeg({ quality });
  if (exif.strip) return s.toBuffer();
  return s
    .withExif({
      IFD0: { Make: exif.make, Model: exif.model, ...(exif.software ? { Software: exif.software } : {}) },
      IFD2: { DateTimeOriginal: exif.date, Flash: exif.flash ? '9' : '16' },
    })
    .toBuffer();
}

/** Adds Gaussian-ish noise (sum of uniforms) of standard deviation `sigma` codes. */
export function addNoise(img: RgbImage, sigma: number, rand: () => number): RgbImage {
  const out = new Uint8Array(img.data.length);
  const k = sigma * Math.sqrt(12 / 4);
  for (let i = 0; i < out.length; i++) {
    const n = (rand() + rand() + rand() + rand() - 2) * k;
    out[i] = Math.max(0, Math.min(255, Math.round((img.data[i] as number) + n)));
  }
  return { width: img.width, height: img.height, data: out };
}

/**
 * Renders the after photo: the camera move as a homography plus, for a retake, a smooth random shift of
 * the content of 1-3 px at 640 px
 * (hair and skin never sit exactly where they did; strands shift by about their own width).
 */
export function reshoot(cv: Cv, src: RgbImage, shot: CalibShot, rand: () => number): RgbImage {
  const { width, height } = src;
  // before px -> after px; sampling needs after px -> before px.
  const fwd = homography<'beforeWork', 'afterWork'>(
    regShotHomography({ ...shot, ev: 0, quality: 90 }, width, height),
  );
  const inv = invert(fwd) as unknown as number[];
  const waves = shot.retake
    ? Array.from({ length: 6 }, () => {
        // Wavelengths of 40-120 px: strands and skin folds slide against each other, not the whole head.
        const len = 40 + rand() * 80;
        const dir = rand() * 2 * Math.PI;
        return {
          kx: (Math.cos(dir) * 2 * Math.PI) / len,
          ky: (Math.sin(dir) * 2 * Math.PI) / len,
          ph: rand() * 2 * Math.PI,
          ax: (rand() - 0.5) * 2,
          ay: (rand() - 0.5) * 2,
        };
      })
    : [];
  const mapX = new Float32Array(width * height);
  const mapY = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let dx = 0;
      let dy = 0;
      for (const w of waves) {
        const s = Math.sin(w.kx * x + w.ky * y + w.ph);
        dx += w.ax * s;
        dy += w.ay * s;
      }
      const wz = (inv[6] as number) * x + (inv[7] as number) * y + (inv[8] as number);
      const i = y * width + x;
      mapX[i] = ((inv[0] as number) * x + (inv[1] as number) * y + (inv[2] as number)) / wz + dx;
      mapY[i] = ((inv[3] as number) * x + (inv[4] as number) * y + (inv[5] as number)) / wz + dy;
    }
  return withMats((keep) => {
    const s = keep(cv.matFromArray(height, width, cv.CV_8UC3, src.data as unknown as number[]));
    const mx = keep(cv.matFromArray(height, width, cv.CV_32F, mapX as unknown as number[]));
    const my = keep(cv.matFromArray(height, width, cv.CV_32F, mapY as unknown as number[]));
    const d = keep(new cv.Mat());
    cv.remap(s, d, mx, my, cv.INTER_LINEAR, cv.BORDER_REFLECT, new cv.Scalar());
    return { width, height, data: new Uint8Array(d.data) };
  });
}

/** Writes before.jpg and after.jpg for one case into `dir`. `other` is a different photo for mismatch. */
export async function writeCalibPair(
  cv: Cv,
  dir: string,
  photo: RgbImage,
  other: RgbImage,
  kind: CalibCase,
  rand: () => number,
): Promise<{ before: string; after: string; shot: CalibShot }> {
  const u = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const shot = calibShot(kind, u);
  const beforeImg = addNoise(photo, 1.5, rand);
  let after = kind === 'pair.mismatch' ? other : reshoot(cv, photo, shot, rand);
  after = gainLinear(after, [2 ** shot.ev * shot.red, 2 ** shot.ev, 2 ** shot.ev * shot.blue]);
  if (shot.retake) after = addNoise(after, 1.5, rand);
  let pipeline = sharp(after.data, { raw: { width: after.width, height: after.height, channels: 3 } });
  if (kind === 'pose.mirrored') pipeline = pipeline.flop(); // a front camera's selfie, or a flip in editing
  if (shot.blurSigma > 0) pipeline = pipeline.blur(shot.blurSigma);
  if (shot.shrink > 1) pipeline = pipeline.resize(Math.round(after.width / shot.shrink));
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  const afterFinal = { width: info.width, height: info.height, data: new Uint8Array(data) };
  const beforePath = join(dir, 'before.jpg');
  const afterPath = join(dir, 'after.jpg');
  await writeFile(beforePath, await encodeJpeg(beforeImg, 92, calibExif(kind, 'before')));
  await writeFile(afterPath, await encodeJpeg(afterFinal, shot.quality, calibExif(kind, 'after')));
  return { before: beforePath, after: afterPath, shot };
}
