import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPhoto } from '../../../../main/engine/input/readPhoto.js';
import { cameraJpeg, jpeg, rgb } from '../../../../bench/lib/provenanceCases.js';
import { renderScalp } from '../../../tools/renderScalp.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fairshot-provenance-'));
  const r = renderScalp({ seed: 4 });
  const base = { width: r.width, height: r.height, data: r.data };
  await writeFile(join(dir, 'camera.jpg'), await cameraJpeg(base, 90));
  await writeFile(join(dir, 'resaved.jpg'), await jpeg(await rgb(await jpeg(base, 70)), 90));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readPhoto provenance', () => {
  it('measures every photo it reads, and keeps the error-level map for the heat map', async () => {
    const camera = await readPhoto(join(dir, 'camera.jpg'), { provenance: true });
    const resaved = await readPhoto(join(dir, 'resaved.jpg'), { provenance: true });
    expect(camera.info.provenance!.thumbnail!.similarity).toBeGreaterThan(0.99);
    expect(camera.info.provenance!.doubleCompression!.score).toBeLessThan(0.5);
    expect(resaved.info.provenance!.doubleCompression!.score).toBeGreaterThan(0.85);
    // Neighbouring qualities share most low-frequency steps: the earlier quality is known to +-2.
    expect(Math.abs(resaved.info.provenance!.doubleCompression!.primaryQuality! - 70)).toBeLessThanOrEqual(2);
    expect(camera.errorLevel!.cols).toBe(64);
  });

  it('skips it unless asked (previews, crops and digests need none)', async () => {
    const p = await readPhoto(join(dir, 'camera.jpg'));
    expect(p.info.provenance).toBeUndefined();
    expect(p.errorLevel).toBeNull();
  });
});
