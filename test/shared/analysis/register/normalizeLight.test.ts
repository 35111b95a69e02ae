import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv, Mat } from '../../../../shared/analysis/cv.js';
import { withMats } from '../../../../shared/analysis/cv.js';
import { buildPyramid } from '../../../../shared/analysis/register/buildPyramid.js';
import { normalizeLight } from '../../../../shared/analysis/register/normalizeLight.js';
import { texture } from './texture.js';

let cv: Cv;
beforeAll(async () => {
  cv = await loadOpenCv();
});

function ncc(a: Mat, b: Mat): number {
  const x = a.data32F;
  const y = b.data32F;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const p = x[i] as number;
    const q = y[i] as number;
    sx += p;
    sy += q;
    sxx += p * p;
    syy += q * q;
    sxy += p * q;
  }
  const n = x.length;
  return (sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
}

describe('normalizeLight', () => {
  it('takes a change of shading out of the coarse levels and passes the fine ones through', () => {
    withMats((keep) => {
      const img = texture(31);
      const plain = keep(new cv.Mat(img.height, img.width, cv.CV_8UC1));
      plain.data.set(img.data);
      // The same scene under another light: a dome, brighter in the middle by up to 2x.
      // (clone() shares the pixels in this OpenCV build; copyTo copies them.)
      const lit = keep(new cv.Mat());
      plain.copyTo(lit);
      for (let y = 0; y < img.height; y++)
        for (let x = 0; x < img.width; x++) {
          const r2 = ((x - 200) ** 2 + (y - 170) ** 2) / 200 ** 2;
          const i = y * img.width + x;
          lit.data[i] = Math.min(
            255,
            Math.round((img.data[i] as number) * (0.55 + 0.55 * Math.max(0, 1 - r2))),
          );
        }
      const a = buildPyramid(cv, plain, 8, keep);
      const b = buildPyramid(cv, lit, 8, keep);
      const na = normalizeLight(cv, a, keep, { maxSide: 100 });
      const nb = normalizeLight(cv, b, keep, { maxSide: 100 });
      // 400, 200 px pass through; 100 and 50 px are normalized.
      expect(na.images[0]).toBe(a.images[0]);
      expect(na.images[1]).toBe(a.images[1]);
      // Measured: 0.92 and 0.88 normalized against 0.18 and less on the plain levels.
      for (const l of [2, 3]) {
        expect(ncc(na.images[l] as Mat, nb.images[l] as Mat)).toBeGreaterThan(0.8);
        expect(ncc(na.images[l] as Mat, nb.images[l] as Mat)).toBeGreaterThan(
          ncc(a.images[l] as Mat, b.images[l] as Mat) + 0.4,
        );
      }
    });
  });
});
