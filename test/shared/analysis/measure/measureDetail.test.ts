import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { GrayImage } from '../../../../shared/analysis/image.js';
import { toGray } from '../../../../shared/analysis/image.js';
import { measureDetail } from '../../../../shared/analysis/measure/measureDetail.js';
import { renderScalp } from '../../../tools/renderScalp.js';

let cv: Cv;
let head: GrayImage;
let other: GrayImage;
beforeAll(async () => {
  cv = await loadOpenCv();
  const r = renderScalp({ seed: 21, width: 400, height: 300 });
  head = toGray({ width: r.width, height: r.height, data: r.data });
  // Not another rendered head: every render shares one layout (a dome in the middle, backdrop around).
  // A pattern of blobs with fine stripes has structure and detail of its own.
  const data = new Uint8Array(400 * 300);
  for (let y = 0; y < 300; y++)
    for (let x = 0; x < 400; x++)
      data[y * 400 + x] = 128 + 80 * Math.sin(x / 17) * Math.cos(y / 23) + 30 * Math.sin((x + 2 * y) / 1.7);
  other = { width: 400, height: 300, data };
});

/** `img` blurred with sigma `s`, only where x >= fromX. */
function blurRight(img: GrayImage, s: number, fromX: number): GrayImage {
  const src = cv.matFromArray(img.height, img.width, cv.CV_8UC1, img.data as unknown as number[]);
  const dst = new cv.Mat();
  cv.GaussianBlur(src, dst, new cv.Size(0, 0), s, s, cv.BORDER_REFLECT);
  const out = new Uint8Array(img.data);
  const b = dst.data as Uint8Array;
  for (let y = 0; y < img.height; y++)
    for (let x = fromX; x < img.width; x++) out[y * img.width + x] = b[y * img.width + x] as number;
  src.delete();
  dst.delete();
  return { width: img.width, height: img.height, data: out };
}

const all = (img: GrayImage) => new Uint8Array(img.width * img.height).fill(255);

describe('measureDetail', () => {
  it('finds one scene in a photo and itself, and no common structure with another head', () => {
    const same = measureDetail(cv, head, head, all(head));
    expect(same.structureCorrelation).toBeGreaterThan(0.999);
    expect(same.detailCorrelation).toBeGreaterThan(0.999);
    expect(same.softerBox).toBeNull();
    const different = measureDetail(cv, head, other, all(head));
    expect(different.structureCorrelation).toBeLessThan(0.5);
    expect(different.detailCorrelation).toBeLessThan(0.3);
  });

  it('sees the softer photo and where it is softer', () => {
    const m = measureDetail(cv, head, blurRight(head, 2, 200), all(head));
    expect(m.focusAfter).toBeLessThan(m.focusBefore);
    // The blurred right half: the box starts at the middle and reaches the right edge.
    expect(m.softerBox![0]).toBeGreaterThanOrEqual(200);
    expect(m.softerBox![2]).toBe(400);
    // Blur removes fine detail, not the coarse structure.
    expect(m.structureCorrelation).toBeGreaterThan(0.95);
  });

  it('measures only inside the mask', () => {
    // Left half the same photo, right half another: inside a left-half mask they agree.
    const mixed = new Uint8Array(head.data);
    for (let y = 0; y < 300; y++)
      for (let x = 200; x < 400; x++) mixed[y * 400 + x] = other.data[y * 400 + x] as number;
    const img = { width: 400, height: 300, data: mixed };
    const left = new Uint8Array(400 * 300);
    for (let y = 0; y < 300; y++) left.fill(255, y * 400, y * 400 + 180);
    expect(measureDetail(cv, head, img, left).structureCorrelation).toBeGreaterThan(0.99);
    expect(measureDetail(cv, head, img, all(head)).structureCorrelation).toBeLessThan(0.9);
    expect(measureDetail(cv, head, img, new Uint8Array(400 * 300)).focusBefore).toBe(0);
  });
});
