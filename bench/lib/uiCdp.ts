/**
 * A bare Chrome DevTools Protocol connection to Debian's Chromium over `--remote-debugging-pipe`, for the
 * UI benchmark. Playwright cannot be used there: it sends `Runtime.enable` to every page, and with the
 * inspector's Runtime domain on, V8 records a detailed stack trace for every `Error` the page constructs,
 * with line numbers, which V8 gets by re-parsing each function on the stack. React DOM constructs five
 * errors at its module's top level (its Suspense and hydration sentinels), inside the one function the
 * bundler wraps its 190 KB in: in a traced Playwright visit, 51 of the 55 ms of CPU of the longest
 * page-load task were V8.CollectSourcePositions; driven over this pipe with no Runtime domain, the same
 * module evaluated in 6 ms of CPU (and a startup trace of Chromium with no CDP client at all showed no
 * source positions collected). A 230 KB test module whose function constructs two errors:
 * 65-70 ms of CPU with Runtime enabled, 0.5 ms without; without the errors, 0.4 ms either way. A person
 * using the app has no inspector attached, so the benchmark drives the page with domains that add no work
 * to the page's own: Page (its scripts for new documents), Runtime.evaluate (which works without
 * Runtime.enable), Emulation and Tracing.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/e2e/harness.js';

interface CdpMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** One browser: send commands (to the browser, or to a page's session) and wait for events. */
export interface UiCdp {
  send<T = Record<string, unknown>>(
    method: string,
    params?: Record<string, unknown>,
    sessionId?: string,
  ): Promise<T>;
  /** Resolves with the params of the next event named `method` (on any session). */
  once(method: string): Promise<Record<string, unknown>>;
  /** Closes the browser and removes its profile folder. */
  close(): Promise<void>;
}

/** Starts a fresh Chromium (a new empty profile: no code cache, no image cache) with a CDP pipe. */
export async function uiCdpLaunch(): Promise<UiCdp> {
  const profile = await mkdtemp(join(tmpdir(), 'fairshot-ui-chromium-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    // fd 3: commands to the browser; fd 4: its replies and events, each message ended by a NUL.
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<
    number,
    { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }
  >();
  const waiters: { method: string; resolve: (p: Record<string, unknown>) => void }[] = [];
  let nextId = 1;
  let buffered = '';
  let gone: Error | null = null;
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buffered.slice(0, end)) as CdpMessage;
      buffered = buffered.slice(end + 1);
      if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result ?? {});
      } else if (msg.method) {
        const i = waiters.findIndex((w) => w.method === msg.method);
        if (i >= 0) waiters.splice(i, 1)[0]?.resolve(msg.params ?? {});
      }
    }
  });
  child.once('exit', (code) => {
    gone = new Error(`chromium exited (${code})`);
    for (const p of pending.values()) p.reject(gone);
    pending.clear();
  });
  toBrowser.on('error', () => undefined);
  return {
    send: <T>(method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
      new Promise<T>((resolve, reject) => {
        if (gone) return reject(gone);
        const id = nextId++;
        pending.set(id, { resolve: resolve as (r: Record<string, unknown>) => void, reject });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      }),
    once: (method) => new Promise((resolve) => waiters.push({ method, resolve })),
    close: async () => {
      if (!gone) {
        toBrowser.write(`${JSON.stringify({ id: nextId++, method: 'Browser.close', params: {} })}\0`);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}
