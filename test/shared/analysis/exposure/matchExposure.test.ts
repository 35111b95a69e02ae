import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../../../../shared/analysis/exposure/correction.js';
import { matchExposure } from '../../../../shared/analysis/exposure/matchExposure.js';
import { gainLinear, texture } from '../../../helpers/synthetic.js';

function meanAbsDiff(a: Uint8Array, b: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs((a[i] as number) - (b[i] as number));
  return s / a.length;
}

describe('matchExposure', () => {
  const before = texture(160, 120, 3);

  it('measures no change on an identical pair', () => {
    const m = matchExposure(before, before, null);
    expect(Math.abs(m.ev)).toBeLessThan(0.01);
    expect(Math.abs(m.redStops)).toBeLessThan(0.01);
    expect(meanAbsDiff(applyCorrection(before, m.correction).data, before.data)).toBeLessThan(0.5);
  });

  it('recovers an exposure change in EV and undoes it', () => {
    const after = gainLinear(before, [2 ** -0.7, 2 ** -0.7, 2 ** -0.7]);
    const m = matchExposure(before, after, null);
    expect(m.ev).toBeCloseTo(0.7, 1);
    expect(Math.abs(m.redStops)).toBeLessThan(0.03);
    expect(meanAbsDiff(applyCorrection(after, m.correction).data, before.data)).toBeLessThan(2);
  });

  it('recovers a white-balance shift as red and blue stops', () => {
    const after = gainLinear(before, [2 ** 0.3, 1, 2 ** -0.3]); // warmer after photo
    const m = matchExposure(before, after, null);
    expect(m.redStops).toBeCloseTo(-0.3, 1);
    expect(m.blueStops).toBeCloseTo(0.3, 1);
  });

  it('measures only inside the mask and the reference rectangle', () => {
    // Left half of the after photo is darkened by 1 EV, the right half is untouched.
    const after = gainLinear(before, [0.5, 0.5, 0.5]);
    const mixed = new Uint8Array(before.data);
    for (let y = 0; y < 120; y++) mixed.set(after.data.subarray(y * 480, y * 480 + 240), y * 480);
    const img = { width: 160, height: 120, data: mixed };
    expect(matchExposure(before, img, null, { rect: [0, 0, 80, 120] }).ev).toBeCloseTo(1, 1);
    expect(Math.abs(matchExposure(before, img, null, { rect: [80, 0, 80, 120] }).ev)).toBeLessThan(0.02);
    const mask = new Uint8Array(160 * 120);
    for (let y = 0; y < 120; y++) mask.fill(1, y * 160 + 80, y * 160 + 160);
    expect(Math.abs(matchExposure(before, img, mask).ev)).toBeLessThan(0.02);
  });

  it('refuses to guess from too few pixels', () => {
    const m = matchExposure(before, gainLinear(before, [2, 2, 2]), new Uint8Array(160 * 120));
    expect(m.samples).toBe(0);
    expect(m.ev).toBe(0);
  });
});
