/**
 * The composite calls over HTTP against the real engine: a composite made from the sample pair is
 * uploaded, its split proposed and previewed, then audited as the person corrected it (order swapped).
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema, PhotoRefSchema, SplitProposalSchema } from '../../../shared/contract/api.js';
import { AuditPool } from '../../../main/engine/pool/AuditPool.js';
import { PairService } from '../../../main/engine/session/PairService.js';
import type { RunningServer } from '../../../main/server/startServer.js';
import { startServer } from '../../../main/server/startServer.js';
import { makeComposite, type MadeComposite } from '../../e2e/makeComposite.js';
import { tempDir } from '../cli/fixtures.js';

describe('composite routes', () => {
  let dir: string;
  let server: RunningServer;
  let service: PairService;
  let base: string;
  let made: MadeComposite;
  const pool = new AuditPool({ size: 1 });
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, headers: { 'x-fairshot-token': server.token, ...init.headers } });
  const upload = async (name: string, bytes: Uint8Array) =>
    PhotoRefSchema.parse(
      await (
        await api(`/api/upload?name=${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream' },
          body: bytes as Uint8Array<ArrayBuffer>,
        })
      ).json(),
    );

  beforeAll(async () => {
    dir = await tempDir('fairshot-composite-');
    // Wider than the 1600 px preview, so a proposal in the preview's frame would show.
    made = await makeComposite({ panelWidth: 900 });
    const sample = fileURLToSample();
    service = new PairService({ pool, dataDir: join(dir, 'data'), sample });
    await mkdir(join(dir, 'renderer'));
    server = await startServer({ service, staticDir: join(dir, 'renderer') });
    base = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server?.close();
    await service?.close();
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('proposes the split of an uploaded composite, within a few pixels of where the photos are', async () => {
    const ref = await upload('gallery.jpg', made.bytes);
    const res = await api(`/api/photos/${ref.id}/split`);
    expect(res.status).toBe(200);
    const p = SplitProposalSchema.parse(await res.json());
    expect(p).toMatchObject({ photo: ref, width: made.width, height: made.height });
    expect(p.split?.panels).toHaveLength(2);
    expect(p.split?.pairs[p.split.pair]).toEqual({ before: 0, after: 1 });
    expect(p.split?.order.from).toBe('reading');
    // The splitter's own accuracy is bench/composite.ts's business. What matters here is the frame: the
    // proposal is in the composite's full-resolution pixels. One in the 1600 px preview's frame would
    // score IoU 0.70 (left) and 0.49 (right) against the truth; the splitter itself measured 0.91 and
    // 0.98 at two of its versions (the light floor at the left photo's edge reads as band), hence 0.8.
    const truth = [made.truth.before, made.truth.after];
    p.split?.panels.forEach((panel, i) => {
      expect(iou(panel.rect, truth[i] ?? [0, 0, 1, 1]), `panel ${i}`).toBeGreaterThan(0.8);
    });
  }, 60_000);

  it('previews the photo as a small JPEG without its metadata', async () => {
    const withGps = await sharp(made.bytes)
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .toBuffer();
    const ref = await upload('gps.jpg', withGps);
    const res = await api(`/api/photos/${ref.id}/preview`);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(1600);
    expect(meta.width).toBe(1600);
    expect(meta.height).toBe(Math.round((1600 * made.height) / made.width));
    expect(meta.exif).toBeUndefined();
  }, 60_000);

  it('says a single photo is not a composite, in one line', async () => {
    const ref = await upload('before.jpg', await readFile(join(fileURLToSample().before)));
    const p = SplitProposalSchema.parse(await (await api(`/api/photos/${ref.id}/split`)).json());
    expect(p.split).toBeNull();
    expect(p.reason).toMatch(/^no separating band or seam was found$/);
  }, 60_000);

  it('names the file in one line when the image cannot be read, and keeps our paths out', async () => {
    const ref = await upload(
      'broken.jpg',
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]),
    );
    for (const what of ['split', 'preview']) {
      const res = await api(`/api/photos/${ref.id}/${what}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; kind: string };
      expect(body.kind).toBe('bad-input');
      expect(body.error).toMatch(/^broken\.jpg: /);
      expect(body.error).not.toContain(dir);
    }
  }, 60_000);

  it('cancels a composite audit: the job ends cancelled', async () => {
    const ref = await upload('gallery.jpg', made.bytes);
    const p = SplitProposalSchema.parse(await (await api(`/api/photos/${ref.id}/split`)).json());
    const start = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ composite: ref.id, split: p.split }),
    });
    const { jobId } = (await start.json()) as { jobId: string };
    expect((await api(`/api/jobs/${jobId}`, { method: 'DELETE' })).status).toBe(204);
    const events = await (await api(`/api/jobs/${jobId}/events`)).text();
    expect(events).toMatch(/event: error\ndata: .*"kind":"cancelled"/);
  }, 60_000);

  it('refuses paths and unknown ids', async () => {
    for (const path of ['/api/photos/..%2F..%2Fetc%2Fpasswd/split', '/api/photos/a/preview']) {
      const res = await api(path);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/expected a photo id/);
    }
    const unknown = await api('/api/photos/nosuchphoto/split');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/^unknown photo id/);
    expect((await api('/api/photos/nosuchphoto/thumbnail')).status).toBe(404);
  });

  it('audits the composite as the person corrected it, and the report says so', async () => {
    const ref = await upload('gallery.jpg', made.bytes);
    const p = SplitProposalSchema.parse(await (await api(`/api/photos/${ref.id}/split`)).json());
    if (!p.split) throw new Error('expected a split');
    const split = {
      ...p.split,
      pairs: [{ before: 1, after: 0 }],
      order: { from: 'person', note: 'set by hand' },
    };
    const start = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ composite: ref.id, split }),
    });
    expect(start.status).toBe(200);
    const { jobId } = (await start.json()) as { jobId: string };
    const events = await (await api(`/api/jobs/${jobId}/events`)).text();
    const done = /event: done\ndata: (.*)\n/.exec(events);
    expect(done, events.slice(0, 300)).not.toBeNull();
    const analysis = AnalysisSchema.parse(JSON.parse(done?.[1] ?? 'null'));
    const { report } = analysis;
    expect(report.composite).toMatchObject({
      source: { name: 'gallery.jpg', width: made.width, height: made.height },
      order: { from: 'person' },
    });
    expect(report.before.name).toMatch(/^gallery\.jpg, panel 2/);
    expect(report.after.name).toMatch(/^gallery\.jpg, panel 1/);
    expect(JSON.stringify(report)).not.toContain(dir);
    expect(analysis.images).toContain('before');
    expect(analysis.display.before.width).toBeGreaterThan(0);
    const img = await api(`/api/analyses/${analysis.id}/images/before`);
    expect(img.status).toBe(200);
  }, 180_000);

  it('audits the case the person picked in a grid of two', async () => {
    // Two rows of the same side-by-side pair, stacked on the same white: a 2x2 grid of two cases.
    const row = await makeComposite({ panelWidth: 400 });
    const grid = await sharp({
      create: { width: row.width, height: 2 * row.height, channels: 3, background: '#ffffff' },
    })
      .composite([
        { input: row.bytes, left: 0, top: 0 },
        { input: row.bytes, left: 0, top: row.height },
      ])
      .jpeg({ quality: 90 })
      .toBuffer();
    const ref = await upload('grid.jpg', grid);
    const p = SplitProposalSchema.parse(await (await api(`/api/photos/${ref.id}/split`)).json());
    expect(p.split?.layout).toEqual({ rows: 2, cols: 2 });
    expect(p.split?.pairs).toEqual([
      { before: 0, after: 1 },
      { before: 2, after: 3 },
    ]);
    const start = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ composite: ref.id, split: { ...p.split, pair: 1 } }),
    });
    const { jobId } = (await start.json()) as { jobId: string };
    const events = await (await api(`/api/jobs/${jobId}/events`)).text();
    const done = /event: done\ndata: (.*)\n/.exec(events);
    expect(done, events.slice(0, 300)).not.toBeNull();
    const { report } = AnalysisSchema.parse(JSON.parse(done?.[1] ?? 'null'));
    expect(report.before.name).toMatch(/^grid\.jpg, panel 3 /);
    expect(report.after.name).toMatch(/^grid\.jpg, panel 4 /);
    // The report names the case it audits; the grid's panels are all there.
    expect(report.composite?.panels).toHaveLength(4);
    expect(report.composite?.pairs[report.composite.pair]).toEqual({ before: 2, after: 3 });
  }, 180_000);

  it('refuses a split whose panel leaves the image, naming the file', async () => {
    const ref = await upload('gallery.jpg', made.bytes);
    const split = {
      layout: { rows: 1, cols: 2 },
      panels: [
        { index: 0, rect: [0, 0, 600, 400], caption: null },
        { index: 1, rect: [made.width - 100, 0, 600, 400], caption: null },
      ],
      pairs: [{ before: 0, after: 1 }],
      pair: 0,
      order: { from: 'person', note: '' },
      confidence: 1,
    };
    const start = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ composite: ref.id, split }),
    });
    const { jobId } = (await start.json()) as { jobId: string };
    const events = await (await api(`/api/jobs/${jobId}/events`)).text();
    expect(events).toMatch(/event: error\ndata: .*"gallery\.jpg: panel 2 .* is not inside the/);
    expect(events).not.toContain(dir);
  }, 60_000);
});

function fileURLToSample(): { before: string; after: string } {
  const root = new URL('../../../assets/samples/', import.meta.url).pathname;
  return { before: join(root, 'before.jpg'), after: join(root, 'after.jpg') };
}

/** Intersection over union of two [x, y, w, h] rectangles. */
function iou(a: readonly number[], b: readonly number[]): number {
  const [ax = 0, ay = 0, aw = 0, ah = 0] = a;
  const [bx = 0, by = 0, bw = 0, bh = 0] = b;
  const w = Math.max(0, Math.min(ax + aw, bx + bw) - Math.max(ax, bx));
  const h = Math.max(0, Math.min(ay + ah, by + bh) - Math.max(ay, by));
  return (w * h) / (aw * ah + bw * bh - w * h);
}
