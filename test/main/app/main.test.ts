/**
 * main.ts wired to a fake Electron: the lifecycle registers the IPC handlers, opens the hardened window
 * on the built UI, and the real PairService answers through IPC (the sample pair, analysed in a real
 * worker, progress pushed to the window).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../shared/contract/api.js';
import { CHANNELS, type Reply } from '../../../main/app/channels.js';
import type { FakeIpcMain } from './fakes.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const state = vi.hoisted(() => ({
  userData: '',
  windows: [] as Array<{ options: Record<string, unknown>; loaded: string | null; contentsId: number }>,
  menus: 0,
  ipc: null as unknown,
}));

vi.mock('electron', async () => {
  const { FakeIpcMain } = await import('./fakes.js');
  state.ipc = new FakeIpcMain();
  const noop = () => undefined;
  class BrowserWindow {
    static count = 100;
    readonly record;
    readonly webContents;
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: null as string | null, contentsId: ++BrowserWindow.count };
      state.windows.push(this.record);
      this.webContents = {
        id: this.record.contentsId,
        setWindowOpenHandler: noop,
        on: noop,
        send: noop,
        session: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop },
      };
    }
    once = noop;
    on = noop;
    show = noop;
    async loadFile(path: string) {
      this.record.loaded = path;
    }
  }
  return {
    app: {
      getAppPath: () => ROOT,
      isPackaged: false,
      getPath: () => state.userData,
      enableSandbox: noop,
      requestSingleInstanceLock: () => true,
      on: noop,
      whenReady: () => Promise.resolve(),
      quit: noop,
      exit: noop,
    },
    BrowserWindow,
    dialog: { showErrorBox: noop },
    ipcMain: state.ipc,
    Menu: { setApplicationMenu: () => void state.menus++, buildFromTemplate: (t: unknown) => t },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    session: { defaultSession: { webRequest: { onHeadersReceived: noop } } },
    shell: { openPath: noop },
  };
});

describe('main.ts with a fake Electron', () => {
  beforeAll(async () => {
    state.userData = await mkdtemp(join(tmpdir(), 'fairshot-main-'));
    await import('../../../main/app/main.js');
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
  });
  afterAll(() => rm(state.userData, { recursive: true, force: true }));

  const ipc = () => state.ipc as FakeIpcMain;
  const event = (sent: unknown[] = []) => ({
    sender: {
      id: state.windows[0]?.contentsId ?? -1,
      isDestroyed: () => false,
      send: (c: string, m: unknown) => void sent.push([c, m]),
    },
    senderFrame: { url: pathToFileURL(join(ROOT, 'dist/renderer/index.html')).href, parent: null },
  });

  it('opens one sandboxed window on the built UI with the bundled preload, and sets the menu', () => {
    const [win] = state.windows;
    expect(win?.loaded).toBe(join(ROOT, 'dist/renderer/index.html'));
    expect(win?.options.webPreferences).toMatchObject({
      preload: join(ROOT, 'dist/app/preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(state.menus).toBeGreaterThan(0);
    expect([...ipc().handlers.keys()].sort()).toEqual(
      [
        CHANNELS.analyze,
        CHANNELS.crop,
        CHANNELS.exportFile,
        CHANNELS.image,
        CHANNELS.initialPair,
        CHANNELS.openDialog,
        CHANNELS.preview,
        CHANNELS.proposeSplit,
        CHANNELS.recentPairs,
        CHANNELS.upload,
      ].sort(),
    );
  });

  it('answers the window with the sample pair, analyses it in a worker with progress, and refuses others', async () => {
    const initial = (await ipc().invoke(CHANNELS.initialPair, event())) as Reply<{
      before: { id: string };
      after: { id: string };
      sample: boolean;
    }>;
    if (!initial.ok) throw new Error(initial.error.error);
    expect(initial.value.sample).toBe(true);
    const refused = await ipc().invoke(CHANNELS.initialPair, {
      ...event(),
      sender: { ...event().sender, id: 1 },
    });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'bad-input' } });

    const sent: Array<[string, { fraction: number }]> = [];
    const request = { before: initial.value.before.id, after: initial.value.after.id };
    const reply = (await ipc().invoke(CHANNELS.analyze, event(sent), {
      jobId: 'j1',
      request,
    })) as Reply<Analysis>;
    if (!reply.ok) throw new Error(reply.error.error);
    expect(reply.value.images).toContain('aligned');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every(([c]) => c === CHANNELS.progress)).toBe(true);
  }, 120_000);

  it('cancel terminates a running analysis: the call answers cancelled', async () => {
    const initial = (await ipc().invoke(CHANNELS.initialPair, event())) as Reply<{
      before: { id: string };
      after: { id: string };
    }>;
    if (!initial.ok) throw new Error(initial.error.error);
    const sent: unknown[] = [];
    const e = event(sent);
    const request = { before: initial.value.before.id, after: initial.value.after.id };
    const pending = ipc().invoke(CHANNELS.analyze, e, { jobId: 'j2', request });
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0), { timeout: 60_000 });
    ipc().send(CHANNELS.cancel, e, { jobId: 'j2' });
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
  }, 120_000);
});
