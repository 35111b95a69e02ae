/**
 * The photo thread (see photoThread.ts): reads photos with readPhoto and measures their provenance,
 * answering each request twice, first with the photo as soon as it is decoded, then with its
 * provenance. Provenance waits until no photo is being read, so it never delays a working copy.
 */
import { parentPort } from 'node:worker_threads';
import { measureProvenance } from '../provenance/measureProvenance.js';
import { PhotoError } from './PhotoError.js';
import type { PhotoReply, PhotoRequest } from './photoThread.js';
import { readPhoto } from './readPhoto.js';

const port = parentPort;
if (!port) throw new Error('photoWorker must run as a worker thread');

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
    photo = await readPhoto(path, { ...options, provenance: false });
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
  // A photo whose history cannot be measured is still audited: null reads as "not measured".
  const result = await measureProvenance({
    bytes: photo.bytes,
    orientation: photo.info.orientation,
    errorLevelMap: options.errorLevelMap,
  }).catch(() => null);
  send({ id, kind: 'provenance', result });
}
