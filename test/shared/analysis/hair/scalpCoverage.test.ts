import { describe, expect, it } from 'vitest';
import { scalpCoverage } from '../../../../shared/analysis/hair/scalpCoverage.js';

const W = 480;
const H = 480;
const SPLIT = { t: 128, darkMean: 40, brightMean: 200 };

/**
 * Gray images where every pixel is clearly hair (40) or scalp (200), so no pixel sits near the split;
 * where `flip` holds, hair in the before photo is scalp in the after (thinning).
 */
function pair(flip: (x: number, y: number) => boolean): { before: Uint8Array; after: Uint8Array } {
  const before = new Uint8Array(W * H);
  const after = new Uint8Array(W * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const scalp = (x * 7 + y * 13) % 10 < 4;
      before[y * W + x] = scalp ? 200 : 40;
      after[y * W + x] = scalp || flip(x, y) ? 200 : 40;
    }
  return { before, after };
}

const all = new Uint8Array(W * H).fill(1);

describe('scalpCoverage', () => {
  it('reads the same shares and no spread beyond the re-shoot floor when nothing changed', () => {
    const { before, after } = pair(() => false);
    const c = scalpCoverage(before, after, W, all, SPLIT, null);
    expect(c.before).toBeCloseTo(0.4, 3);
    expect(c.after).toBe(c.before);
    // The floor: 0.0016 over 350,000 pixels, scaled to 230,400.
    expect(c.uncertainty).toBeCloseTo(0.0016 * Math.sqrt(350_000 / (W * H)), 6);
  });

  it('states a larger uncertainty for a change in one place than for the same change spread evenly', () => {
    // The same 1 % of pixels may thin: in one 48 px tile of the 100, or every hundredth pixel everywhere.
    const one = pair((x, y) => x < 48 && y < 48);
    const even = pair((x, y) => (x + y * W) % 100 === 0);
    const cOne = scalpCoverage(one.before, one.after, W, all, SPLIT, null);
    const cEven = scalpCoverage(even.before, even.after, W, all, SPLIT, null);
    expect(Math.abs(cOne.after - cOne.before)).toBeCloseTo(Math.abs(cEven.after - cEven.before), 3);
    const change = cOne.after - cOne.before;
    expect(change).toBeCloseTo(0.006, 3);
    // Spread evenly, the change is as sure as the re-shoot floor allows.
    expect(cEven.uncertainty).toBeCloseTo(0.0016 * Math.sqrt(350_000 / (W * H)), 6);
    // One tile of 100 carries the whole change: the spread between tiles is about the change itself,
    // since a place that changed alone could as well be a strand that moved.
    expect(cOne.uncertainty).toBeGreaterThan(0.9 * change);
    expect(cOne.uncertainty).toBeGreaterThan(2.5 * cEven.uncertainty);
  });

  it('falls back to the re-shoot floor in a region too small for six tiles', () => {
    const { before, after } = pair((x, y) => x < 20 && y < 20);
    const c = scalpCoverage(before, after, W, all, SPLIT, [0, 0, 90, 90]);
    expect(c.samples).toBe(90 * 90);
    expect(c.uncertainty).toBeCloseTo(0.0016 * Math.sqrt(350_000 / (90 * 90)), 6);
  });

  it('reports no pixels with the whole range as its uncertainty', () => {
    const { before, after } = pair(() => false);
    const c = scalpCoverage(before, after, W, new Uint8Array(W * H), SPLIT, null);
    expect(c).toMatchObject({ samples: 0, uncertainty: 1 });
  });
});
