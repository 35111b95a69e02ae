import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../main/engine/opencv.js';
import type { Cv } from '../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { toGray } from '../../../shared/analysis/image.js';
import { colourAreaOf, editHair } from '../../../bench/lib/hairEdits.js';
import { renderScalp } from '../../tools/renderScalp.js';

let cv: Cv;
let img: RgbImage;

/** A head of hair in the middle of a flat grey floor, as a top-down photo shows one. */
function onFloor(head: RgbImage, size: number): RgbImage {
  const data = new Uint8Array(3 * size * size).fill(200);
  const x0 = (size - head.width) >> 1;
  const y0 = (size - head.height) >> 1;
  for (let y = 0; y < head.height; y++)
    data.set(head.data.subarray(3 * y * head.width, 3 * (y + 1) * head.width), 3 * ((y + y0) * size + x0));
  return { width: size, height: size, data };
}

beforeAll(async () => {
  cv = await loadOpenCv();
  img = onFloor(renderScalp({ width: 240, height: 240, seed: 5, density: 30, strandLengthPx: 50 }), 400);
});

/** Mean gray change (after - before) of the strand pixels and of the skin pixels inside the hair, and outside it. */
function changes(out: RgbImage) {
  const { area, split } = colourAreaOf(cv, img);
  const a = toGray(img).data;
  const b = toGray(out).data;
  const acc = { strand: [0, 0], skin: [0, 0], outside: [0, 0] };
  for (let i = 0; i < a.length; i++) {
    const k =
      (area[i] as number) >= 1
        ? (a[i] as number) <= split.t
          ? 'strand'
          : 'skin'
        : (area[i] as number) <= 0
          ? 'outside'
          : null;
    if (!k) continue;
    acc[k][0]! += (b[i] as number) - (a[i] as number);
    acc[k][1]! += 1;
  }
  const mean = (x: number[]) => (x[0] as number) / Math.max(1, x[1] as number);
  return { strand: mean(acc.strand), skin: mean(acc.skin), outside: mean(acc.outside), n: acc };
}

describe('dye and concealer edits of the hair region', () => {
  it('finds the hair and not the floor away from the head', () => {
    const { area } = colourAreaOf(cv, img);
    let head = 0;
    let floor = 0;
    // The head covers [80, 320) on both axes; the floor is read 40 px clear of it (the outline's own
    // edge brings a band of it into the region: colourAreaOf).
    for (let y = 0; y < 400; y++)
      for (let x = 0; x < 400; x++) {
        const v = area[y * 400 + x] as number;
        if (x >= 100 && x < 300 && y >= 100 && y < 300) head += v;
        else if ((x < 40 || x >= 360 || y < 40 || y >= 360) && v > 0) floor++;
      }
    expect(head / (200 * 200)).toBeGreaterThan(0.5);
    expect(floor).toBe(0);
  });

  it('dye darkens the strands, not the skin between them', () => {
    const c = changes(editHair(cv, img, { kind: 'dye', gain: 0.4 }, 1));
    expect(c.n.strand[1]).toBeGreaterThan(1000);
    expect(c.strand).toBeLessThan(-8);
    // (only skin within 10 codes of the split is touched, faded in)
    expect(c.skin).toBeGreaterThan(-2);
    expect(c.outside).toBe(0);
  });

  it('concealer darkens the skin between the strands, not the strands', () => {
    const c = changes(editHair(cv, img, { kind: 'concealer', gain: 0.5 }, 1));
    expect(c.n.skin[1]).toBeGreaterThan(1000);
    expect(c.skin).toBeLessThan(-20);
    expect(c.strand).toBeGreaterThan(-2);
    expect(c.outside).toBe(0);
  });
});
