import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { GrayImage, RgbImage } from '../../../../shared/analysis/image.js';
import { analyzePair } from '../../../../shared/analysis/pipeline/analyzePair.js';
import { mirrorGray } from '../../../../shared/analysis/register/mirrorGray.js';
import { registerEitherWay } from '../../../../shared/analysis/register/registerEitherWay.js';
import { registerPair } from '../../../../shared/analysis/register/registerPair.js';
import {
  compose,
  homography,
  invert,
  meanCornerError,
  mirroring,
} from '../../../../shared/geometry/homography.js';
import { photo } from '../detectors/cleanPair.js';
import { similarityAbout, texture, warp } from './texture.js';

let cv: Cv;
beforeAll(async () => {
  cv = await loadOpenCv();
});

/** A re-shoot of `before` (known before px -> after px), flipped left to right when `mirrored`. */
function reshot(before: GrayImage, h: readonly number[], mirrored: boolean): GrayImage {
  const after = warp(cv, before, h, 1.1);
  return mirrored ? mirrorGray(after) : after;
}

/** The truth (after px -> before px) for the pair reshot() made. */
function truthOf(h: readonly number[], width: number, mirrored: boolean) {
  const t = invert(homography<'beforeWork', 'afterWork'>(h));
  return mirrored ? compose(mirroring<'afterWork', 'afterWork'>(width), t) : t;
}

const det2 = (m: readonly number[]) =>
  (m[0] as number) * (m[4] as number) - (m[1] as number) * (m[3] as number);

function rgb(g: GrayImage): RgbImage {
  const data = new Uint8Array(g.width * g.height * 3);
  for (let i = 0; i < g.data.length; i++) {
    const v = g.data[i] as number;
    data.set([Math.min(255, v + 20), v, Math.max(0, v - 25)], 3 * i);
  }
  return { width: g.width, height: g.height, data };
}

describe('mirrorGray', () => {
  it('flips each row and leaves the source as it was', () => {
    const img = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect([...mirrorGray(img).data]).toEqual([3, 2, 1, 6, 5, 4]);
    expect([...img.data]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('registerEitherWay', () => {
  it('finds a mirrored re-shoot flipped back, with a reflecting matrix that maps the photo as it is', () => {
    const before = texture(31);
    const h = similarityAbout(400, 400, 7, 1.06, 10, -6);
    const after = reshot(before, h, true);
    // As it is, the mirror image does not line up with the before photo.
    expect(registerPair(cv, before, after).status).toBe('failed');
    const stages: string[] = [];
    const { reg, mirrored } = registerEitherWay(cv, before, after, {}, (_f, s) => stages.push(s));
    expect(reg.status).toBe('aligned');
    expect(mirrored).not.toBeNull();
    expect(det2(reg.matrix!)).toBeLessThan(0);
    const err = meanCornerError(reg.matrix!, truthOf(h, 400, true), 400, 400) / Math.hypot(400, 400);
    expect(err).toBeLessThan(0.005);
    expect(reg.reason).toMatch(/mirror image/);
    expect(reg.method).toMatch(/after photo mirrored/);
    expect(stages).toContain('mirror:prepare');
  });

  it('leaves a pair that aligns as it is exactly as registerPair registers it, without trying the mirror', () => {
    const before = texture(32);
    const after = reshot(before, similarityAbout(400, 400, -5, 0.95, 4, 8), false);
    const stages: string[] = [];
    const either = registerEitherWay(cv, before, after, {}, (_f, s) => stages.push(s));
    expect(either.mirrored).toBeNull();
    expect(either.reg).toEqual(registerPair(cv, before, after));
    expect(stages.some((s) => s.startsWith('mirror:'))).toBe(false);
  });

  it('fails two different images both ways, and says the mirror was tried', () => {
    const before = texture(33);
    const other = reshot(texture(34), similarityAbout(400, 400, 3, 1, 0, 0), false);
    const either = registerEitherWay(cv, before, other);
    expect(either.reg.status).toBe('failed');
    expect(either.mirrored).toBeNull();
    expect(either.reg.method).toMatch(/mirror image tried too/);
    const plain = registerEitherWay(cv, before, other, { mirror: false });
    expect(plain.reg.method).not.toMatch(/mirror/);
  });

  it('flags pose.mirrored through the pipeline, and reads the camera change from the flipped-back fit', () => {
    const g = texture(35, 448, 448);
    const h = similarityAbout(448, 448, 6, 1.05, 5, -4);
    const before = rgb(g);
    const after = rgb(reshot(g, h, true));
    const analyze = (a: RgbImage) =>
      analyzePair(
        cv,
        { info: photo('before.jpg', { width: 448, height: 448 }), work: before },
        { info: photo('after.jpg', { width: 448, height: 448 }), work: a },
        { toolVersion: 'test', createdAt: '2026-01-01T00:00:00Z' },
      ).report;
    const report = analyze(after);
    expect(report.alignment.status).toBe('aligned');
    expect(det2(report.alignment.matrix!)).toBeLessThan(0);
    expect(report.flags.map((f) => f.id)).toContain('pose.mirrored');
    expect(report.flags.find((f) => f.id === 'pose.mirrored')!.severity).toBe('warning');
    // The after photo is the before turned 6 deg and 5% larger (before px -> after px), then flipped.
    expect(Math.abs(report.alignment.rotationDeg!)).toBeGreaterThan(5);
    expect(Math.abs(report.alignment.rotationDeg!)).toBeLessThan(7);
    expect(report.alignment.overlap!.before).toBeGreaterThan(0.8);
    expect(report.alignment.overlap!.after).toBeGreaterThan(0.8);
    // A person's landmarks that describe the same reflection give the same reading.
    const { report: manual } = analyzePair(
      cv,
      { info: photo('before.jpg', { width: 448, height: 448 }), work: before },
      { info: photo('after.jpg', { width: 448, height: 448 }), work: after },
      {
        toolVersion: 'test',
        createdAt: '2026-01-01T00:00:00Z',
        manual: { matrix: homography<'after', 'before'>(truthOf(h, 448, true)), model: 'affine' },
      },
    );
    expect(manual.flags.map((f) => f.id)).toContain('pose.mirrored');
    expect(manual.alignment.rotationDeg!).toBeCloseTo(report.alignment.rotationDeg!, 0);
    expect(manual.alignment.overlap!.before).toBeGreaterThan(0.8);
    // Quiet on the same re-shoot as it was taken.
    const plain = analyze(rgb(reshot(g, h, false)));
    expect(plain.alignment.status).toBe('aligned');
    expect(plain.flags.map((f) => f.id)).not.toContain('pose.mirrored');
  });
});
