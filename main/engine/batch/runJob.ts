/**
 * Runs one batch job in the worker pool and turns its result into summary rows: the verdict and flags,
 * the output folder, and the photos' thumbnails and hashes. Never throws: a failure is the row's error.
 */
import { basename, join } from 'node:path';
import type { AuditReport } from '../../../shared/contract/report.js';
import { PhotoError } from '../input/PhotoError.js';
import type { AuditPool } from '../pool/AuditPool.js';
import type { BatchJob, CaseRow } from './batchTypes.js';
import { compositeRows } from './compositeRows.js';
import { digestPair } from './digestPhotos.js';
import { caseFolderName } from './caseFolderName.js';
import { clearStaleTemps } from './clearStaleTemps.js';
import { summarize } from './summarize.js';

export interface JobOutcome {
  rows: CaseRow[];
  /** The full reports, in row order (null for a row in error), for --json. */
  reports: Array<AuditReport | null>;
  /**
   * Whether the outcome is final and may be journaled: true for a result or a bad input, false for an
   * interruption or an internal error, which a re-run should try again.
   */
  final: boolean;
}

/** Audits a job. `out` is the batch's --out folder (each case gets a folder in it) or null. */
export async function runJob(pool: AuditPool, job: BatchJob, out: string | null): Promise<JobOutcome> {
  const base = {
    job: job.index,
    part: 0,
    label: job.label,
    panels: null,
    verdict: null,
    flags: [],
    error: null,
    dir: null,
    thumbs: null,
    hashes: null,
  };
  if (job.kind === 'error') {
    const [before = '', after = ''] = job.files;
    return { rows: [{ ...base, before, after, error: job.error }], reports: [null], final: true };
  }
  if (job.kind === 'composite') {
    const row: CaseRow = { ...base, before: job.source, after: job.source };
    try {
      // One folder for the image; auditComposite puts each of several cases in its own pair-N inside.
      const name = caseFolderName(job.index, basename(job.source).replace(/\.[^.]+$/, ''));
      const dir = out ? join(out, name) : null;
      // A run killed while writing this case left temporaries here (in pair-N for several cases).
      if (dir) await clearStaleTemps(dir, 1);
      const results = await pool.runComposite(job.source, { out: dir, label: job.label });
      const cases = results.map((result, i) => ({
        result,
        dir: dir && results.length > 1 ? join(dir, `pair-${i + 1}`) : dir,
      }));
      const rows = await compositeRows(row, cases, out);
      return { rows, reports: cases.map((c) => c.result.report), final: true };
    } catch (err) {
      return errorOutcome(row, err);
    }
  }
  const row: CaseRow = { ...base, before: job.before, after: job.after };
  const name = caseFolderName(job.index, job.label ?? basename(job.after).replace(/\.[^.]+$/, ''));
  const dir = out ? join(out, name) : null;
  try {
    if (dir) await clearStaleTemps(dir);
    const { report } = await pool.run(job.before, job.after, { out: dir, label: job.label });
    const digests = await digestPair(job.before, job.after).catch(() => ({ thumbs: null, hashes: null }));
    return {
      rows: [{ ...row, ...summarize(report), dir: dir ? name : null, error: null, ...digests }],
      reports: [report],
      final: true,
    };
  } catch (err) {
    return errorOutcome(row, err);
  }
}

function errorOutcome(row: CaseRow, err: unknown): JobOutcome {
  const error = err instanceof Error ? err.message : String(err);
  return { rows: [{ ...row, error }], reports: [null], final: err instanceof PhotoError };
}
