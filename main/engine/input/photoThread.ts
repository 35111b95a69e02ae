/**
 * readPhoto on a thread of its own, for audits. Reading a photo is mostly waiting for sharp and
 * exifr (and loading sharp itself, about 0.1 s); its provenance is about 0.15 s of JavaScript per
 * 12 MP photo. Done here, all of it runs beside the audit's thread, which meanwhile loads OpenCV and
 * then registers the pair: a cold audit no longer pays for them one after the other. This module
 * loads neither sharp nor exifr; only `full()` does, when outputs are rendered.
 *
 * One worker per thread that asks, started on first use and kept (unreferenced while idle, so it never
 * keeps a process alive). When it cannot start or dies, the photo is read here instead: an audit is
 * never lost to the thread.
 */
import type { Worker } from 'node:worker_threads';
import type { RgbImage } from '../../../shared/analysis/image.js';
import type { PhotoInfo } from '../../../shared/contract/report.js';
import { startWorker } from '../pool/startWorker.js';
import type { MeasuredProvenance } from '../provenance/measureProvenance.js';
import { PhotoError } from './PhotoError.js';
import type { LoadedPhoto, ReadPhotoOptions } from './readPhoto.js';
import type { PhotoFormat } from './sniffFormat.js';

export interface PhotoRequest {
  id: number;
  path: string;
  options: ReadPhotoOptions;
}

export type PhotoReply =
  | { id: number; kind: 'read'; info: PhotoInfo; work: RgbImage; workScale: number; bytes: Uint8Array }
  | { id: number; kind: 'provenance'; result: MeasuredProvenance | null }
  /** `file` set: a PhotoError ("file: cause"); null: another failure, `cause` its message. */
  | { id: number; kind: 'error'; file: string | null; cause: string };

interface Pending {
  path: string;
  options: ReadPhotoOptions;
  read: { resolve: (photo: LoadedPhoto) => void; reject: (error: Error) => void } | null;
  provenance: (result: MeasuredProvenance | null | Promise<MeasuredProvenance | null>) => void;
  /** Set once the photo came back: what its provenance is measured from if the thread dies first. */
  got?: { bytes: Uint8Array; orientation: number };
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * readPhoto(path, options) on the photo thread. The photo comes back without info.provenance: with
 * `options.provenance` it follows in `pendingProvenance` (and the error-level map with it).
 * Throws PhotoError, as readPhoto does.
 */
export function readPhotoOffThread(path: string, options: ReadPhotoOptions = {}): Promise<LoadedPhoto> {
  return new Promise((resolve, reject) => {
    let provenance!: Pending['provenance'];
    const pendingProvenance = new Promise<MeasuredProvenance | null>((r) => (provenance = r));
    const entry: Pending = {
      path,
      options,
      provenance,
      read: {
        resolve: (photo) => resolve(options.provenance === true ? { ...photo, pendingProvenance } : photo),
        reject,
      },
    };
    const w = worker ?? start();
    if (!w) {
      readHere(entry);
      return;
    }
    const id = nextId++;
    pending.set(id, entry);
    w.ref(); // an audit waiting for its photos keeps the process alive
    w.postMessage({ id, path, options } satisfies PhotoRequest);
  });
}

/**
 * Starts the photo thread ahead of the first photo: its own start (loading sharp and the readers) then
 * overlaps whatever the caller does next, such as loading OpenCV.
 */
export function warmPhotoThread(): void {
  if (!worker) start();
}

/** The photo thread's id while it runs, else null (it starts with the first photo asked for). */
export function photoThreadId(): number | null {
  return worker?.threadId ?? null;
}

function start(): Worker | null {
  let w: Worker;
  try {
    w = startWorker(import.meta.url, 'photoWorker');
  } catch {
    return null;
  }
  w.on('message', (reply: PhotoReply) => receive(w, reply));
  // A worker that fails (its modules would not load, it ran out of memory) hands its photos back.
  const lost = () => {
    if (worker === w) worker = null;
    for (const [id, entry] of pending) {
      pending.delete(id);
      readHere(entry);
    }
  };
  w.on('error', lost);
  w.on('exit', lost);
  // Unreferenced only once its listeners are on: Node 20 re-refs a worker when a 'message' listener
  // is added after unref(), and a thread warmed but never asked for a photo kept the CLI from exiting.
  w.unref();
  worker = w;
  return w;
}

function receive(w: Worker, reply: PhotoReply): void {
  const entry = pending.get(reply.id);
  if (!entry) return;
  const done = () => {
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
  };
  if (reply.kind === 'read') {
    entry.read?.resolve({
      info: reply.info,
      work: reply.work,
      workScale: reply.workScale,
      bytes: reply.bytes,
      errorLevel: null,
      full: async (maxSide?: number) => {
        const { reopenPhoto } = await import('./readPhoto.js');
        return reopenPhoto(
          entry.path,
          reply.bytes,
          reply.info.format as PhotoFormat,
          entry.options.maxPixels,
        )(maxSide);
      },
    });
    entry.read = null;
    entry.got = { bytes: reply.bytes, orientation: reply.info.orientation };
    if (entry.options.provenance !== true) done();
  } else if (reply.kind === 'provenance') {
    entry.provenance(reply.result);
    done();
  } else {
    entry.read?.reject(
      reply.file === null ? new Error(reply.cause) : new PhotoError(reply.file, reply.cause),
    );
    entry.provenance(null);
    done();
  }
}

/** Without the thread: readPhoto here, and provenance (if asked) after it, as the thread would. */
function readHere(entry: Pending): void {
  void (async () => {
    const [{ readPhoto }, { measureProvenance }] = await Promise.all([
      import('./readPhoto.js'),
      import('../provenance/measureProvenance.js'),
    ]);
    let got = entry.got;
    if (entry.read) {
      let photo: LoadedPhoto;
      try {
        photo = await readPhoto(entry.path, { ...entry.options, provenance: false });
      } catch (error) {
        entry.read.reject(error instanceof Error ? error : new Error(String(error)));
        entry.provenance(null);
        return;
      }
      entry.read.resolve(photo);
      entry.read = null;
      got = { bytes: photo.bytes, orientation: photo.info.orientation };
    }
    if (entry.options.provenance !== true || !got) return;
    entry.provenance(
      measureProvenance({ ...got, errorLevelMap: entry.options.errorLevelMap }).catch(() => null),
    );
  })();
}
