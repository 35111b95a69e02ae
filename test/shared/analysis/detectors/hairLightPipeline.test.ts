import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import { analyzePair } from '../../../../shared/analysis/pipeline/analyzePair.js';
import { DETECTORS } from '../../../../shared/analysis/detectors/registry.js';
import type { FlagId } from '../../../../shared/contract/flags.js';
import type { ScalpParams } from '../../../tools/resolveScalpParams.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { FRONT_LIT_HEAD } from '../../../tools/frontLitHead.js';
import { warpHomography } from '../../../tools/warpHomography.js';
import { noisyCopy } from '../hair/noisyCopy.js';
import { photo } from './cleanPair.js';

let cv: Cv;
beforeAll(async () => {
  cv = await loadOpenCv();
});

const HEAD: ScalpParams = FRONT_LIT_HEAD;

/** A careful re-shoot of `img` (1.2 deg roll, 2% closer, a few px off) with fresh sensor noise. */
function reshoot(img: RgbImage, stream: number): RgbImage {
  const a = (1.2 * Math.PI) / 180;
  const s = 1.02;
  const [c, d] = [s * Math.cos(a), s * Math.sin(a)];
  // before px -> after px about the centre, inverted for the sampler (after px -> before px).
  const fwd = [c, -d, 224 - c * 224 + d * 224 + 4, d, c, 224 - d * 224 - c * 224 - 3, 0, 0, 1];
  const det = fwd[0]! * fwd[4]! - fwd[1]! * fwd[3]!;
  const inv = [
    fwd[4]! / det,
    -fwd[1]! / det,
    (fwd[1]! * fwd[5]! - fwd[4]! * fwd[2]!) / det,
    -fwd[3]! / det,
    fwd[0]! / det,
    (fwd[3]! * fwd[2]! - fwd[0]! * fwd[5]!) / det,
    0,
    0,
    1,
  ];
  return noisyCopy(warpHomography(img, inv, { fill: [196, 188, 176] }), 7, stream);
}

function flagsOf(before: RgbImage, after: RgbImage) {
  const { report } = analyzePair(
    cv,
    { info: photo('before.jpg', { width: 448, height: 448 }), work: before },
    { info: photo('after.jpg', { width: 448, height: 448 }), work: after },
    { toolVersion: 'test', createdAt: '2026-01-01T00:00:00Z' },
  );
  return report;
}

const expected = (id: FlagId) =>
  DETECTORS.find((d) => d.meta.id === id)!.meta.experimental ? 'info' : 'warning';

describe('light.direction through the whole pipeline', () => {
  let before: RgbImage;
  beforeAll(() => {
    before = noisyCopy(renderScalp(HEAD), 7, 1);
  });

  it('stays quiet on a re-shoot under the same light', () => {
    const report = flagsOf(before, reshoot(renderScalp(HEAD), 2));
    expect(report.alignment.status).toBe('aligned');
    expect(report.flags.map((f) => f.id)).not.toContain('light.direction');
  });

  it('fires on a re-shoot lit from overhead, which aligns', () => {
    const report = flagsOf(before, reshoot(renderScalp({ ...HEAD, lightElevationDeg: 88 }), 3));
    expect(report.alignment.status).toBe('aligned');
    expect(report.alignment.confidence).toBeGreaterThanOrEqual(0.5);
    const flag = report.flags.find((f) => f.id === 'light.direction');
    expect(flag?.severity).toBe(expected('light.direction'));
  });
});
