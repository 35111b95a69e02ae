/**
 * The one function that makes the app's window, and the hardening every webContents of the app gets.
 * Electron is passed in (the BrowserWindow class) so tests can check the options without its binary.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The part of a webContents the hardening touches. */
export interface WebContentsLike {
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (e: { preventDefault(): void }) => void,
  ): unknown;
  session: {
    setPermissionRequestHandler(
      handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ): void;
    setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void;
  };
}

export interface BrowserWindowLike {
  webContents: WebContentsLike;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadFile(path: string): Promise<void>;
}

export type BrowserWindowCtor<W extends BrowserWindowLike> = new (
  options: BrowserWindowConstructorOptions,
) => W;

/** Writing to the clipboard (copy a flag's text) is harmless; every other permission is refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/**
 * The web preferences of every window the app opens. sandbox, contextIsolation and webSecurity are
 * Electron's defaults today and spelled out anyway, so a changed default or a careless edit shows in review.
 */
export function secureWebPreferences(preload?: string): WebPreferences {
  return {
    ...(preload === undefined ? {} : { preload }),
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** No new windows, no navigation away from the page that was loaded, no webviews, no permissions. */
export function hardenContents(contents: WebContentsLike): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // The UI is one page: any navigation (a dropped file's URL, a link) would leave the app's code.
  contents.on('will-navigate', (e) => e.preventDefault());
  contents.on('will-redirect', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.session.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  contents.session.setPermissionCheckHandler((_wc, permission) => ALLOWED_PERMISSIONS.has(permission));
}

export interface MainWindowOptions<W extends BrowserWindowLike> {
  BrowserWindow: BrowserWindowCtor<W>;
  /** dist/app/preload.cjs */
  preloadPath: string;
  /** dist/renderer/index.html */
  indexPath: string;
  /** Window background before the page paints (dark or light, following the system). */
  backgroundColor?: string;
}

/** Creates the main window, hardened, shown once its first paint is ready. */
export function createMainWindow<W extends BrowserWindowLike>(options: MainWindowOptions<W>): W {
  const win = new options.BrowserWindow({
    width: 1280,
    height: 860,
    // The UI's smallest supported layout (issue 3: 1024x700 and up).
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Fairshot',
    ...(options.backgroundColor === undefined ? {} : { backgroundColor: options.backgroundColor }),
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  // A failed load (index.html missing: the renderer was not built) is reported by main.ts's did-fail-load.
  void win.loadFile(options.indexPath).catch(() => undefined);
  return win;
}
