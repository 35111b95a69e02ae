/** Fakes for testing main/app without Electron's binary: an ipcMain, events, and a session service. */
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import type { Analysis, PhotoRef } from '../../../shared/contract/api.js';
import { registerIpc, type IpcDeps, type IpcMainLike } from '../../../main/app/ipc.js';
import type { AppService } from '../../../main/app/service.js';
import { makeTrustedSender, type SenderEvent } from '../../../main/app/trustedSender.js';

export const INDEX = '/opt/Fairshot/resources/app.asar/dist/renderer/index.html';
export const MAIN_ID = 7;

type Listener = (event: SenderEvent, payload: unknown) => unknown;

/** An ipcMain that records handlers; `invoke` and `send` play the renderer's side. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  readonly listeners = new Map<string, Listener[]>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  on(channel: string, listener: Listener): void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  }
  removeListener(channel: string, listener: Listener): void {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((l) => l !== listener),
    );
  }
  invoke(channel: string, event: SenderEvent, payload?: unknown): Promise<unknown> {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(h(event, payload));
  }
  send(channel: string, event: SenderEvent, payload?: unknown): void {
    for (const l of this.listeners.get(channel) ?? []) l(event, payload);
  }
}

/** An event from a webContents (`id`) whose top frame shows `url`; `sent` records pushes to it. */
export function fakeEvent(
  options: { id?: number; url?: string; subframe?: boolean } = {},
): SenderEvent & { sent: Array<[string, unknown]> } {
  const sent: Array<[string, unknown]> = [];
  return {
    sent,
    sender: {
      id: options.id ?? MAIN_ID,
      isDestroyed: () => false,
      send: (channel: string, arg: unknown) => void sent.push([channel, arg]),
    },
    senderFrame: {
      url: options.url ?? `${pathToFileURL(INDEX).href}#/compare`,
      parent: options.subframe ? {} : null,
    },
  };
}

export const BEFORE: PhotoRef = { id: 'before01', name: 'before.jpg' };
export const AFTER: PhotoRef = { id: 'after001', name: 'after.jpg' };
export const ANALYSIS = { id: 'analysis01', images: ['before'] } as unknown as Analysis;

/** A service whose analyze reports two progress steps, then waits until released or aborted. */
export function fakeService() {
  let release: () => void = () => undefined;
  const service = {
    registerPath: vi.fn((path: string): PhotoRef => ({ id: 'picked01', name: path.split('/').pop() ?? '' })),
    upload: vi.fn(async (name: string) => ({ id: 'upload01', name })),
    proposeSplit: vi.fn(async (photoId: string) => ({
      photo: { id: photoId, name: 'gallery.jpg' },
      width: 1200,
      height: 500,
      split: null,
      reason: 'no separating band or seam was found',
    })),
    preview: vi.fn(async () => ({ mime: 'image/jpeg' as const, bytes: new Uint8Array([3]) })),
    initialPair: vi.fn(async () => ({ before: BEFORE, after: AFTER, sample: true })),
    analyze: vi.fn<AppService['analyze']>(async (_req, opts) => {
      opts?.onProgress?.({ fraction: 0.25, stage: 'decode' });
      opts?.onProgress?.({ fraction: 0.75, stage: 'register' });
      await new Promise<void>((resolve, reject) => {
        release = resolve;
        opts?.signal?.addEventListener('abort', () =>
          reject(Object.assign(new Error('the analysis was cancelled'), { kind: 'cancelled' })),
        );
      });
      return ANALYSIS;
    }),
    image: vi.fn(async () => ({ mime: 'image/jpeg' as const, bytes: new Uint8Array([1]) })),
    crop: vi.fn(async () => ({ mime: 'image/png' as const, bytes: new Uint8Array([2]) })),
    exportBytes: vi.fn(async (_id: string, kind: string) => ({
      fileName: kind === 'report-html' ? 'fairshot-a-vs-b.html' : 'fairshot-a-vs-b-side-by-side.png',
      mime: 'text/html',
      bytes: new TextEncoder().encode('<p>report</p>'),
    })),
    recentPairs: vi.fn(async () => []),
    close: vi.fn(async () => undefined),
  } satisfies AppService;
  return { service, release: () => release() };
}

/**
 * The IPC handlers registered on a fake ipcMain with the fake service, trusting only the app's own
 * window (MAIN_ID showing INDEX); dialogs answer with fixed paths, writes and prints succeed.
 */
export function setupIpc() {
  const ipc = new FakeIpcMain();
  const { service, release } = fakeService();
  const deps = {
    isTrustedSender: makeTrustedSender(() => MAIN_ID, INDEX),
    showOpenDialog: vi.fn(async () => ['/home/p/before.jpg', '/home/p/after.jpg', '/home/p/third.jpg']),
    showSaveDialog: vi.fn<IpcDeps['showSaveDialog']>(async (name) => `/home/p/${name}`),
    writeFile: vi.fn(async () => undefined),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    onAnalyzed: vi.fn(),
    log: vi.fn(),
  } satisfies IpcDeps;
  const registration = registerIpc(ipc, service, deps);
  return { ipc, service, release, deps, registration };
}
