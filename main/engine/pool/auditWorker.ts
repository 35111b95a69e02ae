/**
 * A worker thread that runs audit jobs one at a time: pairs, composites and split proposals. OpenCV wasm is single-threaded, so one worker per
 * core doubles throughput; each worker loads the wasm once and keeps it.
 */
import { parentPort } from 'node:worker_threads';
import { auditPair, type AuditResult } from '../auditPair.js';
import { auditComposite } from '../composite/auditComposite.js';
import { proposeSplit } from '../composite/proposeSplit.js';
import { PhotoError } from '../input/PhotoError.js';
import { loadOpenCv } from '../opencv.js';
import type { AuditJob, JobResult, WorkerMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('auditWorker must run as a worker thread');
// A worker exists to audit: compile the wasm now, so that a worker started ahead (AuditPool.warm) has it
// ready by the first job. A failure is kept in the cached promise and reported by that job.
loadOpenCv().catch(() => undefined);

/**
 * Moves `data` to its own ArrayBuffer for transfer. sharp's Buffers may share a pooled or native-owned
 * ArrayBuffer that cannot be moved; the memcpy happens here, off the caller's thread, and the caller
 * receives the bytes without copying.
 */
function owned(data: Uint8Array, transfer: ArrayBuffer[]): Uint8Array {
  const own = new Uint8Array(data.byteLength);
  own.set(data);
  transfer.push(own.buffer);
  return own;
}

/** Moves every rendered buffer of `result` not already sent with a 'display' message. */
function transferRendered(result: AuditResult, sent: Set<string>, transfer: ArrayBuffer[]): void {
  if (!result.rendered) return;
  for (const [name, data] of result.rendered) {
    if (sent.has(name)) result.rendered.delete(name);
    else if (typeof data !== 'string') result.rendered.set(name, owned(data, transfer));
  }
}

port.on('message', (job: AuditJob) => {
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const sent = new Set<string>();
  const onProgress = (fraction: number, stage: string) =>
    post({ id: job.id, kind: 'progress', fraction, stage });
  let work: Promise<JobResult>;
  if (job.kind === 'propose') work = proposeSplit(job.path);
  else if (job.kind === 'composite') work = auditComposite(job.path, { ...job.options, onProgress });
  else
    work = auditPair(job.before, job.after, {
      ...job.options,
      onProgress,
      onDisplay: (report, images) => {
        const transfer: ArrayBuffer[] = [];
        const moved = new Map<string, Uint8Array>();
        for (const [name, data] of images) {
          moved.set(name, owned(data, transfer));
          sent.add(name);
        }
        post({ id: job.id, kind: 'display', report, images: moved }, transfer);
      },
    });
  work.then(
    (result) => {
      const transfer: ArrayBuffer[] = [];
      if (Array.isArray(result)) for (const r of result) transferRendered(r, sent, transfer);
      else if ('report' in result) transferRendered(result, sent, transfer);
      post({ id: job.id, kind: 'done', result }, transfer);
    },
    (err: unknown) =>
      post({
        id: job.id,
        kind: 'error',
        message: err instanceof Error ? err.message : String(err),
        photo: err instanceof PhotoError ? { file: err.file, cause: err.cause_ } : null,
      }),
  );
});
