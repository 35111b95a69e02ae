import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { GrayImage } from '../../../../shared/analysis/image.js';
import { toGray } from '../../../../shared/analysis/image.js';
import { brightTail } from '../../../../shared/analysis/hair/brightTail.js';
import { hairFields } from '../../../../shared/analysis/hair/hairFields.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { createRng } from '../../../tools/createRng.js';

const SIZE = 256;
let cv: Cv;
let dry: GrayImage;
const all = new Uint8Array(SIZE * SIZE).fill(1);

const tailOf = (g: GrayImage) => brightTail(hairFields(cv, g).fine, all);

beforeAll(async () => {
  cv = await loadOpenCv();
  dry = toGray(
    renderScalp({ width: SIZE, height: SIZE, seed: 3, density: 35, strandLengthPx: 50, thinning: [] }),
  );
});

describe('brightTail', () => {
  it('is the 99.5th over minus the 0.5th percentile, to a quarter code, over the region only', () => {
    const r = createRng(7, 1);
    const n = 20_000;
    const fine = Float32Array.from({ length: n }, () => (r() - 0.7) * 80);
    const region = Uint8Array.from({ length: n }, (_, i) => (i % 3 ? 1 : 0));
    // Outside the region: values that would move both tails if they were read.
    for (let i = 0; i < n; i += 3) fine[i] = i % 2 ? 120 : -120;
    const inside = [...fine].filter((_, i) => region[i]).sort((a, b) => a - b);
    const q = (p: number) => inside[Math.floor(p * inside.length)] as number;
    expect(brightTail(fine, region)).toBeCloseTo(q(0.995) / -q(0.005), 2);
    expect(brightTail(fine, new Uint8Array(n))).toBe(1);
  });

  it('rises when glints are painted on the strands of a render', () => {
    const fine = hairFields(cv, dry).fine;
    const r = createRng(7, 2);
    // Half the pixels on a dark strand ridge turned nearly white, as bench/lib/hairEdits.ts does.
    const data = dry.data.map((v, i) => ((fine[i] as number) < -1.5 && r() < 0.5 ? 240 : v));
    expect(tailOf({ ...dry, data }) / tailOf(dry)).toBeGreaterThan(1.2);
  });

  it('hardly moves with an exposure gain or the softening of a resampled copy', () => {
    const darker = { ...dry, data: dry.data.map((v) => Math.round(v * 0.7)) };
    const t = tailOf(dry);
    expect(Math.abs(Math.log(tailOf(darker) / t))).toBeLessThan(Math.log(1.1));
    // Half a pixel off in both directions: the bilinear mix a warp makes.
    const soft = dry.data.map((_, i) => {
      const x = i % SIZE;
      const y = (i / SIZE) | 0;
      const at = (xx: number, yy: number) =>
        dry.data[Math.min(SIZE - 1, yy) * SIZE + Math.min(SIZE - 1, xx)] as number;
      return Math.round((at(x, y) + at(x + 1, y) + at(x, y + 1) + at(x + 1, y + 1)) / 4);
    });
    expect(Math.abs(Math.log(tailOf({ ...dry, data: soft }) / t))).toBeLessThan(Math.log(1.15));
  });
});
