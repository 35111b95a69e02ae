import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import { toGray } from '../../../../shared/analysis/image.js';
import { hairFields } from '../../../../shared/analysis/hair/hairFields.js';
import { strandStats } from '../../../../shared/analysis/hair/strandStats.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { noisyCopy } from './noisyCopy.js';

const SIZE = 384;
const S = SIZE / 640;
const BASE = { width: SIZE, height: SIZE, seed: 5, density: 30, strandLengthPx: 45 };

let cv: Cv;
const inner = new Uint8Array(SIZE * SIZE);
for (let y = 40; y < SIZE - 40; y++) inner.fill(1, y * SIZE + 40, y * SIZE + SIZE - 40);

const stats = (img: RgbImage) => strandStats(hairFields(cv, toGray(img), { scale: S }), inner, S);
const render = (stream: number) => noisyCopy(renderScalp(BASE), 17, stream);

beforeAll(async () => {
  cv = await loadOpenCv();
});

describe('strandStats', () => {
  it('keeps ridge share and ends through a contrast change; the band-pass magnitude follows it', () => {
    const img = render(1);
    const darker = { ...img, data: img.data.map((v) => Math.round(v * 0.7)) };
    const a = stats(img);
    const b = stats(darker);
    expect(Math.abs(b.ridgeShare / a.ridgeShare - 1)).toBeLessThan(0.03);
    expect(Math.abs(b.ridgeEnds / a.ridgeEnds - 1)).toBeLessThan(0.03);
    expect(Math.abs(b.flowCorrelation - a.flowCorrelation)).toBeLessThan(0.01);
    expect(b.bandPass / a.bandPass).toBeGreaterThan(0.65);
    expect(b.bandPass / a.bandPass).toBeLessThan(0.75);
  });

  it('reads a higher along-flow correlation for longer strands, and about the same for a re-render', () => {
    const at = (strandLengthPx: number, stream: number) =>
      stats(noisyCopy(renderScalp({ ...BASE, strandLengthPx }), 17, stream)).flowCorrelation;
    const same = at(45, 1);
    expect(Math.abs(at(45, 2) - same)).toBeLessThan(0.01);
    // When written: 0.441 and 0.440 for two renders of the head, 0.492 at twice the length, 0.411 at half.
    expect(at(90, 1) - same).toBeGreaterThan(0.03);
    expect(at(22, 1) - same).toBeLessThan(-0.015);
  });

  it('is all 0 where no strand is', () => {
    const flat: RgbImage = { width: 64, height: 64, data: new Uint8Array(64 * 64 * 3).fill(128) };
    const f = hairFields(cv, toGray(flat), { scale: 0.1 });
    expect(strandStats(f, new Uint8Array(64 * 64), 0.1)).toEqual({
      bandPass: 0,
      ridgeShare: 0,
      ridgeEnds: 0,
      flowCorrelation: 0,
    });
  });
});
