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
    (result) => {
      const transfer: ArrayBuffer[] = [];
      if (result.rendered) {
        for (const [name, data] of result.rendered) {
          if (typeof data === 'string') continue;
          // sharp's Buffers may share a pooled or native-owned ArrayBuffer that cannot be moved: copy each
          // into its own (a memcpy here, off the caller's thread) and transfer that, so the caller copies nothing.
          const own = new Uint8Array(data.byteLength);
          own.set(data);
          result.rendered.set(name, own);
          transfer.push(own.buffer);
        }
      }
      port.postMessage({ id: job.id, kind: 'done', result } satisfies WorkerMessage, transfer);
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
