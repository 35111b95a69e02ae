import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import { withMats } from '../../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import { toGray } from '../../../../shared/analysis/image.js';
import { hairFields } from '../../../../shared/analysis/hair/hairFields.js';
import { measureHair } from '../../../../shared/analysis/hair/measureHair.js';
import { strandLength } from '../../../../shared/analysis/hair/strandLength.js';
import { hairLengthValue } from '../../../../shared/analysis/detectors/hair-length/detect.js';
import { meta } from '../../../../shared/analysis/detectors/hair-length/meta.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import type { ScalpParams } from '../../../tools/renderScalp.js';
import { noisyCopy } from './noisyCopy.js';

const SIZE = 384;
const BASE: ScalpParams = {
  width: SIZE,
  height: SIZE,
  seed: 11,
  density: 32,
  strandLengthPx: 50,
  lightElevationDeg: 40,
  lightAzimuthDeg: 190,
};
const WARNING = meta.threshold.warning as number;

let cv: Cv;
let before: RgbImage;
const mask = new Uint8Array(SIZE * SIZE).fill(1);

const noisy = (img: RgbImage, stream: number): RgbImage => noisyCopy(img, 31, stream);

/** Moves an image by a sub-pixel amount with bilinear interpolation, as the pipeline's warp resamples. */
function shifted(img: RgbImage, dx: number, dy: number): RgbImage {
  return withMats((keep) => {
    const src = keep(cv.matFromArray(img.height, img.width, cv.CV_8UC3, img.data as unknown as number[]));
    const m = keep(cv.matFromArray(2, 3, cv.CV_64F, [1, 0, dx, 0, 1, dy]));
    const dst = keep(new cv.Mat());
    cv.warpAffine(src, dst, m, new cv.Size(img.width, img.height), cv.INTER_LINEAR, cv.BORDER_REFLECT);
    return { width: img.width, height: img.height, data: new Uint8Array(dst.data) };
  });
}

/** hair.length's value for the before against an after rendered with `change`, re-shot and warped. */
function value(change: ScalpParams, stream: number): number | null {
  const after = shifted(noisy(renderScalp({ ...BASE, ...change }), stream), 0.37, 0.58);
  return hairLengthValue(measureHair(cv, before, after, mask, [1, 1, 1]));
}

beforeAll(async () => {
  cv = await loadOpenCv();
  before = noisy(renderScalp(BASE), 1);
});

describe('strandLength on rendered heads', () => {
  // hair.length's value (v5, lengthModel.ts) when written: 2.5 for the re-shot copy (threshold 5.1).
  it('reads a re-shot, warped copy of the same head as unchanged', () => {
    const v = value({}, 2);
    expect(v).not.toBeNull();
    expect(v!).toBeLessThan(WARNING);
  });

  it('sees hair cut to half its length (hair.length v5)', () => {
    // When written: 7.3 cut to half, 6.3 to 0.6 times; grown to twice the length this head reads 4.7, under
    // the threshold (v5 misses some growths: 1 of 20 length renders in bench/hair.ts tune and holdout).
    expect(value({ strandLengthPx: 25 }, 3)!).toBeGreaterThanOrEqual(WARNING);
  });

  it('stays quiet when only the number of strands changes by a fifth (hair.length v5)', () => {
    // When written: 2.7 with a fifth more strands, 4.6 with a fifth fewer (threshold 5.1).
    expect(value({ density: 32 * 1.2 }, 4)!).toBeLessThan(WARNING);
    expect(value({ density: 32 * 0.8 }, 5)!).toBeLessThan(WARNING);
  });

  it('reads the before half a pixel off as the same photo resampled half a pixel', () => {
    // The band-pass is linear, so reading it half a pixel off is resampling the photo first; what is
    // left is the filters' border and the 8-bit rounding of the resampled copy.
    const s = SIZE / 640;
    const f = hairFields(cv, toGray(before), { scale: s });
    const g = hairFields(cv, toGray(shifted(before, -0.5, -0.5)), { scale: s });
    const region = new Uint8Array(SIZE * SIZE);
    for (let y = 20; y < SIZE - 20; y++) region.fill(1, y * SIZE + 20, y * SIZE + SIZE - 20);
    const half = strandLength(f, region, s, { halfPixel: true });
    // 48.9 against 49.7 px when written.
    expect(Math.abs(half / strandLength(g, region, s) - 1)).toBeLessThan(0.03);
  });

  it('reads the same runs after an exposure change (the ridge threshold follows the contrast)', () => {
    const s = SIZE / 640;
    const darker = { ...before, data: before.data.map((v) => Math.round(v * 0.7)) };
    const a = strandLength(hairFields(cv, toGray(before), { scale: s }), mask, s);
    const b = strandLength(hairFields(cv, toGray(darker), { scale: s }), mask, s);
    expect(Math.abs(b / a - 1)).toBeLessThan(0.03);
  });

  it('is 0 where no strand is', () => {
    const flat: RgbImage = { width: 64, height: 64, data: new Uint8Array(64 * 64 * 3).fill(128) };
    const f = hairFields(cv, toGray(flat), { scale: 0.1 });
    expect(strandLength(f, new Uint8Array(64 * 64).fill(1), 0.1)).toBe(0);
  });
});
