/**
 * `fairshot batch MANIFEST.csv|FOLDER [--json] [--out DIR] [--jobs N]`: audits every pair of a manifest,
 * or every case of a folder of gallery images, with a pool of workers (main/engine/batch/runBatch.ts).
 * Results print in batch order as soon as they are ready; --out adds a folder per case, summary.csv and
 * summary.html, and a journal that lets an interrupted run resume.
 */
import { mkdir, stat } from 'node:fs/promises';
import type { BatchJob } from '../engine/batch/batchTypes.js';
import { checkManifest } from '../engine/batch/checkManifest.js';
import { countManifestRows } from '../engine/batch/countManifestRows.js';
import { folderJobs } from '../engine/batch/folderJobs.js';
import { manifestJobs } from '../engine/batch/manifestJobs.js';
import { runBatch } from '../engine/batch/runBatch.js';
import { PhotoError } from '../engine/input/PhotoError.js';
import type { JobDone } from '../engine/batch/runBatch.js';
import { jsonLines, TABLE_HEADER, tableLines } from './batchPrint.js';
import type { Io } from './index.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { progressBar } from './progressBar.js';
import { UsageError } from './UsageError.js';

/** Parses the arguments, runs the batch and prints its totals. Exit code 0, or 2 for a missing input. */
export async function batchCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, out: { type: 'string' }, jobs: { type: 'string' } },
    1,
    'batch',
  );
  const input = positionals[0] as string;
  const jobs = values.jobs === undefined ? 2 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs: expected a whole number 1-64, got "${values.jobs}"`);
  const st = await stat(input).catch(() => null);
  if (!st || !(st.isFile() || st.isDirectory())) {
    io.stderr(`fairshot: ${input}: ${st ? 'is neither a manifest nor a folder' : 'file not found'}\n`);
    return 2;
  }
  let source: AsyncIterable<BatchJob>;
  let total: number | null = null;
  if (st.isDirectory()) {
    const listed = await folderJobs(input);
    if (listed.skipped > 0)
      io.stderr(
        `fairshot: ${listed.skipped} file${listed.skipped === 1 ? '' : 's'} in ${input} left out: not images by name\n`,
      );
    total = listed.jobs.length;
    source = (async function* () {
      yield* listed.jobs;
    })();
  } else {
    try {
      await checkManifest(input);
    } catch (err) {
      if (!(err instanceof PhotoError)) throw err;
      io.stderr(`fairshot: ${err.message}\n`);
      return 2;
    }
    total = await countManifestRows(input);
    source = manifestJobs(input);
  }
  const out = values.out ?? null;
  if (out) await mkdir(out, { recursive: true });

  if (!values.json) io.stdout(TABLE_HEADER);
  const bar = io.stderrIsTty ? progressBar(io, 'batch') : null;
  let done = 0;
  let audited = 0;
  let errors = 0;
  const start = Date.now();
  const onJob = (d: JobDone) => {
    done++;
    if (!d.resumed) audited++;
    const failed = d.rows.filter((r) => r.error);
    errors += failed.length;
    // The bar is cleared before a result is printed, or the table would run on from its line.
    bar?.done();
    io.stdout(values.json ? jsonLines(d) : tableLines(d));
    // The table shows an error on its row; NDJSON on stdout is for programs, so a person reads it here.
    if (values.json) for (const r of failed) io.stderr(`fairshot: ${r.error}\n`);
    // The rate counts what this run audited: sources resumed from the journal take no time and read
    // as thousands per minute (issue 5).
    const perMin = (audited / Math.max(0.001, (Date.now() - start) / 1000)) * 60;
    const detail = `${done}${total === null ? '' : `/${total}`} sources, ${errors} errors, ${perMin.toFixed(1)}/min`;
    if (bar) bar.update(total ? done / total : 0, detail);
    else io.stderr(`batch: ${detail}\n`);
  };
  // Ctrl-C: finished cases are already in the journal (flushed as each finished); say how to resume.
  const onInterrupt = () => {
    bar?.done();
    io.stderr(
      `\nfairshot: interrupted after ${done} source${done === 1 ? '' : 's'}${out ? `; run the same command again to resume (finished cases in ${out} are kept)` : ''}\n`,
    );
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  const totals = await runBatch(
    source,
    { jobs, out, wantReports: Boolean(values.json), title: `Fairshot batch: ${input}` },
    onJob,
  ).finally(() => {
    process.off('SIGINT', onInterrupt);
    bar?.done();
  });
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  io.stderr(
    `fairshot: ${s(totals.cases, 'case')} audited from ${s(totals.jobs, 'source')}, ${totals.errors} with errors, in ${totals.seconds.toFixed(1)} s\n`,
  );
  if (out && totals.resumed > 0)
    io.stderr(
      `fairshot: ${s(totals.resumed, 'source')} resumed from an earlier run in ${out} (not redone)\n`,
    );
  for (const line of totals.reuse.lines) io.stderr(`fairshot: reused photo: ${line}\n`);
  return 0;
}
