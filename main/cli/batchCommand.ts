/**
 * `fairshot batch MANIFEST.csv [--json] [--out DIR] [--jobs N]`: audits every row with a pool of workers.
 * Rows are read as they are needed and results are printed in manifest order as soon as they are ready,
 * so memory holds at most a window of rows however long the manifest is.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AuditReport } from '../../shared/contract/report.js';
import { readManifest } from '../engine/batch/readManifest.js';
import type { ManifestRow } from '../engine/batch/readManifest.js';
import { AuditPool } from '../engine/pool/AuditPool.js';
import { TEMP_PREFIX } from '../engine/atomicWrite.js';
import type { Io } from './index.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { UsageError } from './UsageError.js';

interface RowResult {
  row: ManifestRow;
  report: AuditReport | null;
  error: string | null;
  dir: string | null;
}

export async function batchCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, out: { type: 'string' }, jobs: { type: 'string' } },
    1,
    'batch',
  );
  const manifest = positionals[0] as string;
  const jobs = values.jobs === undefined ? 2 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs: expected a whole number 1-64, got "${values.jobs}"`);
  const st = await stat(manifest).catch(() => null);
  if (!st || !st.isFile()) {
    io.stderr(`fairshot: ${manifest}: ${st ? 'is a folder, not a manifest' : 'file not found'}\n`);
    return 2;
  }
  const out = values.out ?? null;
  if (out) await mkdir(out, { recursive: true });
  const csvTemp = out ? join(out, `${TEMP_PREFIX}summary.csv`) : null;
  const csv = csvTemp ? createWriteStream(csvTemp) : null;
  csv?.write('index,label,before,after,verdict,score,flags,error\n');

  const pool = new AuditPool({ size: jobs });
  const window = jobs * 2;
  const inflight = new Map<number, Promise<RowResult>>();
  let nextToPrint = 0;
  let done = 0;
  let failed = 0;
  const start = Date.now();
  if (!values.json)
    io.stdout(`${'#'.padStart(4)}  ${'label'.padEnd(24)} ${'verdict'.padEnd(15)} score  flags\n`);

  const emit = (r: RowResult) => {
    done++;
    if (r.error) failed++;
    if (values.json) {
      io.stdout(
        `${JSON.stringify(r.report ? { ...r.report, label: r.row.label } : { index: r.row.index, label: r.row.label, before: r.row.before, after: r.row.after, error: r.error })}\n`,
      );
    } else io.stdout(tableRow(r));
    csv?.write(csvRow(r));
    progress(io, done, failed, start);
  };

  const flushInOrder = async () => {
    while (inflight.has(nextToPrint)) {
      const r = await (inflight.get(nextToPrint) as Promise<RowResult>);
      inflight.delete(nextToPrint);
      emit(r);
      nextToPrint++;
    }
  };

  try {
    for await (const row of readManifest(manifest)) {
      inflight.set(row.index, runRow(pool, row, out));
      if (inflight.size >= window) {
        // Wait for the oldest row: it must print first anyway.
        await flushInOrder();
      }
    }
    await flushInOrder();
  } finally {
    await pool.close();
    if (io.stderrIsTty) io.stderr('\n');
  }
  io.stderr(
    `fairshot: ${done} pair${done === 1 ? '' : 's'} audited, ${failed} with errors, in ${((Date.now() - start) / 1000).toFixed(1)} s\n`,
  );
  if (csv && csvTemp && out) {
    await new Promise<void>((res, rej) => csv.end((err?: Error | null) => (err ? rej(err) : res())));
    await rename(csvTemp, join(out, 'summary.csv')).catch(async (e) => {
      await rm(csvTemp, { force: true });
      throw e;
    });
  }
  return 0;
}

async function runRow(pool: AuditPool, row: ManifestRow, out: string | null): Promise<RowResult> {
  if (row.error !== null) return { row, report: null, error: row.error, dir: null };
  const dir = out ? join(out, folderName(row)) : null;
  try {
    const { report } = await pool.run(row.before, row.after, { out: dir, label: row.label });
    return { row, report, error: null, dir };
  } catch (err) {
    return { row, report: null, error: err instanceof Error ? err.message : String(err), dir: null };
  }
}

function folderName(row: ManifestRow): string {
  const base = (row.label ?? basename(row.after).replace(/\.[^.]+$/, ''))
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .slice(0, 48);
  return `${String(row.index + 1).padStart(4, '0')}-${base || 'pair'}`;
}

function tableRow(r: RowResult): string {
  const label = (r.row.label ?? basename(r.row.after)).slice(0, 24).padEnd(24);
  const n = String(r.row.index + 1).padStart(4);
  if (!r.report) return `${n}  ${label} ${'ERROR'.padEnd(15)}     -  ${r.error}\n`;
  const flags =
    r.report.flags
      .filter((f) => f.severity !== 'info')
      .map((f) => f.id)
      .join(' ') || '-';
  return `${n}  ${label} ${r.report.verdict.label.padEnd(15)} ${String(r.report.verdict.score).padStart(5)}  ${flags}\n`;
}

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(r: RowResult): string {
  const rep = r.report;
  return `${[
    r.row.index + 1,
    r.row.label,
    r.row.before,
    r.row.after,
    rep?.verdict.label ?? 'error',
    rep?.verdict.score ?? null,
    rep ? rep.flags.map((f) => `${f.id}:${f.severity}`).join(' ') : null,
    r.error,
  ]
    .map(csvCell)
    .join(',')}\n`;
}

function progress(io: Io, done: number, failed: number, start: number): void {
  const rate = done / Math.max(0.001, (Date.now() - start) / 1000);
  const line = `batch: ${done} done, ${failed} errors, ${rate.toFixed(2)} pairs/s`;
  io.stderr(io.stderrIsTty ? `\r${line}` : `${line}\n`);
}
