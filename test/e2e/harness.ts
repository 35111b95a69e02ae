/**
 * What the end-to-end tests share: `fairshot serve` started on a free port with the built UI, Debian's
 * Chromium through playwright-core, and a drop of files on the page the way a file manager does it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Chromium's flags for every test and benchmark: headless, no sandbox (root in CI), no network of its own. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Runs in the page: drops files (base64) on the window. Kept as source text because the tests are
 * type-checked for Node, where DataTransfer and DragEvent do not exist.
 */
export const DROP_IN_PAGE = `(list) => {
  const dt = new DataTransfer();
  for (const f of list) {
    const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
    dt.items.add(new File([bytes], f.name, { type: 'image/jpeg' }));
  }
  for (const type of ['dragenter', 'dragover', 'drop']) {
    document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }
}`;

/** Starts `fairshot serve --port 0` and resolves with the process and the URL it prints (with its token). */
export async function startServe(): Promise<{ server: ChildProcess; url: string }> {
  if (!existsSync(join(ROOT, 'dist/renderer/index.html'))) {
    throw new Error('dist/renderer/index.html is missing: run `npm run build:renderer` first');
  }
  const server = spawn(process.execPath, [join(ROOT, 'bin/fairshot.js'), 'serve', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(m[0]);
    });
    server.on('exit', (code) => reject(new Error(`fairshot serve exited with ${code}: ${out}`)));
  });
  return { server, url };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
