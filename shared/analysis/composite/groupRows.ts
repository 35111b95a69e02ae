/** Puts panel boxes in reading order: rows top to bottom, left to right within a row. */
import type { Box } from './types.js';

/**
 * Groups boxes into rows: a box joins the current row when its vertical middle lies within the row's
 * first box (panels of one row may differ in height and be centred or top-aligned). Rows are ordered
 * by their top, boxes in a row by their left edge.
 */
export function groupRows(boxes: readonly Box[]): Box[][] {
  const sorted = [...boxes].sort((a, b) => a.y + a.h / 2 - (b.y + b.h / 2));
  const rows: Box[][] = [];
  for (const b of sorted) {
    const row = rows.find((r) => {
      const f = r[0] as Box;
      const mid = b.y + b.h / 2;
      return mid >= f.y && mid <= f.y + f.h;
    });
    if (row) row.push(b);
    else rows.push([b]);
  }
  for (const r of rows) r.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => (a[0] as Box).y - (b[0] as Box).y);
}
