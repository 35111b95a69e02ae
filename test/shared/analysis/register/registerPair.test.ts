import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { GrayImage } from '../../../../shared/analysis/image.js';
import { registerPair } from '../../../../shared/analysis/register/registerPair.js';
import { homography, invert, meanCornerError } from '../../../../shared/geometry/homography.js';
import { similarityAbout, texture, warp } from './texture.js';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/scalp-photos');

let cv: Cv;
beforeAll(async () => {
  cv = await loadOpenCv();
});

/** Relative corner error of the registration against the truth (after -> before), share of the diagonal. */
function errorOf(
  reg: ReturnType<typeof registerPair>,
  beforeToAfter: readonly number[],
  img: GrayImage,
): number {
  expect(reg.matrix).not.toBeNull();
  const truth = invert(homography<'beforeWork', 'afterWork'>(beforeToAfter));
  return meanCornerError(reg.matrix!, truth, img.width, img.height) / Math.hypot(img.width, img.height);
}

/** A perspective re-shoot: similarity about the centre plus small projective terms. */
function reshoot(
  w: number,
  h: number,
  deg: number,
  s: number,
  tx: number,
  ty: number,
  g: number,
  k: number,
): number[] {
  const m = similarityAbout(w, h, deg, s, tx, ty);
  // Right-multiply by a centred pure perspective [1 0 0; 0 1 0; g k 1].
  const cx = w / 2;
  const cy = h / 2;
  const p = [1 - g * cx, -k * cx, 0, -g * cy, 1 - k * cy, 0, g, k, 1].map((v) => v);
  p[2] = cx * (g * cx + k * cy);
  p[5] = cy * (g * cx + k * cy);
  p[8] = 1 - g * cx - k * cy;
  const r = new Array<number>(9).fill(0);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) for (let q = 0; q < 3; q++) r[i * 3 + j]! += m[i * 3 + q]! * p[q * 3 + j]!;
  return r.map((v) => v / r[8]!);
}

describe('registerPair', () => {
  it('recovers a known rotation, zoom, tilt and exposure change of a textured image', () => {
    const before = texture(11);
    const h = reshoot(400, 400, 9, 1.08, 12, -9, 1.5e-4, -1e-4);
    const after = warp(cv, before, h, 1.3);
    const stages: string[] = [];
    const reg = registerPair(cv, before, after, {}, (_f, s) => stages.push(s));
    expect(reg.status).toBe('aligned');
    expect(errorOf(reg, h, before)).toBeLessThan(0.005);
    expect(reg.confidence).toBeGreaterThanOrEqual(0.5);
    expect(reg.similarity).toBeGreaterThan(0.8);
    expect(reg.inliers).toBeGreaterThan(20);
    expect(stages[0]).toBe('prepare');
    expect(stages.at(-1)).toBe('done');
  });

  it('reports the simplest model that explains a pure similarity', () => {
    const before = texture(12);
    const h = similarityAbout(400, 400, -6, 0.93, -8, 5);
    const reg = registerPair(cv, before, warp(cv, before, h));
    expect(reg.status).toBe('aligned');
    expect(reg.model).toBe('similarity');
    expect(errorOf(reg, h, before)).toBeLessThan(0.005);
  });

  it('aligns without any feature detector, by grid search and ECC', () => {
    const before = texture(13);
    const h = similarityAbout(400, 400, 10, 1.1, 6, 10);
    const reg = registerPair(cv, before, warp(cv, before, h, 0.8), { detectors: [] });
    expect(reg.status).toBe('aligned');
    expect(reg.method).toMatch(/grid search/);
    expect(errorOf(reg, h, before)).toBeLessThan(0.005);
  });

  it('scales the matrix back to the working images when it registers at a smaller size', () => {
    const before = texture(14, 400, 400);
    const h = similarityAbout(400, 400, 4, 1.05, 5, 5);
    const reg = registerPair(cv, before, warp(cv, before, h), { maxSide: 200 });
    expect(errorOf(reg, h, before)).toBeLessThan(0.005);
  });

  it('registers photos of different sizes and aspect ratios', () => {
    const before = texture(15, 480, 360);
    const h = similarityAbout(480, 360, -5, 1.1, -20, 30);
    const after = warp(cv, before, h, 1, { width: 360, height: 420 });
    const reg = registerPair(cv, before, after);
    expect(reg.status).toBe('aligned');
    const truth = invert(homography<'beforeWork', 'afterWork'>(h));
    expect(meanCornerError(reg.matrix!, truth, 360, 420) / Math.hypot(480, 360)).toBeLessThan(0.005);
  });

  it('does not confidently align two different images', () => {
    const reg = registerPair(cv, texture(21), warp(cv, texture(22), similarityAbout(400, 400, 3, 1, 0, 0)));
    expect(reg.status === 'failed' || reg.confidence < 0.5).toBe(true);
    if (reg.status === 'failed') {
      expect(reg.matrix).toBeNull();
      expect(reg.reason).toBeTruthy();
    }
  });

  it('fails with a reason, and no matrix, on featureless images', () => {
    const flat = { width: 200, height: 200, data: new Uint8Array(200 * 200).fill(128) };
    const reg = registerPair(cv, flat, flat);
    expect(reg.status).toBe('failed');
    expect(reg.matrix).toBeNull();
    expect(reg.model).toBeNull();
    expect(reg.confidence).toBeLessThan(0.25);
    expect(reg.reason).toMatch(/no consistent feature matches/);
  });

  it('rejects buffers that do not match their size', () => {
    const img = texture(1, 64, 64);
    expect(() => registerPair(cv, img, { width: 64, height: 63, data: img.data })).toThrow(
      /after: expected 64x63x1/,
    );
  });

  const photos = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.endsWith('.jpg')) : [];
  it.skipIf(photos.length < 2)(
    'registers a real scalp photo re-shot, and rejects a different one',
    async () => {
      const load = async (f: string): Promise<GrayImage> => {
        const { data, info } = await sharp(join(dataDir, f))
          .greyscale()
          .raw()
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, data: new Uint8Array(data) };
      };
      const before = await load('1-Top-Down.jpg');
      const h = reshoot(before.width, before.height, -7, 0.92, 15, 10, 1e-4, 5e-5);
      const ok = registerPair(cv, before, warp(cv, before, h, 1.4));
      expect(ok.status).toBe('aligned');
      expect(ok.confidence).toBeGreaterThanOrEqual(0.5);
      expect(errorOf(ok, h, before)).toBeLessThan(0.005);
      const other = await load('20-Top-Down.jpg');
      const bad = registerPair(cv, before, warp(cv, other, h));
      expect(bad.status === 'failed' || bad.confidence < 0.5).toBe(true);
    },
  );
});
