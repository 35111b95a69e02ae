/**
 * The reuse threshold against the real development photos (skipped when ../shared/data/scalp-photos is
 * absent): edited copies of a photo match it, other photos of the same person do not.
 */
import { describe, expect, it } from 'vitest';
import { REUSE_THRESHOLD } from '../../../../shared/analysis/hash/reuseThreshold.js';
import { calibrateHash } from '../../../../bench/lib/batchHashCalibration.js';
import { photosDir } from '../../../../bench/lib/photos.js';

describe.skipIf(!photosDir())('reuse threshold on real photos', () => {
  it('matches re-encoded, resized and evenly trimmed copies, and no two different photos', async () => {
    // The first six photos in name order are five views of one person and one of another: the hardest
    // different photos there are in the set.
    const c = await calibrateHash(6);
    expect(c?.photos).toBe(6);
    for (const edit of ['jpeg q40', 'resize 25% q75', 'webp q50 400px', 'crop 3%', 'crop 8%+resize 600'])
      expect(Math.max(...(c?.same.get(edit) ?? [Infinity])), edit).toBeLessThanOrEqual(REUSE_THRESHOLD);
    expect(c?.different).toHaveLength(15);
    expect(Math.min(...(c?.different ?? [])), 'closest different photos').toBeGreaterThan(REUSE_THRESHOLD);
  });
});
