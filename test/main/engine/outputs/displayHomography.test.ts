import { describe, expect, it } from 'vitest';
import { displayHomography } from '../../../../main/engine/outputs/displayHomography.js';
import { pt } from '../../../../shared/geometry/frames.js';
import { apply, homography } from '../../../../shared/geometry/homography.js';

describe('displayHomography', () => {
  it('maps a display after pixel to where its full-resolution point lands, in display before pixels', () => {
    const h = homography<'after', 'before'>([1.1, -0.1, 40, 0.08, 1.05, -25, 1e-5, -2e-5, 1]);
    const fullBefore = { width: 4000, height: 3000 };
    const displayBefore = { width: 2000, height: 1500 };
    const fullAfter = { width: 4032, height: 3024 };
    const displayAfter = { width: 1024, height: 768 };
    const d = displayHomography(h, fullBefore, displayBefore, fullAfter, displayAfter);
    for (const [u, v] of [
      [0, 0],
      [500, 300],
      [1023, 767],
    ] as const) {
      // Pixel centres: display (u, v) covers full-resolution (u + 0.5) / s - 0.5.
      const sa = displayAfter.width / fullAfter.width;
      const full = apply(h, pt<'after'>((u + 0.5) / sa - 0.5, (v + 0.5) / sa - 0.5));
      const sb = displayBefore.width / fullBefore.width;
      const got = apply(d, pt<'afterWork'>(u, v));
      expect(got.x).toBeCloseTo((full.x + 0.5) * sb - 0.5, 6);
      expect(got.y).toBeCloseTo((full.y + 0.5) * sb - 0.5, 6);
    }
  });

  it('says which size was wrong', () => {
    const h = homography<'after', 'before'>([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    const ok = { width: 10, height: 10 };
    expect(() => displayHomography(h, ok, { width: 0, height: 10 }, ok, ok)).toThrow(/display 0x10/);
  });
});
