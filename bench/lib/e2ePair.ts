/**
 * A 12-megapixel before/after pair with known truth for the end-to-end benchmark. Upscaling one 640 px
 * photo to 4000 px would give a soft image with no features at full resolution, so the before photo is
 * a mosaic of many different real photos at about their own scale, with fine noise on top; the after
 * photo is the same scene re-shot through a known homography, brighter by a known exposure, with its
 * own noise, both saved as JPEG quality 90.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { OverlayOptions, Sharp } from 'sharp';
import type { Cv } from '../../shared/analysis/cv.js';
import { withMats } from '../../shared/analysis/cv.js';
import type { Homography } from '../../shared/geometry/homography.js';
import { compose, homography, invert } from '../../shared/geometry/homography.js';
import { projectRoot } from '../../main/engine/version.js';
import { photosDir } from './photos.js';
import { regRandom } from './regSynth.js';

export interface E2ePairOptions {
  /** @default 4000 */
  width?: number;
  /** @default 3000 */
  height?: number;
  /** Camera roll, degrees. @default 6 */
  rotationDeg?: number;
  /** @default 1.05 */
  scale?: number;
  /** Projective terms in centred pixels (1/px): the slight perspective of a tilted camera. @default [8e-6, -5e-6] */
  perspective?: readonly [number, number];
  /** Exposure change of the after photo, stops, in linear light. @default 0.3 */
  ev?: number;
  /** @default 90 */
  jpegQuality?: number;
  /** Sensor-like noise, sigma in 8-bit levels, independent in each photo. @default 2.5 */
  noise?: number;
  /** @default 7 */
  seed?: number;
}

export interface E2ePair {
  before: string;
  after: string;
  width: number;
  height: number;
  /** after px -> before px, full resolution. */
  truth: Homography<'after', 'before'>;
  /** What the scene was built from, for the printout. */
  source: string;
  options: Required<E2ePairOptions>;
}

/** Writes before.jpg and after.jpg into `dir` and returns their truth. */
export async function e2ePair(cv: Cv, dir: string, options: E2ePairOptions = {}): Promise<E2ePair> {
  const o: Required<E2ePairOptions> = {
    width: options.width ?? 4000,
    height: options.height ?? 3000,
    rotationDeg: options.rotationDeg ?? 6,
    scale: options.scale ?? 1.05,
    perspective: options.perspective ?? [8e-6, -5e-6],
    ev: options.ev ?? 0.3,
    jpegQuality: options.jpegQuality ?? 90,
    noise: options.noise ?? 2.5,
    seed: options.seed ?? 7,
  };
  const { width, height } = o;
  const { data: scene, source } = await e2eScene(width, height);
  const rand = regRandom(o.seed);
  const toAfter = shotHomography(o);
  const after = warp(cv, scene, width, height, toAfter);
  applyExposure(after, o.ev);
  addNoise(after, o.noise, rand);
  addNoise(scene, o.noise, rand);
  const jpeg = (px: Uint8Array) =>
    sharp(px, { raw: { width, height, channels: 3 } }).jpeg({ quality: o.jpegQuality });
  const files = { before: join(dir, 'before.jpg'), after: join(dir, 'after.jpg') };
  await Promise.all([jpeg(scene).toFile(files.before), jpeg(after).toFile(files.after)]);
  return { ...files, width, height, truth: invert(toAfter), source, options: o };
}

/** Before px -> after px: roll, zoom and a slight perspective about the image centre. */
function shotHomography(o: Required<E2ePairOptions>): Homography<'before', 'after'> {
  const cx = (o.width - 1) / 2;
  const cy = (o.height - 1) / 2;
  const r = (o.rotationDeg * Math.PI) / 180;
  const c = o.scale * Math.cos(r);
  const s = o.scale * Math.sin(r);
  const [p1, p2] = o.perspective;
  const toCentre = homography<'before', 'before'>([1, 0, -cx, 0, 1, -cy, 0, 0, 1]);
  const motion = homography<'before', 'after'>([c, -s, 0, s, c, 0, p1, p2, 1]);
  const fromCentre = homography<'after', 'after'>([1, 0, cx, 0, 1, cy, 0, 0, 1]);
  return compose(compose(toCentre, motion), fromCentre);
}

/**
 * The scene: a mosaic of real photos (../shared/data/scalp-photos), each a different one, enlarged only
 * 1.25x so their own detail survives; else the rendered demo photo enlarged 2.5x; else smooth noise.
 */
async function e2eScene(width: number, height: number): Promise<{ data: Uint8Array; source: string }> {
  const dir = photosDir();
  const files = dir
    ? readdirSync(dir)
        .filter((f) => f.toLowerCase().endsWith('.jpg'))
        .sort()
    : [];
  let image: Sharp;
  let source: string;
  if (dir && files.length > 0) {
    const tile = 800;
    const cols = Math.ceil(width / tile);
    const rows = Math.ceil(height / tile);
    const tiles: OverlayOptions[] = [];
    for (let i = 0; i < cols * rows; i++) {
      // Spread the picks over the folder so neighbours are different people and views.
      const f = files[(i * 5) % files.length] as string;
      const left = (i % cols) * tile;
      const top = Math.floor(i / cols) * tile;
      // Edge tiles are cut to fit: composite() wants every overlay inside the canvas.
      const input = await sharp(join(dir, f))
        .resize(tile, tile, { fit: 'cover' })
        .flop(i % 2 === 1)
        .removeAlpha()
        .extract({
          left: 0,
          top: 0,
          width: Math.min(tile, width - left),
          height: Math.min(tile, height - top),
        })
        .png({ compressionLevel: 0 })
        .toBuffer();
      tiles.push({ input, left, top });
    }
    image = sharp({ create: { width, height, channels: 3, background: '#000' } }).composite(tiles);
    source = `mosaic of ${cols * rows} real photos from ${dir} (640 px, enlarged 1.25x)`;
  } else {
    const sample = join(projectRoot(), 'assets', 'samples', 'before.jpg');
    if (existsSync(sample)) {
      image = sharp(sample).resize(width, height, { fit: 'cover', kernel: 'lanczos3' });
      source = `${sample} enlarged to ${width}x${height}`;
    } else {
      const rand = regRandom(11);
      const small = new Uint8Array(500 * 375 * 3).map(() => Math.floor(rand() * 256));
      image = sharp(small, { raw: { width: 500, height: 375, channels: 3 } })
        .resize(width, height, { kernel: 'cubic' })
        .blur(2);
      source = 'procedural texture (no real photos and no assets/samples/before.jpg)';
    }
  }
  const { data } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), source };
}

function warp(
  cv: Cv,
  rgb: Uint8Array,
  width: number,
  height: number,
  h: Homography<'before', 'after'>,
): Uint8Array {
  return withMats((keep) => {
    const src = keep(new cv.Mat(height, width, cv.CV_8UC3));
    src.data.set(rgb);
    const dst = keep(new cv.Mat());
    const m = keep(cv.matFromArray(3, 3, cv.CV_64F, [...h]));
    cv.warpPerspective(
      src,
      dst,
      m,
      new cv.Size(width, height),
      cv.INTER_LINEAR,
      cv.BORDER_CONSTANT,
      new cv.Scalar(0, 0, 0, 0),
    );
    return new Uint8Array(dst.data);
  });
}

/** Multiplies linear light by 2^ev, through the sRGB curve, clipping at white. */
function applyExposure(px: Uint8Array, ev: number): void {
  const gain = 2 ** ev;
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    const c = v / 255;
    const lin = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    const l = Math.min(1, lin * gain);
    const out = l <= 0.0031308 ? l * 12.92 : 1.055 * l ** (1 / 2.4) - 0.055;
    lut[v] = Math.round(out * 255);
  }
  for (let i = 0; i < px.length; i++) px[i] = lut[px[i] as number] as number;
}

/** Gaussian noise from a table (64k Box-Muller draws, read at random offsets): fast and reproducible. */
function addNoise(px: Uint8Array, sigma: number, rand: () => number): void {
  if (sigma <= 0) return;
  const n = 1 << 16;
  const table = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const u = Math.max(1e-12, rand());
    table[i] = sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  }
  let k = Math.floor(rand() * n);
  for (let i = 0; i < px.length; i++) {
    if ((i & 4095) === 0) k = Math.floor(rand() * n);
    const v = (px[i] as number) + (table[k++ & (n - 1)] as number);
    px[i] = v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
  }
}
