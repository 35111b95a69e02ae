/**
 * A worker thread that audits pairs one at a time. OpenCV wasm is single-threaded, so one worker per
 * core doubles throughput; each worker loads the wasm once and keeps it.
 */
import { parentPort } from 'node:worker_threads';
import { auditPair } from '../auditPair.js';
import { PhotoError } from '../input/PhotoError.js';
import type { AuditJob, WorkerMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('auditWorker must run as a worker thread');

port.on('message', (job: AuditJob) => {
  const post = (m: WorkerMessage) => port.postMessage(m);
  auditPair(job.before, job.after, {
    ...job.options,
    onProgress: (fraction, stage) => post({ id: job.id, kind: 'progress', fraction, stage }),
  }).then(
    (result) => post({ id: job.id, kind: 'done', result }),
    (err: unknown) =>
      post({
        id: job.id,
        kind: 'error',
        message: err instanceof Error ? err.message : String(err),
        photo: err instanceof PhotoError ? { file: err.file, cause: err.cause_ } : null,
      }),
  );
});
