/** Which panels form the before/after cases of a grid, in reading order. */

/**
 * `rowCounts[r]` panels in row r, numbered in reading order. A row of two or more panels is a case
 * (two: before, after; more: the first panel against each later one, as galleries show a baseline and
 * several follow-ups). A single column is one case read top to bottom the same way. Before is the left
 * or upper panel: reading order, until captions or a person say otherwise.
 */
export function pairPanels(rowCounts: readonly number[]): { before: number; after: number }[] {
  const pairs: { before: number; after: number }[] = [];
  if (rowCounts.every((c) => c === 1)) {
    for (let k = 1; k < rowCounts.length; k++) pairs.push({ before: 0, after: k });
    return pairs;
  }
  let first = 0;
  for (const c of rowCounts) {
    for (let k = 1; k < c; k++) pairs.push({ before: first, after: first + k });
    first += c;
  }
  return pairs;
}
