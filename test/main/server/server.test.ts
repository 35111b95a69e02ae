import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema, ApiErrorSchema, PhotoRefSchema } from '../../../shared/contract/api.js';
import { AuditReportSchema } from '../../../shared/contract/report.js';
import { AuditPool } from '../../../main/engine/pool/AuditPool.js';
import { PairService } from '../../../main/engine/session/PairService.js';
import { CSP } from '../../../main/server/respond.js';
import type { RunningServer } from '../../../main/server/startServer.js';
import { startServer } from '../../../main/server/startServer.js';
import { scene, tempDir, writeJpeg } from '../cli/fixtures.js';

const require = createRequire(import.meta.url);
const exifr = require('exifr') as { gps(b: Uint8Array): Promise<unknown> };

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request: unlike fetch, it sends the path and Host exactly as given. */
function raw(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Uint8Array; host?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Reads a Server-Sent Events stream to its end. */
async function readEvents(url: string): Promise<{ event: string; data: unknown }[]> {
  const res = await fetch(url);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event: '))
    .map((block) => {
      const [ev, data] = block.split('\n') as [string, string];
      return { event: ev.slice('event: '.length), data: JSON.parse(data.slice('data: '.length)) as unknown };
    });
}

describe('loopback server', () => {
  let dir: string;
  let beforePath: string;
  let afterPath: string;
  let server: RunningServer;
  let service: PairService;
  let port: number;
  let base: string;
  const pool = new AuditPool({ size: 1 });

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, headers: { 'x-fairshot-token': server.token, ...init.headers } });

  beforeAll(async () => {
    dir = await tempDir('fairshot-server-');
    const img = scene(480, 360, 7);
    beforePath = await writeJpeg(join(dir, 'before.jpg'), img);
    afterPath = await writeJpeg(join(dir, 'after.jpg'), img, { rotate: 3 });
    const staticDir = join(dir, 'renderer');
    await mkdir(join(staticDir, 'assets'), { recursive: true });
    await writeFile(
      join(staticDir, 'index.html'),
      '<!doctype html><title>Fairshot</title><script src="/assets/app.js"></script>',
    );
    await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
    await writeFile(join(dir, 'secret.txt'), 'SECRET');
    service = new PairService({
      pool,
      dataDir: join(dir, 'data'),
      sample: { before: beforePath, after: afterPath },
    });
    server = await startServer({ service, staticDir });
    port = Number(new URL(server.url).port);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server.close();
    await service.close();
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a loopback URL carrying a random 32-character token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('answers 403 and nothing else without the token, with a wrong one, or through a foreign Host', async () => {
    const wrong = 'x'.repeat(server.token.length);
    const denied = [
      await raw(port, '/'),
      await raw(port, '/api/initial-pair'),
      await raw(port, `/?token=${wrong}`),
      await raw(port, '/api/initial-pair', { headers: { 'x-fairshot-token': wrong } }),
      await raw(port, '/api/initial-pair', { headers: { 'x-fairshot-token': server.token.slice(1) } }),
      // A DNS-rebinding page: right token (say it leaked), but its Host is its own name.
      await raw(port, `/?token=${server.token}`, { headers: { host: `evil.example:${port}` } }),
      await raw(port, '/api/initial-pair', {
        headers: { host: 'localhost', 'x-fairshot-token': server.token },
      }),
      // State changes need the header: a cross-site form can put the token in neither.
      await raw(port, `/api/analyze?token=${server.token}`, { method: 'POST', body: Buffer.from('{}') }),
    ];
    for (const r of denied) {
      expect(r.status).toBe(403);
      expect(r.body.length).toBe(0);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('serves the page with the token: strict CSP, nosniff, no CORS, and a cookie for its own assets', async () => {
    const page = await raw(port, `/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Fairshot</title>');
    expect(page.headers['content-security-policy']).toBe(CSP);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    const cookie = String(page.headers['set-cookie']).split(';')[0] as string;
    expect(page.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    const asset = await raw(port, '/assets/app.js', { headers: { cookie } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    const viaLocalhost = await raw(port, '/api/recent', {
      headers: { host: `localhost:${port}`, 'x-fairshot-token': server.token },
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses paths out of the static folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
    ]) {
      const r = await raw(port, `${path}${path.includes('?') ? '&' : '?'}token=${server.token}`);
      expect(r.status, path).toBe(404);
      expect(r.body.toString()).not.toContain('SECRET');
    }
  });

  it('listens on 127.0.0.1 only', async () => {
    const others = [
      '127.0.0.2',
      ...Object.values(networkInterfaces())
        .flat()
        .filter((n) => n && n.family === 'IPv4' && !n.internal)
        .map((n) => n!.address),
    ];
    for (const host of others) {
      await expect(raw(port, '/', { host }), host).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
  });

  it('upload, analyze with progress events, then images and exports without metadata', async () => {
    const upload = async (name: string, path: string) => {
      const res = await api(`/api/upload?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        body: await readFile(path),
      });
      expect(res.status).toBe(200);
      return PhotoRefSchema.parse(await res.json());
    };
    const before = await upload('crown jan.jpg', beforePath);
    const after = await upload('crown jun.jpg', afterPath);
    expect(before.name).toBe('crown jan.jpg');

    const started = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ before: before.id, after: after.id }),
    });
    expect(started.status).toBe(200);
    const { jobId } = (await started.json()) as { jobId: string };
    const events = await readEvents(`${base}/api/jobs/${jobId}/events?token=${server.token}`);
    expect(events.length).toBeGreaterThan(1);
    expect(events.slice(0, -1).every((e) => e.event === 'progress')).toBe(true);
    expect(events.at(-1)?.event).toBe('done');
    const analysis = AnalysisSchema.parse(events.at(-1)?.data);
    expect(analysis.report.before.path).toBe('crown jan.jpg');

    const img = await api(`/api/analyses/${analysis.id}/images/aligned`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    const m = await sharp(Buffer.from(await img.arrayBuffer())).metadata();
    expect([m.width, m.height]).toEqual([analysis.display.before.width, analysis.display.before.height]);

    const png = await api(`/api/analyses/${analysis.id}/export/side-by-side-png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-disposition')).toBe(
      'attachment; filename="fairshot-crown_jan-vs-crown_jun-side-by-side.png"',
    );
    const pngBytes = new Uint8Array(await png.arrayBuffer());
    expect((await sharp(pngBytes).metadata()).exif).toBeUndefined();
    expect(await exifr.gps(pngBytes)).toBeUndefined();

    const json = await api(`/api/analyses/${analysis.id}/export/report-json`);
    const report = AuditReportSchema.parse(await json.json());
    expect([report.before.path, report.after.path]).toEqual(['crown jan.jpg', 'crown jun.jpg']);

    const pdf = await api(`/api/analyses/${analysis.id}/export/report-pdf`);
    expect(pdf.status).toBe(400);
    expect(ApiErrorSchema.parse(await pdf.json()).kind).toBe('bad-input');
    const unknown = await api('/api/analyses/nosuchanalysis/images/before');
    expect(ApiErrorSchema.parse(await unknown.json())).toMatchObject({ kind: 'bad-input' });
  });

  it('cancels a job on DELETE: the event stream ends with a cancelled error', async () => {
    const pair = (await (await api('/api/initial-pair')).json()) as {
      before: { id: string };
      after: { id: string };
    };
    const started = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ before: pair.before.id, after: pair.after.id }),
    });
    const { jobId } = (await started.json()) as { jobId: string };
    const events = readEvents(`${base}/api/jobs/${jobId}/events?token=${server.token}`);
    expect((await api(`/api/jobs/${jobId}`, { method: 'DELETE' })).status).toBe(204);
    const last = (await events).at(-1);
    expect(last).toMatchObject({ event: 'error', data: { kind: 'cancelled' } });
  });

  it('rejects bad bodies and oversized uploads with an ApiError', async () => {
    const notJson = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(notJson.status).toBe(415);
    const badIds = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ before: '../etc/passwd', after: 'x' }),
    });
    expect(badIds.status).toBe(400);
    ApiErrorSchema.parse(await badIds.json());
    const huge = await raw(port, '/api/upload?name=big.jpg', {
      method: 'POST',
      headers: { 'x-fairshot-token': server.token, 'content-length': String(300 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    const empty = await api('/api/upload?name=empty.jpg', { method: 'POST', body: new Uint8Array(0) });
    expect(empty.status).toBe(400);
  });
});
