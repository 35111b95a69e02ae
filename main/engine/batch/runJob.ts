/**
 * Runs one batch job in the worker pool and turns its result into summary rows: the verdict and flags,
 * the output folder, and the photos' thumbnails and hashes. Never throws: a failure is the row's error.
 */
import { basename, join } from 'node:path';
import type { AuditReport } from '../../../shared/contract/report.js';
import type { AuditResult } from '../auditPair.js';
import { PhotoError } from '../input/PhotoError.js';
import type { AuditPool } from '../pool/AuditPool.js';
import type { BatchJob, CaseRow } from './batchTypes.js';
import { compositeRows } from './compositeRows.js';
import { digestPair } from './digestPhotos.js';
import { caseFolderName } from './caseFolderName.js';

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

/** Runs a composite job: the audits of every case the image holds. Absent until composites can be audited. */
export type RunComposite = (
  source: string,
  out: string | null,
) => Promise<Array<{ result: AuditResult; dir: string | null }>>;

/** Audits a job. `out` is the batch's --out folder (each case gets a folder in it) or null. */
export async function runJob(
  pool: AuditPool,
  job: BatchJob,
  out: string | null,
  runComposite: RunComposite | null,
): Promise<JobOutcome> {
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
    if (!runComposite)
      return {
        rows: [
          {
            ...row,
            error: `${basename(job.source)}: a single image (no before/after partner by name), and this build cannot split gallery composites yet`,
          },
        ],
        reports: [null],
        // Not journaled: a build that can split composites should audit it on the next run.
        final: false,
      };
    try {
      const cases = await runComposite(job.source, out);
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

/** The verdict and the flags that are more than informative. */
export function summarize(report: AuditReport): Pick<CaseRow, 'verdict' | 'flags'> {
  return {
    verdict: { label: report.verdict.label, score: report.verdict.score },
    flags: report.flags.filter((f) => f.severity !== 'info').map((f) => `${f.id}:${f.severity}`),
  };
}

function errorOutcome(row: CaseRow, err: unknown): JobOutcome {
  const error = err instanceof Error ? err.message : String(err);
  return { rows: [{ ...row, error }], reports: [null], final: err instanceof PhotoError };
}
