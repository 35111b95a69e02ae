/** The name a report gives a photo cut from a composite: "gallery.jpg, panel 1 (left)". */
import type { CompositeSplit } from '../../../shared/contract/composite.js';

/**
 * Where panel `index` sits, in words: left/right in a row of two, top/bottom in a column of two, else
 * "row r" and "column c" (1-based), so a reader finds it in the gallery image.
 */
export function panelName(
  file: string,
  split: Pick<CompositeSplit, 'layout' | 'panels'>,
  index: number,
): string {
  const { rows, cols } = split.layout;
  const r = Math.floor(index / cols);
  const c = index % cols;
  const inRow = cols === 2 ? (c === 0 ? 'left' : 'right') : `column ${c + 1}`;
  const inCol = rows === 2 ? (r === 0 ? 'top' : 'bottom') : `row ${r + 1}`;
  const where =
    split.panels.length !== rows * cols
      ? `panel ${index + 1} in reading order`
      : rows === 1
        ? inRow
        : cols === 1
          ? inCol
          : `row ${r + 1}, ${inRow}`;
  return `${file}, panel ${index + 1} (${where})`;
}
