import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/index.js';
import { serveCommand } from '../../../main/cli/serveCommand.js';
import { captureIo, scene, tempDir, writeJpeg } from './fixtures.js';

const serveDirs = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('fairshot-serve-'));

describe('fairshot serve', () => {
  let dir: string;
  let staticDir: string;
  let before: string;
  let after: string;
  beforeAll(async () => {
    dir = await tempDir('fairshot-serve-test-');
    staticDir = join(dir, 'renderer');
    await mkdir(staticDir);
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Fairshot</title>');
    const img = scene(320, 240, 4);
    before = await writeJpeg(join(dir, 'b.jpg'), img);
    after = await writeJpeg(join(dir, 'a.jpg'), img, { rotate: 2 });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves the pair named on the command line until stopped, then removes its uploads folder', async () => {
    const cap = captureIo();
    const stop = new AbortController();
    const existing = new Set(await serveDirs());
    const running = serveCommand([before, after], cap.io, { stop: stop.signal, staticDir });
    let url = '';
    for (let i = 0; i < 200 && !url; i++) {
      await new Promise((r) => setTimeout(r, 25));
      url = cap.stdout().trim();
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const created = (await serveDirs()).filter((n) => !existing.has(n));
    expect(created).toHaveLength(1);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Fairshot</title>');
    const token = new URL(url).searchParams.get('token') as string;
    const pair = await fetch(new URL('/api/initial-pair', url), { headers: { 'x-fairshot-token': token } });
    expect(await pair.json()).toMatchObject({
      sample: false,
      before: { name: 'b.jpg' },
      after: { name: 'a.jpg' },
    });
    expect((await fetch(new URL('/api/initial-pair', url))).status).toBe(403);

    stop.abort();
    expect(await running).toBe(0);
    expect(await serveDirs()).not.toContain(created[0]);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('says to build the UI when dist/renderer is missing, with exit code 2', async () => {
    const cap = captureIo();
    const code = await serveCommand([], cap.io, {
      stop: AbortSignal.abort(),
      staticDir: join(dir, 'nothing'),
    });
    expect(code).toBe(2);
    expect(cap.stderr()).toMatch(/^fairshot: .*run `npm run build`.*\n$/);
    expect(cap.stderr().split('\n')).toHaveLength(2);
  });

  it('refuses a missing photo or a bad port in one line, exit code 2', async () => {
    const cap = captureIo();
    expect(
      await serveCommand([before, join(dir, 'gone.jpg')], cap.io, { stop: AbortSignal.abort(), staticDir }),
    ).toBe(2);
    expect(cap.stderr()).toBe(`fairshot: ${join(dir, 'gone.jpg')}: file not found\n`);
    const usage = captureIo();
    expect(await main(['serve', '--port', 'http'], usage.io)).toBe(2);
    expect(usage.stderr()).toMatch(/^fairshot: --port: expected a port number/);
    const one = captureIo();
    expect(await main(['serve', before], one.io)).toBe(2);
    expect(one.stderr()).toMatch(/^fairshot: serve: expected no photos or two/);
  });
});
