import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhotoError } from '../../../../main/engine/input/PhotoError.js';
import { photoThreadId, readPhotoOffThread } from '../../../../main/engine/input/photoThread.js';
import { readPhoto } from '../../../../main/engine/input/readPhoto.js';
import { cameraJpeg, jpeg, rgb } from '../../../../bench/lib/provenanceCases.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { tempFolder } from './fixtures.js';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let files: string[];
beforeAll(async () => {
  folder = await tempFolder();
  const r = renderScalp({ seed: 4 });
  const base = { width: r.width, height: r.height, data: r.data };
  files = [
    await folder.put('camera.jpg', await cameraJpeg(base, 90)),
    await folder.put('resaved.jpg', await jpeg(await rgb(await jpeg(base, 70)), 90)),
  ];
});
afterAll(() => folder.done());

describe('readPhotoOffThread', () => {
  it('reads on the photo thread what readPhoto reads here, provenance following the photo', async () => {
    // Both at once: the thread answers each request by its id, whatever order they finish in.
    const options = { provenance: true, workMaxSide: 256 } as const;
    const threaded = await Promise.all(files.map((f) => readPhotoOffThread(f, options)));
    // Read by the worker, not by the fallback that reads here when the worker cannot run.
    expect(photoThreadId()).toBeGreaterThan(0);
    for (const [i, photo] of threaded.entries()) {
      const here = await readPhoto(files[i]!, options);
      const { provenance, ...facts } = here.info;
      expect(photo.info).toEqual(facts);
      expect(photo.work.width).toBe(here.work.width);
      expect(Buffer.from(photo.work.data).equals(Buffer.from(here.work.data))).toBe(true);
      const measured = await photo.pendingProvenance;
      expect(measured!.provenance).toEqual(provenance);
      expect(Array.from(measured!.errorLevel!.values)).toEqual(Array.from(here.errorLevel!.values));
      // full() decodes the bytes that came back, here.
      const [a, b] = await Promise.all([photo.full(300), here.full(300)]);
      expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    }
    expect(threaded[0]!.info.sha256).not.toBe(threaded[1]!.info.sha256);
  });

  it('passes a bad photo back as the same one-line PhotoError', async () => {
    const text = await folder.put('notes.jpg', 'not a photo at all');
    const missing = `${folder.dir}/missing.jpg`;
    for (const path of [text, missing]) {
      const here = await readPhoto(path).catch((e: unknown) => e);
      const there = await readPhotoOffThread(path, { provenance: true }).catch((e: unknown) => e);
      expect(here).toBeInstanceOf(PhotoError);
      expect(there).toBeInstanceOf(PhotoError);
      expect((there as PhotoError).message).toBe((here as PhotoError).message);
    }
  });

  it('asks for no provenance unless told', async () => {
    const photo = await readPhotoOffThread(files[0]!);
    expect(photo.pendingProvenance).toBeUndefined();
    expect(photo.info.provenance).toBeUndefined();
  });
});
