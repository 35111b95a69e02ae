/** A split handed in (by a person, through the app) must fit the image it is applied to. */
import type { CompositeSplit } from '../../../shared/contract/composite.js';
import { PhotoError } from '../input/PhotoError.js';

/** Throws PhotoError naming the file when a panel leaves the image or a case names a missing panel. */
export function checkSplit(path: string, split: CompositeSplit, width: number, height: number): void {
  split.panels.forEach((p, i) => {
    const [x, y, w, h] = p.rect;
    if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > width || y + h > height) {
      throw new PhotoError(
        path,
        `panel ${i + 1} [${p.rect.join(', ')}] is not inside the ${width}x${height} image`,
      );
    }
  });
  if (split.pairs.length === 0) throw new PhotoError(path, 'the split names no before/after case');
  for (const p of split.pairs) {
    const n = split.panels.length;
    if (p.before >= n || p.after >= n || p.before === p.after) {
      throw new PhotoError(
        path,
        `a case must name two different panels of the ${n} (got ${p.before + 1} and ${p.after + 1})`,
      );
    }
  }
}
