/**
 * Synthetic before/after pairs with known truth for the registration benchmark: a real photo, and the
 * same photo as if re-shot (camera roll, distance, tilt, shift), re-exposed and re-encoded as JPEG.
 */
import sharp from 'sharp';
import { rng } from '../../test/helpers/synthetic.js';
import type { Cv } from '../../shared/analysis/cv.js';
import { withMats } from '../../shared/analysis/cv.js';
import type { GrayImage, RgbImage } from '../../shared/analysis/image.js';
import { toGray } from '../../shared/analysis/image.js';
import type { Homography } from '../../shared/geometry/homography.js';
import { homography, invert } from '../../shared/geometry/homography.js';

export interface RegShot {
  /** In-plane camera roll, degrees. */
  readonly rotation: number;
  readonly scale: number;
  /** Camera tilt about an in-plane axis, degrees, and that axis' direction, radians. */
  readonly tilt: number;
  readonly tiltAxis: number;
  /** Shift, share of the image size. */
  readonly tx: number;
  readonly ty: number;
  /** Exposure change in stops, applied in linear light. */
  readonly ev: number;
  readonly quality: number;
}

export interface RegPair {
  readonly name: string;
  readonly before: GrayImage;
  readonly after: GrayImage;
  /** after px -> before px; null for mismatched pairs (no truth exists). */
  readonly truth: Homography<'afterWork', 'beforeWork'> | null;
  readonly shot: RegShot;
}

/** A seeded generator (mulberry32, shared with the tests), so that `--seed` reproduces the pairs. */
export const regRandom = rng;

export function regRandomShot(rand: () => number, wide = 1): RegShot {
  const u = (lo: number, hi: number): number => lo + (hi - lo) * rand();
  return {
    rotation: u(-12, 12) * wide,
    scale: Math.exp(u(Math.log(0.85), Math.log(1.15)) * wide),
    tilt: u(0, 8) * wide,
    tiltAxis: u(0, Math.PI),
    tx: u(-0.04, 0.04) * wide,
    ty: u(-0.04, 0.04) * wide,
    ev: u(-0.8, 0.8) * wide,
    quality: Math.round(u(70, 95)),
  };
}

/**
 * The camera motion as a homography before px -> after px: a rotation of a 28 mm-equivalent camera
 * about an in-plane axis (perspective tilt), then roll, zoom and shift about the image centre.
 */
export function regShotHomography(shot: RegShot, width: number, height: number): number[] {
  const cx = width / 2;
  const cy = height / 2;
  const f = (28 / 43.27) * Math.hypot(width, height);
  const t = (shot.tilt * Math.PI) / 180;
  const ux = Math.cos(shot.tiltAxis);
  const uy = Math.sin(shot.tiltAxis);
  const c = Math.cos(t);
  const s = Math.sin(t);
  // Rodrigues for a unit axis (ux, uy, 0).
  const r = [
    c + ux * ux * (1 - c),
    ux * uy * (1 - c),
    uy * s,
    ux * uy * (1 - c),
    c + uy * uy * (1 - c),
    -ux * s,
    -uy * s,
    ux * s,
    c,
  ];
  const k = [f, 0, cx, 0, f, cy, 0, 0, 1];
  const kInv = [1 / f, 0, -cx / f, 0, 1 / f, -cy / f, 0, 0, 1];
  const a = (shot.rotation * Math.PI) / 180;
  const sc = shot.scale;
  const roll = [sc * Math.cos(a), -sc * Math.sin(a), 0, sc * Math.sin(a), sc * Math.cos(a), 0, 0, 0, 1];
  const toC = [1, 0, -cx, 0, 1, -cy, 0, 0, 1];
  const back = [1, 0, cx + shot.tx * width, 0, 1, cy + shot.ty * height, 0, 0, 1];
  const h = mul(back, mul(roll, mul(toC, mul(k, mul(r, kInv)))));
  return h.map((v) => v / (h[8] as number));
}

export async function regLoadRgb(path: string | Buffer): Promise<RgbImage> {
  const { data, info } = await sharp(path)
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}

export interface RegHarden {
  /** Gaussian sensor noise added to the after photo, 8-bit levels (sigma). */
  readonly noise: number;
  /** Gaussian blur of the after photo (focus, shake), px sigma. */
  readonly blur: number;
  /** Uneven light: exposure varies linearly across the after photo by +-this many stops. */
  readonly shading?: number;
  /** Non-planar scalp: a smooth displacement field of up to this many px on top of the homography. */
  readonly wobble?: number;
  readonly seed: number;
}

/**
 * Re-shoots `src` with `shot`: warp, exposure in linear light, optional blur and sensor noise (a real
 * second photo never repeats the first one's noise), JPEG round trip. Returns gray.
 */
export async function regReshoot(
  cv: Cv,
  src: RgbImage,
  shot: RegShot,
  harden?: RegHarden,
): Promise<{ gray: GrayImage; h: number[] }> {
  const h = regShotHomography(shot, src.width, src.height);
  const warped = withMats((keep) => {
    const m = keep(new cv.Mat(src.height, src.width, cv.CV_8UC3));
    m.data.set(src.data);
    const out = keep(new cv.Mat());
    const hm = keep(cv.matFromArray(3, 3, cv.CV_64F, h));
    cv.warpPerspective(
      m,
      out,
      hm,
      new cv.Size(src.width, src.height),
      cv.INTER_LINEAR,
      cv.BORDER_CONSTANT,
      new cv.Scalar(0, 0, 0, 0),
    );
    if (harden && (harden.wobble ?? 0) > 0)
      wobble(cv, out, harden.wobble ?? 0, regRandom(harden.seed + 7), keep);
    if (harden && harden.blur > 0) cv.GaussianBlur(out, out, new cv.Size(0, 0), harden.blur);
    return Uint8Array.from(out.data);
  });
  const rand = regRandom(harden?.seed ?? 1);
  const sigma = harden?.noise ?? 0;
  const shade = harden?.shading ?? 0;
  const dir = rand() * 2 * Math.PI;
  const toLin = new Float64Array(256);
  for (let v = 0; v < 256; v++) {
    const x = v / 255;
    toLin[v] = x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  }
  const { width, height } = src;
  for (let y = 0, i = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      // Exposure in linear light, optionally varying across the frame (light from one side).
      const t = ((x / width - 0.5) * Math.cos(dir) + (y / height - 0.5) * Math.sin(dir)) * 2;
      const gain = 2 ** (shot.ev + shade * t);
      for (let c = 0; c < 3; c++, i++) {
        const lin = Math.min(1, (toLin[warped[i] as number] as number) * gain);
        let v = (lin <= 0.0031308 ? lin * 12.92 : 1.055 * lin ** (1 / 2.4) - 0.055) * 255;
        if (sigma > 0) {
          // Box-Muller.
          v += sigma * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
        }
        warped[i] = Math.max(0, Math.min(255, Math.round(v)));
      }
    }
  const jpeg = await sharp(warped, { raw: { width: src.width, height: src.height, channels: 3 } })
    .jpeg({ quality: shot.quality })
    .toBuffer();
  const back = await regLoadRgb(jpeg);
  return { gray: toGray(back), h };
}

/** Displaces `img` in place by a smooth random field (two low-frequency waves per axis, peak `amp` px). */
function wobble(
  cv: Cv,
  img: InstanceType<Cv['Mat']>,
  amp: number,
  rand: () => number,
  keep: <M extends { delete(): void }>(m: M) => M,
): void {
  const w = img.cols;
  const h = img.rows;
  const mapX = keep(new cv.Mat(h, w, cv.CV_32FC1));
  const mapY = keep(new cv.Mat(h, w, cv.CV_32FC1));
  const waves = Array.from({ length: 4 }, () => ({
    fx: 0.5 + rand() * 1.5,
    fy: 0.5 + rand() * 1.5,
    ph: rand() * 6.28,
  }));
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const u = x / w;
      const v = y / h;
      const [a, b, c, d] = waves as [
        (typeof waves)[0],
        (typeof waves)[0],
        (typeof waves)[0],
        (typeof waves)[0],
      ];
      const dx =
        Math.sin(6.28 * (a.fx * u + a.fy * v) + a.ph) + Math.sin(6.28 * (b.fx * u - b.fy * v) + b.ph);
      const dy =
        Math.sin(6.28 * (c.fx * u + c.fy * v) + c.ph) + Math.sin(6.28 * (d.fx * u - d.fy * v) + d.ph);
      mapX.data32F[y * w + x] = x + (amp / 2) * dx;
      mapY.data32F[y * w + x] = y + (amp / 2) * dy;
    }
  const out = keep(new cv.Mat());
  cv.remap(img, out, mapX, mapY, cv.INTER_LINEAR, cv.BORDER_CONSTANT, new cv.Scalar(0, 0, 0, 0));
  out.copyTo(img);
}

/** Truth for the registration (after -> before) from the shot homography (before -> after). */
export function regTruth(h: number[]): Homography<'afterWork', 'beforeWork'> {
  return invert(homography<'beforeWork', 'afterWork'>(h));
}

function mul(a: readonly number[], b: readonly number[]): number[] {
  const r = new Array<number>(9).fill(0);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += (a[i * 3 + k] as number) * (b[k * 3 + j] as number);
      r[i * 3 + j] = s;
    }
  return r;
}
