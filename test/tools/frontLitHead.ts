/**
 * A thinning head lit from the front at 40 deg, as bench/hair.ts draws them (renderBase): the head the
 * hair pipeline tests re-shoot, relight and wet.
 */
import type { ScalpParams } from './resolveScalpParams.js';

export const FRONT_LIT_HEAD: ScalpParams = {
  width: 448,
  height: 448,
  seed: 7,
  density: 33,
  strandLengthPx: 60,
  strandWidthPx: 1.2,
  curl: 0.2,
  hairRgb: [58, 44, 36],
  skinRgb: [205, 160, 130],
  thinning: [{ center: [0.05, -0.15], radius: 0.42, amount: 0.55 }],
  orientation: { kind: 'whorl', center: [0.05, -0.12], twistDeg: 45 },
  lightAzimuthDeg: 190,
  lightElevationDeg: 40,
};
