/**
 * A pool of audit worker threads (pairs, composites, split proposals). Jobs queue until a worker is free; cancelling a job terminates its
 * worker (the only way to stop wasm mid-computation) and a fresh one takes its place.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from './startWorker.js';
import type { AuditReport } from '../../../shared/contract/report.js';
import type { AuditResult } from '../auditPair.js';
import { PhotoError } from '../input/PhotoError.js';
import type { ProposedSplit } from '../../../shared/contract/composite.js';
import type { AuditJob, AuditJobOptions, CompositeJobOptions, JobResult, WorkerMessage } from './messages.js';

export interface AuditPoolOptions {
  /** Worker threads. @default 2 (one per core of the machines we measure on) */
  size?: number;
}

interface Pending {
  job: AuditJob;
  // The job's kind fixes the result's type; the public methods give it back typed.
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
  onProgress?: (fraction: number, stage: string) => void;
  onDisplay?: (report: AuditReport, images: Map<string, Uint8Array>) => void;
}

/** What a caller may follow of a running job. */
export interface AuditRunExtra {
  /** Cancels the job: its worker is terminated. */
  signal?: AbortSignal;
  onProgress?: (fraction: number, stage: string) => void;
  /**
   * With `render.display`: the report and the display images, before the exports are rendered (the
   * job's result then leaves those images out of its `rendered`).
   */
  onDisplay?: (report: AuditReport, images: Map<string, Uint8Array>) => void;
}

export class AuditPool {
  private readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: AuditPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? 2);
  }

  /** Audits a pair in a worker. Rejects with PhotoError for bad input; `signal` cancels it. */
  run(
    before: string,
    after: string,
    options: AuditJobOptions = {},
    extra: AuditRunExtra = {},
  ): Promise<AuditResult> {
    return this.submit((id) => ({ id, kind: 'pair', before, after, options }), extra) as Promise<AuditResult>;
  }

  /**
   * Audits every case of a composite in a worker: one result per case, in the split's order. Rejects
   * with PhotoError for a bad file or a single photo; `signal` cancels it; progress covers all cases.
   * (`onDisplay` is not used: a composite's results arrive together.)
   */
  runComposite(
    path: string,
    options: CompositeJobOptions = {},
    extra: Omit<AuditRunExtra, 'onDisplay'> = {},
  ): Promise<AuditResult[]> {
    return this.submit((id) => ({ id, kind: 'composite', path, options }), extra) as Promise<AuditResult[]>;
  }

  /** Reads and splits a composite in a worker, without auditing it (see proposeSplit). */
  proposeSplit(path: string, extra: { signal?: AbortSignal } = {}): Promise<ProposedSplit> {
    return this.submit((id) => ({ id, kind: 'propose', path }), extra) as Promise<ProposedSplit>;
  }

  private submit(make: (id: number) => AuditJob, extra: AuditRunExtra): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('AuditPool: closed'));
    return new Promise<JobResult>((resolve, reject) => {
      const p: Pending = {
        job: make(this.nextId++),
        resolve,
        reject,
        onProgress: extra.onProgress,
        onDisplay: extra.onDisplay,
      };
      if (extra.signal) {
        if (extra.signal.aborted) return reject(new Error('cancelled'));
        extra.signal.addEventListener('abort', () => this.cancel(p), { once: true });
      }
      this.queue.push(p);
      this.pump();
    });
  }

  /**
   * Starts one worker ahead of the first job (when none exists), so that its OpenCV wasm compiles while
   * the person is still choosing photos. An idle worker does not keep the process alive.
   */
  warm(): void {
    if (this.closed || this.idle.length + this.busy.size > 0) return;
    const w = this.spawn();
    w.unref();
    this.idle.push(w);
  }

  /** Terminates every worker; queued jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('AuditPool: closed'));
    const all = [...this.idle.splice(0), ...this.busy.keys()];
    for (const [, p] of this.busy) p.reject(new Error('AuditPool: closed'));
    this.busy.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private cancel(p: Pending): void {
    const qi = this.queue.indexOf(p);
    if (qi >= 0) {
      this.queue.splice(qi, 1);
      p.reject(new Error('cancelled'));
      return;
    }
    for (const [w, q] of this.busy) {
      if (q !== p) continue;
      this.busy.delete(w);
      void w.terminate();
      p.reject(new Error('cancelled'));
      this.pump();
      return;
    }
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let w = this.idle.pop();
      if (!w) {
        if (this.busy.size >= this.size) return;
        w = this.spawn();
      }
      const p = this.queue.shift() as Pending;
      this.busy.set(w, p);
      // A busy worker keeps the process alive until its job settles; an idle one does not.
      w.ref();
      w.postMessage(p.job);
    }
  }

  private spawn(): Worker {
    const w = startWorker(import.meta.url, 'auditWorker');
    w.on('message', (m: WorkerMessage) => {
      const p = this.busy.get(w);
      if (!p || p.job.id !== m.id) return;
      if (m.kind === 'progress') return p.onProgress?.(m.fraction, m.stage);
      if (m.kind === 'display') return p.onDisplay?.(m.report, m.images);
      this.busy.delete(w);
      this.idle.push(w);
      w.unref();
      if (m.kind === 'done') p.resolve(m.result);
      else p.reject(m.photo ? new PhotoError(m.photo.file, m.photo.cause) : new Error(m.message));
      this.pump();
    });
    w.on('error', (err) => {
      const p = this.busy.get(w);
      this.busy.delete(w);
      p?.reject(err);
      this.pump();
    });
    // A worker that died while idle (a warmed one whose wasm failed to load, say) must not be handed a job.
    w.on('exit', () => {
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
    });
    return w;
  }
}
