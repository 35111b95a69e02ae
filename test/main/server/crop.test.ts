import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../../shared/contract/api.js';
import { AuditPool } from '../../../main/engine/pool/AuditPool.js';
import { PairService } from '../../../main/engine/session/PairService.js';
import type { RunningServer } from '../../../main/server/startServer.js';
import { startServer } from '../../../main/server/startServer.js';
import { scene, tempDir, writeJpeg } from '../cli/fixtures.js';

/** The loupe's crop route, end to end: a real analysis in a worker, then full-resolution crops over HTTP. */
describe('GET /api/analyses/ID/crop', () => {
  let dir: string;
  let beforePath: string;
  let server: RunningServer;
  let service: PairService;
  let base: string;
  let analysisId: string;
  const pool = new AuditPool({ size: 1 });

  const api = (path: string) => fetch(`${base}${path}`, { headers: { 'x-fairshot-token': server.token } });

  beforeAll(async () => {
    dir = await tempDir('fairshot-crop-');
    const img = scene(640, 480, 11);
    beforePath = await writeJpeg(join(dir, 'before.jpg'), img);
    const afterPath = await writeJpeg(join(dir, 'after.jpg'), img, { rotate: 3 });
    service = new PairService({
      pool,
      dataDir: join(dir, 'data'),
      sample: { before: beforePath, after: afterPath },
    });
    server = await startServer({ service, staticDir: dir });
    base = `http://127.0.0.1:${new URL(server.url).port}`;
    const pair = await service.initialPair();
    const analysis = await service.analyze({
      before: pair!.before.id,
      after: pair!.after.id,
      referenceRect: null,
      manual: null,
    });
    expect(analysis.report.alignment.status).toBe('aligned');
    analysisId = analysis.id;
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await service.close();
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers a PNG whose pixels are the original's at that place", async () => {
    const res = await api(`/api/analyses/${analysisId}/crop?source=before&left=300&top=100&size=64`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const crop = await sharp(Buffer.from(await res.arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([crop.info.width, crop.info.height, crop.info.channels]).toEqual([64, 64, 4]);
    const original = await sharp(beforePath)
      .extract({ left: 300, top: 100, width: 64, height: 64 })
      .raw()
      .toBuffer();
    let differ = 0;
    for (let i = 0; i < 64 * 64; i++)
      for (let c = 0; c < 3; c++) if (crop.data[4 * i + c] !== original[3 * i + c]) differ++;
    expect(differ).toBe(0);
  });

  it('warps the after photo into the before frame for that square only', async () => {
    const res = await api(`/api/analyses/${analysisId}/crop?source=aligned&left=280&top=200&size=96`);
    const crop = await sharp(Buffer.from(await res.arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const before = await sharp(beforePath)
      .extract({ left: 280, top: 200, width: 96, height: 96 })
      .raw()
      .toBuffer();
    // The after photo is the before turned 3 degrees and re-encoded: aligned, it matches closely, not exactly.
    let sum = 0;
    for (let i = 0; i < 96 * 96; i++)
      sum += Math.abs((crop.data[4 * i + 1] as number) - (before[3 * i + 1] as number));
    expect(sum / (96 * 96)).toBeLessThan(12);
    const unaligned = await api(`/api/analyses/${analysisId}/crop?source=after&left=280&top=200&size=96`);
    const raw = await sharp(Buffer.from(await unaligned.arrayBuffer()))
      .raw()
      .toBuffer();
    let far = 0;
    for (let i = 0; i < 96 * 96; i++)
      far += Math.abs((raw[4 * i + 1] as number) - (before[3 * i + 1] as number));
    expect(far / (96 * 96)).toBeGreaterThan(2 * (sum / (96 * 96)));
  });

  it.each([
    ['source=before&left=1.5&top=0&size=64', 'left'],
    ['source=before&left=&top=0&size=64', 'left'],
    ['source=before&left=0&top=0&size=100000', 'size'],
    ['source=/etc/passwd&left=0&top=0&size=64', 'source'],
    ['source=before&top=0&size=64', 'left'],
  ])('refuses %s with a one-line ApiError', async (query, field) => {
    const res = await api(`/api/analyses/${analysisId}/crop?${query}`);
    expect(res.status).toBe(400);
    const err = ApiErrorSchema.parse(await res.json());
    expect(err.kind).toBe('bad-input');
    expect(err.error).toMatch(new RegExp(`^crop: ${field}: `));
  });

  it('refuses an unknown analysis and answers nothing without the token', async () => {
    const res = await api('/api/analyses/nosuchanalysis/crop?source=before&left=0&top=0&size=64');
    expect(res.status).toBe(400);
    expect(ApiErrorSchema.parse(await res.json()).error).toMatch(/^unknown analysis id/);
    const bare = await fetch(`${base}/api/analyses/${analysisId}/crop?source=before&left=0&top=0&size=64`);
    expect(bare.status).toBe(403);
  });
});
