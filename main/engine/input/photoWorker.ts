/**
 * The photo thread (see photoThread.ts): reads photos with readPhoto and measures their provenance,
 * answering each request twice, first with the photo as soon as it is decoded, then with its
 * provenance. Provenance waits until no photo is being read, so it never delays a working copy.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { PhotoError } from './PhotoError.js';
import type { PhotoReply, PhotoRequest } from './photoThread.js';
import { readPhoto } from './readPhoto.js';

const port = parentPort;
if (!port) throw new Error('photoWorker must run as a worker thread');

/** Steps of nice value the photo thread takes below the thread that started it (19 is the lowest). */
const PHOTO_THREAD_NICE = 10;

let reading = 0;
let idle: Array<() => void> = [];
const readsDone = (): Promise<void> =>
  reading === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve));

port.on('message', (request: PhotoRequest) => void answer(request));

async function answer({ id, path, options }: PhotoRequest): Promise<void> {
  const send = (reply: PhotoReply, transfer: ArrayBuffer[] = []) => port!.postMessage(reply, transfer);
  reading++;
  let photo: Awaited<ReturnType<typeof readPhoto>>;
  try {
    // Read shared: the bytes go to the audit's thread as they are (structured clone copied them twice,
    // 2 MB of fresh pages on each thread per 12 MP JPEG, just as the audit's thread needs them).
    photo = await readPhoto(path, { ...options, provenance: false, sharedBytes: true });
  } catch (error) {
    send({
      id,
      kind: 'error',
      file: error instanceof PhotoError ? error.file : null,
      cause:
        error instanceof PhotoError ? error.cause_ : String(error instanceof Error ? error.message : error),
    });
    return;
  } finally {
    if (--reading === 0) {
      const waiting = idle;
      idle = [];
      for (const resolve of waiting) resolve();
    }
  }
  // The working copy is sharp's buffer (maybe pooled, not movable): moved through a copy of its own.
  const work = { ...photo.work, data: new Uint8Array(photo.work.data) };
  send({ id, kind: 'read', info: photo.info, work, workScale: photo.workScale, bytes: photo.bytes }, [
    work.data.buffer as ArrayBuffer,
  ]);
  if (options.provenance !== true) return;
  await readsDone();
  lowerPriority();
  // Imported once the photos are out: the provenance modules are most of what this thread would
  // otherwise load before it could read the first photo.
  const { measureProvenance } = await import('../provenance/measureProvenance.js');
  // A photo whose history cannot be measured is still audited: null reads as "not measured".
  const result = await measureProvenance({
    bytes: photo.bytes,
    orientation: photo.info.orientation,
    errorLevelMap: options.errorLevelMap,
  }).catch(() => null);
  send({ id, kind: 'provenance', result });
}

let lowered = false;

/**
 * From its first provenance on, this thread yields the cores to the audit's own thread: provenance is
 * measured while the pair registers on the main thread, the longer path, so when both want a core the
 * main thread should have it. Photos are still read at the process's priority the first time (the
 * main thread waits for them); the value cannot be raised again without privileges, so later reads on
 * this thread run niced too, which matters only when the cores are contended. Linux gives each thread
 * its own nice value (setpriority on the thread's id); elsewhere, or when refused, nothing changes.
 * Measured on the e2e pair, cold audits alternating with and without, on a machine shared with other
 * work: niced from its start, the audit ended at 2732 and 3512 ms median (6 runs each, two batches)
 * against 2951 and 4036 ms; niced from its first provenance, as here, 4381 against 4761 ms (6 runs,
 * heavier load), and 2171 against 2137 ms (8 runs, the load falling to nothing halfway): no loss
 * when the cores are free, and a shorter registration when they are not.
 */
function lowerPriority(): void {
  if (lowered) return;
  lowered = true;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0)
      setPriority(tid, Math.min(19, getPriority(tid) + PHOTO_THREAD_NICE));
  } catch {
    // Not Linux, or not permitted: no harm, only no preference.
  }
}
