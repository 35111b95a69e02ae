import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { GrayImage } from '../../../../shared/analysis/image.js';
import { toGray } from '../../../../shared/analysis/image.js';
import { registerPair } from '../../../../shared/analysis/register/registerPair.js';
import { homography, invert, meanCornerError } from '../../../../shared/geometry/homography.js';
import type { ScalpParams } from '../../../tools/resolveScalpParams.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { similarityAbout, warp } from './texture.js';

let cv: Cv;
beforeAll(async () => {
  cv = await loadOpenCv();
});

/**
 * The head bench/hair.ts --split tune drew for seed 18 (renderBase): lit from the front at 45 deg. Its
 * re-shoot under light from overhead aligned 7.35% of the diagonal off, at confidence 0.69, before ECC's
 * coarse levels ran on lighting-normalized images.
 */
const HEAD: ScalpParams = {
  width: 448,
  height: 448,
  seed: 18,
  density: 38.4,
  strandLengthPx: 73.4,
  strandWidthPx: 1.19,
  curl: 0.24,
  hairRgb: [120, 112, 106],
  skinRgb: [205, 160, 130],
  thinning: [{ center: [-0.02, -0.13], radius: 0.38, amount: 0.62 }],
  orientation: { kind: 'whorl', center: [-0.058, -0.119], twistDeg: 34 },
  lightAzimuthDeg: 228.3,
  lightElevationDeg: 45.1,
};

/** Careful re-shoots (before px -> after px): a degree or two of roll, 1-2% closer, a few px of shift. */
const SHOTS = [similarityAbout(448, 448, 1.5, 1.02, 5, -4), similarityAbout(448, 448, 0.8, 1.01, 2, 6)];

function errorOf(reg: ReturnType<typeof registerPair>, h: number[]): number {
  const truth = invert(homography<'beforeWork', 'afterWork'>(h));
  return reg.matrix ? meanCornerError(reg.matrix, truth, 448, 448) / Math.hypot(448, 448) : Infinity;
}

describe('registerPair under a change of light', () => {
  let before: GrayImage;
  let relit: GrayImage;
  beforeAll(() => {
    before = toGray(renderScalp(HEAD));
    relit = toGray(renderScalp({ ...HEAD, lightElevationDeg: 88 }));
  });

  it('aligns re-shoots of a render relit from overhead, confidently', () => {
    for (const h of SHOTS) {
      const reg = registerPair(cv, before, warp(cv, relit, h));
      expect(reg.status).toBe('aligned');
      expect(errorOf(reg, h)).toBeLessThan(0.005);
      expect(reg.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('loses them when ECC refines the plain images, whose coarse levels follow the shading', () => {
    // The case above is hard only for this reason: without lighting-normalized coarse levels, neither
    // re-shoot aligns, and neither is reported as aligned with a wrong transform.
    for (const h of SHOTS) {
      const reg = registerPair(cv, before, warp(cv, relit, h), { lightRobustSide: 0 });
      expect(reg.status === 'failed' || errorOf(reg, h) > 0.005).toBe(true);
      if (reg.status === 'aligned' && errorOf(reg, h) > 0.01) expect(reg.confidence).toBeLessThan(0.25);
    }
  });
});
