import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv, Mat } from '../../../../shared/analysis/cv.js';
import { withMats } from '../../../../shared/analysis/cv.js';
import { buildPyramid } from '../../../../shared/analysis/register/buildPyramid.js';
import { informativeMask } from '../../../../shared/analysis/register/informativeMask.js';
import { rng } from '../../../helpers/synthetic.js';

let cv: Cv;
beforeAll(async () => {
  cv = await loadOpenCv();
});

type Keep = <M extends { delete(): void }>(m: M) => M;

/** The mask as OpenCV makes it: threshold (<= 2), opening and dilation by a 7 x 7 square, inversion. */
function withOpenCv(gray: Mat, keep: Keep): Uint8Array {
  const dark = keep(new cv.Mat());
  cv.threshold(gray, dark, 2, 255, cv.THRESH_BINARY_INV);
  const kernel = keep(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(7, 7)));
  cv.morphologyEx(dark, dark, cv.MORPH_OPEN, kernel);
  cv.dilate(dark, dark, kernel);
  const mask = keep(new cv.Mat());
  cv.bitwise_not(dark, mask);
  return new Uint8Array(mask.data);
}

/**
 * Gray texture with dark specks of 1-6 px (codes 0-2, too small to survive the opening), optionally
 * with one dark square of `block` px at (x, y) (partly outside the image when near an edge).
 */
function scene(keep: Keep, w: number, h: number, seed: number, block?: [number, number, number]): Mat {
  const rand = rng(seed);
  const img = new Uint8Array(w * h);
  for (let i = 0; i < img.length; i++) img[i] = 3 + Math.floor(rand() * 200);
  for (let b = 0; b < 40; b++) {
    const cx = Math.floor(rand() * w);
    const cy = Math.floor(rand() * h);
    const r = 1 + Math.floor(rand() * 3);
    for (let y = Math.max(0, cy - r); y < Math.min(h, cy + r); y++)
      for (let x = Math.max(0, cx - r); x < Math.min(w, cx + r); x++) img[y * w + x] = Math.floor(rand() * 3);
  }
  if (block) {
    const [bx, by, side] = block;
    for (let y = Math.max(0, by); y < Math.min(h, by + side); y++)
      for (let x = Math.max(0, bx); x < Math.min(w, bx + side); x++) img[y * w + x] = 0;
  }
  const m = keep(new cv.Mat(h, w, cv.CV_8UC1));
  m.data.set(img);
  return m;
}

describe('informativeMask', () => {
  it("is OpenCV's mask byte for byte, with and without dark areas the opening keeps", () => {
    const cases: [number, number, [number, number, number] | undefined][] = [
      [160, 120, undefined],
      [160, 120, [40, 30, 7]], // exactly the structuring element: survives the opening
      [160, 120, [40, 30, 6]], // one pixel short: removed like a speck
      [160, 120, [-3, 50, 6]], // cut by the left edge: the window's outside part does not count
      [97, 61, [90, 55, 20]], // a corner
      [640, 480, undefined],
    ];
    cases.forEach(([w, h, block], k) =>
      withMats((keep) => {
        const gray = scene(keep, w, h, 3 + k, block);
        expect(new Uint8Array(informativeMask(cv, gray, keep).data)).toEqual(withOpenCv(gray, keep));
      }),
    );
  });

  it('keeps every pixel when the only dark pixels are specks, and drops a dark area with a 3 px rim', () => {
    withMats((keep) => {
      const specks = new Uint8Array(informativeMask(cv, scene(keep, 120, 90, 9), keep).data);
      expect(specks.every((v) => v === 255)).toBe(true);
      const padded = new Uint8Array(informativeMask(cv, scene(keep, 120, 90, 9, [0, 0, 30]), keep).data);
      expect(padded[10 * 120 + 10]).toBe(0);
      expect(padded[10 * 120 + 32]).toBe(0); // the rim
      expect(padded[60 * 120 + 80]).toBe(255);
    });
  });
});

describe('buildPyramid masks', () => {
  it('are null when the mask keeps every pixel, and shrink level by level otherwise', () => {
    withMats((keep) => {
      const clean = scene(keep, 320, 240, 5);
      expect(buildPyramid(cv, clean, 4, keep, informativeMask(cv, clean, keep)).masks).toBeNull();
      const padded = scene(keep, 320, 240, 5, [0, 0, 60]);
      const pyr = buildPyramid(cv, padded, 4, keep, informativeMask(cv, padded, keep));
      expect(pyr.masks).not.toBeNull();
      expect(pyr.masks!.map((m) => [m.cols, m.rows])).toEqual(pyr.images.map((m) => [m.cols, m.rows]));
      expect(pyr.masks![1]!.data[5 * pyr.masks![1]!.cols + 5]).toBe(0);
    });
  });
});
