import { describe, expect, it } from 'vitest';
import { EDGE_MARGIN, innerRegion } from '../../../../shared/analysis/hair/innerRegion.js';
import { createRng } from '../../../tools/createRng.js';

/** The definition, pixel by pixel: set in `region`, and no unset mask pixel within r (inside the image). */
function bruteForce(region: Uint8Array, mask: Uint8Array, w: number, r: number): Uint8Array {
  const h = mask.length / w;
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let ok = region[y * w + x] === 1;
      for (let dy = -r; ok && dy <= r; dy++)
        for (let dx = -r; ok && dx <= r; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy >= 0 && xx >= 0 && yy < h && xx < w && !mask[yy * w + xx]) ok = false;
        }
      out[y * w + x] = ok ? 1 : 0;
    }
  return out;
}

describe('innerRegion', () => {
  it('keeps the region only where the mask is set all round, as the pixel-by-pixel definition does', () => {
    const w = 61;
    const h = 47;
    const rand = createRng(3, 1);
    // A mask with a warped border's black wedge and scattered holes, a region of random speckle.
    const mask = new Uint8Array(w * h);
    const region = new Uint8Array(w * h);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        mask[y * w + x] = x + 0.4 * y < 52 && rand() > 0.01 ? 1 : 0;
        region[y * w + x] = rand() > 0.3 ? 1 : 0;
      }
    const scale = 0.3;
    const r = Math.round(EDGE_MARGIN * scale);
    expect(r).toBe(3);
    const got = innerRegion(region, mask, w, scale);
    expect(Array.from(got)).toEqual(Array.from(bruteForce(region, mask, w, r)));
    // The image's own edge is not the overlap's edge: a full mask keeps the whole region.
    expect(Array.from(innerRegion(region, new Uint8Array(w * h).fill(1), w, scale))).toEqual(
      Array.from(region),
    );
  });
});
