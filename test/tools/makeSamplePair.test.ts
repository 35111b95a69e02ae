import { describe, expect, it } from 'vitest';
import { gaussianBlur } from './gaussianBlur.js';
import { makeSamplePair } from './makeSamplePair.js';
import { warpHomography } from './warpHomography.js';
import type { RgbBuffer } from './warpHomography.js';

/** Mean absolute difference over the middle half of two same-size images. */
function centreDiff(a: RgbBuffer, b: RgbBuffer): number {
  let s = 0;
  let n = 0;
  for (let y = Math.round(a.height / 4); y < (3 * a.height) / 4; y++)
    for (let x = Math.round(a.width / 4); x < (3 * a.width) / 4; x++)
      for (let c = 0; c < 3; c++) {
        const i = 3 * (y * a.width + x) + c;
        s += Math.abs(a.data[i]! - b.data[i]!);
        n++;
      }
  return s / n;
}

describe('makeSamplePair', () => {
  // Only the camera changes: the after photo is then exactly the before scene seen through the truth.
  const cameraOnly = makeSamplePair({
    width: 320,
    height: 240,
    hairLengthAfterPx: 80,
    exposureEv: 0,
    whiteBalance: [1, 1, 1],
    blurSigmaPx: 0,
    sensorNoise: 0,
  });

  it('states a homography that maps the after photo back onto the before photo', () => {
    const t = cameraOnly.truth;
    const back = warpHomography(cameraOnly.after, t.homographyBeforeToAfter);
    const right = centreDiff(back, cameraOnly.before);
    // The same turn the other way round: what a sign slip in the truth would look like.
    const [a, b, c, d, e, f, g, h, k] = t.homographyBeforeToAfter as number[] as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const wrong = centreDiff(
      warpHomography(cameraOnly.after, [a, -b, c, -d, e, f, g, h, k]),
      cameraOnly.before,
    );
    expect(right).toBeLessThan(6);
    expect(wrong).toBeGreaterThan(3 * right);
  });

  it('reports inverse homographies and the decomposed camera change', () => {
    const t = cameraOnly.truth;
    const A = t.homographyAfterToBefore;
    const B = t.homographyBeforeToAfter;
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += A[3 * i + k]! * B[3 * k + j]!;
        expect(s).toBeCloseTo(i === j ? 1 : 0, 9);
      }
    // A similarity: the scale and the turn read straight off the before -> after matrix.
    expect(Math.hypot(B[0]!, B[3]!)).toBeCloseTo(t.scale, 9);
    expect((Math.atan2(B[3]!, B[0]!) * 180) / Math.PI).toBeCloseTo(t.rotationDeg, 9);
  });

  it('makes the after brighter and warmer by the stated linear gains, and its hair longer', () => {
    // Same camera change and hair as cameraOnly, plus the exposure and colour change: pixel by pixel,
    // linear light must scale by exactly the stated gains wherever nothing clips.
    const exposed = makeSamplePair({
      width: 320,
      height: 240,
      hairLengthAfterPx: 80,
      blurSigmaPx: 0,
      sensorNoise: 0,
    });
    const t = exposed.truth;
    expect(t.linearGains[1]).toBeCloseTo(2 ** 0.5, 9);
    const lin = (v: number): number => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    for (let c = 0; c < 3; c++) {
      let num = 0;
      let den = 0;
      for (let i = c; i < exposed.after.data.length; i += 3) {
        const v = cameraOnly.after.data[i]!;
        if (v < 40 || v > 170) continue;
        num += lin(exposed.after.data[i]!);
        den += lin(v);
      }
      expect(num / den).toBeCloseTo(t.linearGains[c]!, 1);
    }

    const pair = makeSamplePair({ width: 320, height: 240, sensorNoise: 0 });
    expect(pair.truth.hair.lengthAfterPx).toBeGreaterThan(pair.truth.hair.lengthBeforePx);
    expect(pair.truth.hair.meanProjectedLengthAfterPx).toBeGreaterThan(
      pair.truth.hair.meanProjectedLengthBeforePx,
    );
    // Longer hair hides scalp: the confounder that fakes regrowth.
    expect(pair.truth.hair.crownScalpVisibleShareAfter).toBeLessThan(
      pair.truth.hair.crownScalpVisibleShareBefore,
    );
  });
});

describe('warpHomography and gaussianBlur', () => {
  const img: RgbBuffer = {
    width: 8,
    height: 6,
    data: Uint8Array.from({ length: 8 * 6 * 3 }, (_, i) => (i * 37) % 251),
  };

  it('copies exactly under the identity and shifts by whole pixels exactly', () => {
    expect(warpHomography(img, [1, 0, 0, 0, 1, 0, 0, 0, 1]).data).toEqual(img.data);
    const shifted = warpHomography(img, [1, 0, 2, 0, 1, 1, 0, 0, 1], { fill: [1, 2, 3] });
    expect([...shifted.data.subarray(0, 3)]).toEqual([...img.data.subarray(3 * (8 + 2), 3 * (8 + 2) + 3)]);
    // Output pixel (6, 5) would read source (8, 6): outside, so the fill colour.
    expect([...shifted.data.subarray(3 * (5 * 8 + 6), 3 * (5 * 8 + 6) + 3)]).toEqual([1, 2, 3]);
  });

  it('blurs without moving the mean and smooths a step', () => {
    const step: RgbBuffer = {
      width: 20,
      height: 4,
      data: Uint8Array.from({ length: 20 * 4 * 3 }, (_, i) => (Math.floor(i / 3) % 20 < 10 ? 0 : 200)),
    };
    const b = gaussianBlur(step, 1.5);
    const mean = (d: Uint8Array): number => d.reduce((s, v) => s + v, 0) / d.length;
    expect(mean(b.data)).toBeCloseTo(mean(step.data), 0);
    expect(b.data[3 * 9]!).toBeGreaterThan(40);
    expect(b.data[3 * 9]!).toBeLessThan(100);
    expect(() => gaussianBlur(step, -1)).toThrow(/sigma >= 0, got -1/);
  });
});
