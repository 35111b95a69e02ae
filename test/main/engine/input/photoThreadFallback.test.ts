import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { photoThreadId, readPhotoOffThread } from '../../../../main/engine/input/photoThread.js';
import { readPhoto } from '../../../../main/engine/input/readPhoto.js';
import { cameraJpeg } from '../../../../bench/lib/provenanceCases.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { tempFolder } from './fixtures.js';

// A worker that cannot be started (a broken install, a sandbox without threads).
vi.mock('../../../../main/engine/pool/startWorker.js', () => ({
  startWorker: () => {
    throw new Error('no threads here');
  },
}));

let folder: Awaited<ReturnType<typeof tempFolder>>;
let file: string;
beforeAll(async () => {
  folder = await tempFolder();
  const r = renderScalp({ seed: 5 });
  file = await folder.put(
    'camera.jpg',
    await cameraJpeg({ width: r.width, height: r.height, data: r.data }, 90),
  );
});
afterAll(() => folder.done());

describe('readPhotoOffThread without a thread', () => {
  it('reads the photo and measures its provenance here instead', async () => {
    const photo = await readPhotoOffThread(file, { provenance: true, workMaxSide: 256 });
    expect(photoThreadId()).toBeNull();
    const here = await readPhoto(file, { provenance: true, workMaxSide: 256 });
    expect((await photo.pendingProvenance)!.provenance).toEqual(here.info.provenance);
    expect(photo.info.sha256).toBe(here.info.sha256);
  });
});
