import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../main/engine/opencv.js';
import type { Cv } from '../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { hairAreaOf } from '../../../bench/lib/hairEdits.js';
import { hairCut } from '../../../bench/lib/hairCut.js';
import { renderScalp } from '../../tools/renderScalp.js';

let cv: Cv;
let img: RgbImage;
let hair: ReturnType<typeof hairAreaOf>;

beforeAll(async () => {
  cv = await loadOpenCv();
  img = renderScalp({ width: 320, height: 320, seed: 5, density: 30, strandLengthPx: 50 });
  hair = hairAreaOf(cv, img);
});

/** Share of the dark strand pixels (band-pass below minus its mean magnitude) that the cut made lighter. */
function lightened(out: RgbImage): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < hair.fine.length; i++)
    if ((hair.area[i] as number) >= 1) {
      sum += Math.abs(hair.fine[i] as number);
      n++;
    }
  let strand = 0;
  let lighter = 0;
  for (let i = 0; i < hair.fine.length; i++) {
    if ((hair.area[i] as number) < 1 || (hair.fine[i] as number) >= -sum / n) continue;
    strand++;
    const g = (d: Uint8Array) => (d[3 * i] as number) + (d[3 * i + 1] as number) + (d[3 * i + 2] as number);
    if (g(out.data) > g(img.data) + 6) lighter++;
  }
  return lighter / strand;
}

describe('hairCut', () => {
  it('leaves everything outside the hair area as it was', () => {
    const out = hairCut(cv, img, hair, { gapPx: 13, cutShare: 0.5, seed: 1 });
    let moved = 0;
    for (let i = 0; i < hair.area.length; i++)
      if ((hair.area[i] as number) <= 0)
        for (let c = 0; c < 3; c++) if (out.data[3 * i + c] !== img.data[3 * i + c]) moved++;
    expect(moved).toBe(0);
  });

  it('lightens a share of the dark strands that grows with the share cut', () => {
    const half = lightened(hairCut(cv, img, hair, { gapPx: 13, cutShare: 0.5, seed: 1 }));
    const fifth = lightened(hairCut(cv, img, hair, { gapPx: 13, cutShare: 0.2, seed: 1 }));
    // 0.59 and 0.27 when written (pieces a strand wide also catch the strand beside; some overlap).
    expect(half).toBeGreaterThan(0.3);
    expect(half).toBeLessThan(0.8);
    expect(fifth).toBeLessThan(half - 0.1);
  });
});
