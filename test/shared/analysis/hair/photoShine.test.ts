import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import { photoShine } from '../../../../shared/analysis/hair/photoShine.js';
import { shineWetValue } from '../../../../shared/analysis/detectors/hair-wet/detect.js';
import { meta } from '../../../../shared/analysis/detectors/hair-wet/meta.js';
import { analyzePair } from '../../../../shared/analysis/pipeline/analyzePair.js';
import type { ScalpParams } from '../../../tools/resolveScalpParams.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { FRONT_LIT_HEAD } from '../../../tools/frontLitHead.js';
import { noisyCopy } from './noisyCopy.js';
import { photo } from '../detectors/cleanPair.js';

/** hair.wet's warning level (meta.ts). */
const WARN = meta.threshold.warning as number;

let cv: Cv;
beforeAll(async () => {
  cv = await loadOpenCv();
});

const HEAD: ScalpParams = { ...FRONT_LIT_HEAD, seed: 11 };

/**
 * The photo mirrored left to right: no homography maps one onto the other. The pipeline tries the
 * mirror image of a photo that does not align (registerEitherWay), so the cases below mirror another
 * head (another seed) too: neither way lines up.
 */
function mirror(img: RgbImage): RgbImage {
  const out = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const s = 3 * (y * img.width + x);
      const d = 3 * (y * img.width + (img.width - 1 - x));
      out[d] = img.data[s] as number;
      out[d + 1] = img.data[s + 1] as number;
      out[d + 2] = img.data[s + 2] as number;
    }
  return { width: img.width, height: img.height, data: out };
}

/** The middle of the photo, a quarter cut from each side: another framing of the same head. */
function crop(img: RgbImage): RgbImage {
  const x0 = img.width >> 3;
  const y0 = img.height >> 3;
  const w = img.width - 2 * x0;
  const h = img.height - 2 * y0;
  const out = new Uint8Array(3 * w * h);
  for (let y = 0; y < h; y++)
    out.set(
      img.data.subarray(3 * ((y + y0) * img.width + x0), 3 * ((y + y0) * img.width + x0 + w)),
      3 * y * w,
    );
  return { width: w, height: h, data: out };
}

describe('photoShine: hair.wet read from each photo alone', () => {
  let dry: RgbImage;
  beforeAll(() => {
    dry = noisyCopy(renderScalp(HEAD), 7, 1);
  });

  it('reads the same head, framed differently and with new noise, as equally shiny', () => {
    const v = shineWetValue(photoShine(cv, dry), photoShine(cv, crop(noisyCopy(renderScalp(HEAD), 7, 2))));
    expect(v).not.toBeNull();
    expect(v!).toBeLessThan(WARN);
  });

  it('reads wet hair past the threshold, whichever photo it is in', () => {
    const wet = noisyCopy(renderScalp({ ...HEAD, wetness: 0.8 }), 7, 3);
    const dryShine = photoShine(cv, dry);
    const wetShine = photoShine(cv, wet);
    expect(wetShine.highlightShare).toBeGreaterThan(dryShine.highlightShare);
    expect(shineWetValue(dryShine, wetShine)!).toBeGreaterThan(WARN);
    expect(shineWetValue(wetShine, dryShine)).toBeCloseTo(shineWetValue(dryShine, wetShine)!, 9);
  });

  it('leaves black padding and its edge out of the hair', () => {
    const padded = { ...dry, data: Uint8Array.from(dry.data) };
    // A letter-boxed export: the left quarter black.
    for (let y = 0; y < dry.height; y++)
      padded.data.fill(0, 3 * y * dry.width, 3 * (y * dry.width + (dry.width >> 2)));
    const v = shineWetValue(photoShine(cv, dry), photoShine(cv, padded));
    expect(v!).toBeLessThan(WARN);
  });

  it('reads nothing when a photo shows no hair', () => {
    const flat: RgbImage = { width: 300, height: 200, data: new Uint8Array(300 * 200 * 3).fill(180) };
    expect(shineWetValue(photoShine(cv, dry), photoShine(cv, flat))).toBeNull();
  });
});

describe('hair.wet on a pair that does not align', () => {
  const audit = (before: RgbImage, after: RgbImage) =>
    analyzePair(
      cv,
      { info: photo('before.jpg', { width: before.width, height: before.height }), work: before },
      { info: photo('after.jpg', { width: after.width, height: after.height }), work: after },
      { toolVersion: 'test', createdAt: '2026-01-01T00:00:00Z' },
    ).report;

  it('still flags wet hair, and says the photos were read whole', () => {
    const before = noisyCopy(renderScalp(HEAD), 7, 4);
    const report = audit(before, mirror(noisyCopy(renderScalp({ ...HEAD, seed: 12, wetness: 0.8 }), 7, 5)));
    expect(report.alignment.status).toBe('failed');
    const flag = report.flags.find((f) => f.id === 'hair.wet');
    expect(flag?.severity).toBe(meta.experimental ? 'info' : 'warning');
    expect(flag?.message).toMatch(/after photo shines .*could not be aligned/);
  });

  it('stays quiet when neither photo is wet', () => {
    const before = noisyCopy(renderScalp(HEAD), 7, 6);
    const report = audit(before, mirror(noisyCopy(renderScalp({ ...HEAD, seed: 12 }), 7, 7)));
    expect(report.alignment.status).toBe('failed');
    expect(report.flags.map((f) => f.id)).toContain('pair.mismatch');
    expect(report.flags.map((f) => f.id)).not.toContain('hair.wet');
  });
});
