/**
 * Runs a batch: jobs from a manifest or a folder go to a pool of workers, a window of them at a time, and
 * come back in batch order. With an --out folder, each finished job is journaled (resume), jobs already
 * in the journal are not redone, and summary.csv and summary.html are assembled at the end. Memory holds
 * the window's jobs, a key per job and three hashes per photo, whatever the size of the batch.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HashedPanel } from '../../../shared/analysis/hash/findReused.js';
import { findReused } from '../../../shared/analysis/hash/findReused.js';
import type { AuditReport } from '../../../shared/contract/report.js';
import { AuditPool } from '../pool/AuditPool.js';
import type { BatchJob, CaseRow } from './batchTypes.js';
import { caseId } from './caseId.js';
import { clearStaleTemps } from './clearStaleTemps.js';
import { describeReuse } from './describeReuse.js';
import type { ReuseWords } from './describeReuse.js';
import { jobKey } from './jobKey.js';
import { Journal, JOURNAL_NAME } from './Journal.js';
import { runJob } from './runJob.js';
import { writeSummary } from './writeSummary.js';

export interface RunBatchOptions {
  /** Worker threads. @default 2 */
  jobs?: number;
  /** The --out folder (must exist), or null to write nothing. @default null */
  out?: string | null;
  /** Read resumed cases' report.json so that onJob has every report (for --json). @default false */
  wantReports?: boolean;
  /** Title of summary.html. @default 'Fairshot batch' */
  title?: string;
}

/** A finished job, in batch order. */
export interface JobDone {
  job: BatchJob;
  rows: CaseRow[];
  /** Full reports by row (null for an error, or a resumed case whose report.json could not be read). */
  reports: Array<AuditReport | null>;
  /** Taken from the journal of an earlier run, not redone. */
  resumed: boolean;
}

export interface BatchTotals {
  jobs: number;
  cases: number;
  errors: number;
  resumed: number;
  reuse: ReuseWords;
  seconds: number;
}

type Outcome = Omit<JobDone, 'job'> & { key: string | null; journaled: boolean };

/** Runs every job of `source`; `onJob` is called once per job, in order. */
export async function runBatch(
  source: AsyncIterable<BatchJob>,
  options: RunBatchOptions,
  onJob: (done: JobDone) => void,
): Promise<BatchTotals> {
  const start = Date.now();
  const out = options.out ?? null;
  const size = options.jobs ?? 2;
  const journal = out ? await Journal.open(join(out, JOURNAL_NAME)) : null;
  const pool = new AuditPool({ size });
  // A window of two jobs per worker keeps the workers fed while the oldest job finishes.
  const window = size * 2;
  const inflight = new Map<number, { job: BatchJob; outcome: Promise<Outcome>; settled: boolean }>();
  // Per job in order: its journal key, or its rows when they are not journaled (interrupted, no --out).
  const order: Array<{ key: string; job: number } | CaseRow[]> = [];
  const panels: HashedPanel[] = [];
  const ids: string[] = [];
  const totals = { jobs: 0, cases: 0, errors: 0, resumed: 0 };
  let next = 0;

  const start1 = async (job: BatchJob): Promise<Outcome> => {
    const key = out ? await jobKey(job, {}) : null;
    const found = key && journal ? await resumable(journal, key, out as string) : null;
    // The same sources may sit at another place in the batch than when they were journaled.
    const old = found?.map((row) => ({ ...row, job: job.index }));
    if (old)
      return {
        rows: old,
        reports: options.wantReports ? await reportsOf(out as string, old) : old.map(() => null),
        resumed: true,
        key,
        journaled: true,
      };
    const o = await runJob(pool, job, out);
    const journaled = Boolean(key && journal && o.final);
    if (journaled) await (journal as Journal).append({ key: key as string, rows: o.rows });
    return { rows: o.rows, reports: o.reports, resumed: false, key, journaled };
  };

  // Emits finished jobs in order. It waits for the oldest job only while the window is full (or at the
  // end, `all`); otherwise it returns at the first unfinished one, so the workers are never left idle
  // while a slow job holds up the jobs queued behind it.
  const flush = async (all: boolean) => {
    for (
      let e = inflight.get(next);
      e && (all || e.settled || inflight.size >= window);
      e = inflight.get(next)
    ) {
      const o = await e.outcome;
      inflight.delete(next++);
      totals.jobs++;
      if (o.resumed) totals.resumed++;
      for (const row of o.rows) {
        const n = ids.length;
        ids.push(caseId(row, o.rows.length));
        totals.cases++;
        if (row.error) totals.errors++;
        if (row.hashes) {
          panels.push({ caseId: n, role: 'before', hashes: row.hashes.before });
          panels.push({ caseId: n, role: 'after', hashes: row.hashes.after });
        }
      }
      if (out) order.push(o.journaled ? { key: o.key as string, job: e.job.index } : o.rows);
      onJob({ job: e.job, rows: o.rows, reports: o.reports, resumed: o.resumed });
    }
  };

  try {
    for await (const job of source) {
      const entry = { job, outcome: start1(job), settled: false };
      // A failure (the journal cannot be written) is rethrown where flush awaits it, not here.
      const settle = () => void (entry.settled = true);
      entry.outcome.then(settle, settle);
      inflight.set(job.index, entry);
      await flush(false);
    }
    await flush(true);
  } finally {
    await pool.close();
  }
  const reuse = describeReuse(findReused(panels), ids);
  if (out && journal) {
    const rows = async function* () {
      for (const o of order) {
        if (Array.isArray(o)) yield o;
        else yield ((await journal.get(o.key))?.rows ?? []).map((row) => ({ ...row, job: o.job }));
      }
    };
    const seconds = (Date.now() - start) / 1000;
    // A run killed while writing the summaries left their temporaries here.
    await clearStaleTemps(out);
    await writeSummary(out, rows(), reuse, {
      title: options.title ?? 'Fairshot batch',
      totals: `${totals.cases} cases from ${totals.jobs} sources, ${totals.errors} with errors, ${totals.resumed} resumed from an earlier run; ${reuse.lines.length} reused photos found; ${seconds.toFixed(1)} s.`,
    });
  }
  await journal?.close();
  return { ...totals, reuse, seconds: (Date.now() - start) / 1000 };
}

/** The journaled rows of `key` when every case folder they name still holds its report. */
async function resumable(journal: Journal, key: string, out: string): Promise<CaseRow[] | null> {
  if (!journal.has(key)) return null;
  const rec = await journal.get(key);
  if (!rec) return null;
  for (const row of rec.rows) {
    if (row.dir && !(await stat(join(out, row.dir, 'report.json')).catch(() => null))) return null;
  }
  return rec.rows;
}

async function reportsOf(out: string, rows: readonly CaseRow[]): Promise<Array<AuditReport | null>> {
  return Promise.all(
    rows.map(async (r) =>
      r.dir
        ? (JSON.parse(
            await readFile(join(out, r.dir, 'report.json'), 'utf8').catch(() => 'null'),
          ) as AuditReport | null)
        : null,
    ),
  );
}
