/** How `fairshot batch` prints a finished job: NDJSON lines (--json) or rows of a readable table. */
import { basename } from 'node:path';
import type { JobDone } from '../engine/batch/runBatch.js';
import { caseId } from '../engine/batch/caseId.js';

export const TABLE_HEADER = `${'#'.padStart(6)}  ${'label'.padEnd(24)} ${'verdict'.padEnd(15)} score  flags\n`;

/** One JSON line per case: the report with its label, or the row's error. */
export function jsonLines(done: JobDone): string {
  return done.rows
    .map((row, i) => {
      const report = done.reports[i];
      const id = caseId(row, done.rows.length);
      if (report) return JSON.stringify({ ...report, label: row.label });
      return JSON.stringify({
        index: done.job.index,
        case: id,
        label: row.label,
        before: row.before,
        after: row.after,
        error: row.error ?? 'resumed: its report.json could not be read',
      });
    })
    .map((l) => `${l}\n`)
    .join('');
}

/** One table line per case. */
export function tableLines(done: JobDone): string {
  return done.rows
    .map((row) => {
      const n = caseId(row, done.rows.length).padStart(6);
      const label = (row.label ?? basename(row.after)).slice(0, 24).padEnd(24);
      if (row.error || !row.verdict) return `${n}  ${label} ${'ERROR'.padEnd(15)}     -  ${row.error}\n`;
      const flags = row.flags.map((f) => f.replace(/:.*/, '')).join(' ') || '-';
      return `${n}  ${label} ${row.verdict.label.padEnd(15)} ${String(row.verdict.score).padStart(5)}  ${flags}${done.resumed ? '  (resumed)' : ''}\n`;
    })
    .join('');
}
