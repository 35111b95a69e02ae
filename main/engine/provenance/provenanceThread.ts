/**
 * measureProvenance on a worker thread of its own, so that a photo's provenance is measured while the
 * audit's thread registers the pair: registration is single-threaded wasm and leaves the second core
 * idle, and the provenance checks cost about 0.15 s per 12 MP photo of main-thread JavaScript.
 *
 * One worker per thread that asks, started on first use and kept (unreferenced, so it never keeps a
 * process alive) for the next photo. When the worker cannot start or dies, the photo is measured here
 * instead: the audit is never lost to the thread.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../pool/startWorker.js';
import {
  measureProvenance,
  type MeasuredProvenance,
  type MeasureProvenanceInput,
} from './measureProvenance.js';

/** What the worker is asked: a whole photo's bytes (panels are measured where they are cut). */
export type ProvenanceRequest = { id: number } & Pick<
  MeasureProvenanceInput,
  'bytes' | 'orientation' | 'errorLevelMap'
>;
/** The worker's answer: null when the photo's provenance could not be measured. */
export interface ProvenanceReply {
  id: number;
  result: MeasuredProvenance | null;
}

type Input = Omit<ProvenanceRequest, 'id'>;

let worker: Worker | null = null;
let nextId = 1;
type Resolve = (r: MeasuredProvenance | null | Promise<MeasuredProvenance | null>) => void;
const pending = new Map<number, { input: Input; resolve: Resolve }>();

/** Measures one photo's provenance off this thread; null when it cannot be measured (as inline). */
export function measureProvenanceOffThread(input: Input): Promise<MeasuredProvenance | null> {
  return new Promise((resolve) => {
    const w = worker ?? start();
    if (!w) {
      resolve(inline(input));
      return;
    }
    const id = nextId++;
    pending.set(id, { input, resolve });
    w.ref(); // an audit waiting for an answer keeps the process alive
    w.postMessage({ id, ...input } satisfies ProvenanceRequest);
  });
}

function inline(input: Input): Promise<MeasuredProvenance | null> {
  return measureProvenance(input).catch(() => null);
}

function start(): Worker | null {
  let w: Worker;
  try {
    w = startWorker(import.meta.url, 'provenanceWorker');
  } catch {
    return null;
  }
  w.unref();
  w.on('message', (reply: ProvenanceReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    p.resolve(reply.result);
  });
  // A worker that fails (its modules would not load, it ran out of memory) hands its photos back.
  const lost = () => {
    if (worker === w) worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.resolve(inline(p.input));
    }
  };
  w.on('error', lost);
  w.on('exit', lost);
  worker = w;
  return w;
}

/** The provenance thread's id while it runs, else null (it starts on the first deferred photo). */
export function provenanceThreadId(): number | null {
  return worker?.threadId ?? null;
}
