import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, type BrowserWindowLike } from '../../../main/app/window.js';

type Handler = (...args: unknown[]) => unknown;
type RequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
type CheckHandler = (wc: unknown, permission: string) => boolean;

/** A BrowserWindow stand-in recording its options and what the hardening installed. */
class FakeWindow implements BrowserWindowLike {
  static made: FakeWindow[] = [];
  readonly events = new Map<string, Handler>();
  readonly contentsEvents = new Map<string, (e: { preventDefault(): void }) => void>();
  openHandler: (() => { action: string }) | null = null;
  requestHandler: RequestHandler | null = null;
  checkHandler: CheckHandler | null = null;
  loaded: string | null = null;
  shown = false;
  readonly webContents = {
    setWindowOpenHandler: (h: () => { action: 'deny' }) => void (this.openHandler = h),
    on: (event: string, h: (e: { preventDefault(): void }) => void) => void this.contentsEvents.set(event, h),
    session: {
      setPermissionRequestHandler: (h: RequestHandler) => void (this.requestHandler = h),
      setPermissionCheckHandler: (h: CheckHandler) => void (this.checkHandler = h),
    },
  };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.made.push(this);
  }
  once(event: string, h: Handler) {
    this.events.set(event, h);
    return this;
  }
  show() {
    this.shown = true;
  }
  async loadFile(path: string) {
    this.loaded = path;
  }
}

describe('createMainWindow', () => {
  const win = createMainWindow({
    BrowserWindow: FakeWindow,
    preloadPath: '/app/dist/app/preload.cjs',
    indexPath: '/app/dist/renderer/index.html',
  });

  it('passes the secure web preferences', () => {
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/dist/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(win.options).toMatchObject({ minWidth: 1024, minHeight: 700, show: false });
  });

  it('loads the renderer from its file and shows when ready', () => {
    expect(win.loaded).toBe('/app/dist/renderer/index.html');
    expect(win.shown).toBe(false);
    win.events.get('ready-to-show')?.();
    expect(win.shown).toBe(true);
  });

  it('denies new windows, prevents navigation and webviews, refuses permissions', () => {
    expect(win.openHandler?.()).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      win.contentsEvents.get(event)?.({ preventDefault: () => (prevented = true) });
      expect(prevented, event).toBe(true);
    }
    const granted: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      win.requestHandler?.(null, p, (g: boolean) => granted.push(g));
    expect(granted).toEqual([false, false, false, false, false]);
    expect(win.checkHandler?.(null, 'media')).toBe(false);
  });
});
