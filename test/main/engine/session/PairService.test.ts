import { readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema, AnalyzeRequestSchema, RecentPairSchema } from '../../../../shared/contract/api.js';
import { AuditReportSchema } from '../../../../shared/contract/report.js';
import { AuditPool } from '../../../../main/engine/pool/AuditPool.js';
import { PairService, ServiceError } from '../../../../main/engine/session/PairService.js';
import { scene, tempDir, writeJpeg } from '../../cli/fixtures.js';

const require = createRequire(import.meta.url);
const exifr = require('exifr') as { gps(b: Uint8Array): Promise<unknown> };

/** The photo's bytes with GPS coordinates added to its EXIF, as a phone would write them. */
async function withGps(path: string): Promise<Uint8Array> {
  const bytes = await sharp(path)
    .jpeg()
    .withExif({
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 0/1',
      },
    })
    .toBuffer();
  expect(await exifr.gps(bytes)).toMatchObject({ latitude: 51.5 });
  return new Uint8Array(bytes);
}

describe('PairService', () => {
  let dir: string;
  let service: PairService;
  let beforePath: string;
  let afterPath: string;
  const pool = new AuditPool({ size: 1 });

  beforeAll(async () => {
    dir = await tempDir('fairshot-service-');
    const img = scene(480, 360, 5);
    beforePath = await writeJpeg(join(dir, 'crown-jan.jpg'), img);
    afterPath = await writeJpeg(join(dir, 'crown-jun.jpg'), img, { rotate: 3 });
    service = new PairService({
      pool,
      dataDir: join(dir, 'data'),
      sample: { before: beforePath, after: afterPath },
      recentFile: join(dir, 'state', 'recent.json'),
    });
  });
  afterAll(async () => {
    await service.close();
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('creates its data folder private to the user', async () => {
    expect((await stat(join(dir, 'data'))).mode & 0o777).toBe(0o700);
  });

  it('offers the sample pair first when no pair was named', async () => {
    const pair = await service.initialPair();
    expect(pair).toMatchObject({
      sample: true,
      before: { name: 'crown-jan.jpg' },
      after: { name: 'crown-jun.jpg' },
    });
    expect(await service.initialPair()).toEqual(pair);
  });

  it('analyzes an uploaded pair in the pool, renders display images and keeps no path in the report', async () => {
    const before = await service.upload('jan.jpg', await withGps(beforePath));
    const after = await service.upload('jun.jpg', new Uint8Array(await readFile(afterPath)));
    expect(before.id).not.toBe(after.id);
    const progress: { fraction: number; stage: string }[] = [];
    const analysis = await service.analyze(
      AnalyzeRequestSchema.parse({ before: before.id, after: after.id }),
      {
        onProgress: (p) => progress.push(p),
      },
    );
    AnalysisSchema.parse(analysis);
    expect(progress.length).toBeGreaterThan(2);
    // It resolves once the display images exist; the exports are still being rendered in the worker.
    expect(progress.at(-1)?.stage).toBe('render');
    expect(analysis.report.alignment.status).toBe('aligned');
    expect(analysis.images).toEqual([
      'before',
      'after',
      'aligned',
      'aligned-normalized',
      'difference',
      'error-level-before',
      'error-level-after',
    ]);
    expect(analysis.display.before).toEqual({ width: 480, height: 360 });
    expect(analysis.report.before).toMatchObject({ name: 'jan.jpg', path: 'jan.jpg' });
    expect(JSON.stringify(analysis.report)).not.toContain(dir);

    for (const kind of analysis.images) {
      const img = await service.image(analysis.id, kind);
      const m = await sharp(img.bytes).metadata();
      expect(m.format).toBe(kind === 'difference' || kind.startsWith('error-level') ? 'png' : 'jpeg');
      expect([m.width, m.height]).toEqual([480, 360]);
      expect(m.exif).toBeUndefined();
      expect(await exifr.gps(img.bytes)).toBeUndefined();
    }

    const json = await service.exportBytes(analysis.id, 'report-json');
    expect(json.fileName).toBe('fairshot-jan-vs-jun.json');
    const report = AuditReportSchema.parse(JSON.parse(Buffer.from(json.bytes).toString('utf8')));
    expect([report.before.path, report.after.path]).toEqual(['jan.jpg', 'jun.jpg']);
    const html = Buffer.from((await service.exportBytes(analysis.id, 'report-html')).bytes).toString('utf8');
    expect(html).toContain('<html');
    expect(html).not.toContain(dir);
    const gif = await service.exportBytes(analysis.id, 'flicker-gif');
    expect((await sharp(gif.bytes).metadata()).format).toBe('gif');
    const png = await service.exportBytes(analysis.id, 'side-by-side-png');
    const pm = await sharp(png.bytes).metadata();
    expect(pm.format).toBe('png');
    expect(pm.height).toBeGreaterThan(360); // the verdict and flags strip under the photos
    expect(pm.exif).toBeUndefined();
    expect(await exifr.gps(png.bytes)).toBeUndefined();
    expect((await sharp(gif.bytes).metadata()).exif).toBeUndefined();
    await expect(service.exportBytes(analysis.id, 'report-pdf')).rejects.toMatchObject({ kind: 'bad-input' });

    const recent = await service.recentPairs();
    expect(recent).toHaveLength(1);
    RecentPairSchema.parse(recent[0]);
    expect(recent[0]).toMatchObject({ before: { name: 'jan.jpg' }, after: { name: 'jun.jpg' } });
    const saved = await readFile(join(dir, 'state', 'recent.json'), 'utf8');
    expect(JSON.parse(saved)).toHaveLength(1);
  });

  it('rejects unknown ids and the same photo twice as bad input', async () => {
    const ref = service.registerPath(beforePath);
    const unknown = AnalyzeRequestSchema.parse({ before: ref.id, after: 'nosuchid' });
    await expect(service.analyze(unknown)).rejects.toMatchObject({
      kind: 'bad-input',
      message: /unknown photo id/,
    });
    await expect(
      service.analyze(AnalyzeRequestSchema.parse({ before: ref.id, after: ref.id })),
    ).rejects.toThrow(ServiceError);
    await expect(service.image('nosuchanalysis', 'before')).rejects.toMatchObject({ kind: 'bad-input' });
    await expect(service.exportBytes('nosuchanalysis', 'report-json')).rejects.toMatchObject({
      kind: 'bad-input',
    });
  });

  it('names a bad upload by its display name, never by where it was stored', async () => {
    const good = await service.upload('good.jpg', new Uint8Array(await readFile(beforePath)));
    const bad = await service.upload('broken.jpg', new TextEncoder().encode('not a photo at all'));
    const err = await service
      .analyze(AnalyzeRequestSchema.parse({ before: good.id, after: bad.id }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ kind: 'bad-input', message: /^broken\.jpg: unsupported format/ });
    expect((err as Error).message).not.toContain(dir);
    await expect(service.upload('empty.jpg', new Uint8Array(0))).rejects.toMatchObject({ kind: 'bad-input' });
  });

  it('cancels a running analysis: rejects with kind cancelled', async () => {
    const pair = (await service.initialPair())!;
    const ac = new AbortController();
    const running = service.analyze(
      AnalyzeRequestSchema.parse({ before: pair.before.id, after: pair.after.id }),
      {
        signal: ac.signal,
        onProgress: (p) => p.fraction > 0 && ac.abort(),
      },
    );
    await expect(running).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
