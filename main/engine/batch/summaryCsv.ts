/** summary.csv of a batch: a header and one line per case (RFC 4180 quoting). */
import { basename } from 'node:path';
import type { CaseRow } from './batchTypes.js';

/**
 * Columns. The first eight are those of earlier versions, in the same places, so scripts reading them
 * keep working; reused, panels and folder follow.
 */
export const SUMMARY_CSV_HEADER = 'index,label,before,after,verdict,score,flags,error,reused,panels,folder\n';

function cell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One case as a CSV line. `reused` lists the other cases sharing one of its photos, in words. */
export function summaryCsvRow(id: string, row: CaseRow, reused: readonly string[]): string {
  return `${[
    id,
    row.label,
    row.before,
    row.after,
    row.error ? 'error' : (row.verdict?.label ?? 'error'),
    row.verdict?.score ?? null,
    row.flags.join(' ') || null,
    row.error,
    reused.join('; ') || null,
    row.panels ? `${basename(row.before)}#${row.panels.before + 1}>${row.panels.after + 1}` : null,
    row.dir,
  ]
    .map(cell)
    .join(',')}\n`;
}
