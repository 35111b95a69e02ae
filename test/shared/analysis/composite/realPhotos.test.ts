/**
 * The split on the real development photos (../shared/data/scalp-photos), skipped when they are absent:
 * composites built from crops of them, and single photos that must not be taken for composites. The
 * benchmark (npm run bench -- --only composite) measures the same over many more cases.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitComposite } from '../../../../shared/analysis/composite/splitComposite.js';
import { photosDir } from '../../../../bench/lib/photos.js';
import { scoreSplit } from '../../../../bench/lib/compositeScore.js';
import { cutPanel, loadSource } from '../../../tools/compositePanels.js';
import { createRng } from '../../../tools/createRng.js';
import { decodedComposite } from './fixtures.js';

const dir = photosDir();
const files = dir
  ? readdirSync(dir)
      .filter((f) => /\.jpe?g$/i.test(f))
      .sort()
      .filter((_, i) => i % 10 === 3)
      .map((f) => join(dir, f))
  : [];

describe.skipIf(files.length === 0)('splitComposite on real photos', () => {
  it('finds both panels of side-by-side and stacked composites cut from real photos', async () => {
    const rng = createRng(9);
    for (const [i, f] of files.slice(0, 4).entries()) {
      const src = await loadSource(f);
      const panels = [await cutPanel(src, rng, 480, 360, 1), await cutPanel(src, rng, 480, 360, 1.1)];
      const layout = i % 2 === 0 ? { rows: 1, cols: 2 } : { rows: 2, cols: 1 };
      const { img, truth } = await decodedComposite({
        layout,
        panels,
        gapPx: 18,
        borderPx: 12,
        background: [255, 255, 255],
        quality: 85,
      });
      const r = splitComposite(img);
      expect(scoreSplit(r.split, truth, 0.9), f).toMatchObject({ correct: true });
    }
  });

  it('takes none of the sampled single photos, at full size, for a composite', async () => {
    for (const f of files) {
      expect(splitComposite(await loadSource(f, 4000)).isComposite, f).toBe(false);
    }
  });
});
