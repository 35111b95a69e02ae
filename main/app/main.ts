/**
 * The Electron main process: lifecycle, the window, the menu and the IPC handlers around one PairService.
 *
 * The engine runs in worker_threads (AuditPool), not a utilityProcess: the pool already exists and is
 * tested, cancel = Worker.terminate() stops wasm mid-computation, rendered images come back as
 * transferred buffers without a copy, and the same code serves the CLI and serve mode. What a
 * utilityProcess would add is crash isolation (a native crash in sharp would not take main down); with
 * sharp's prebuilt binaries that risk is small, and moving the pool behind a MessagePort later is local
 * to AuditPool.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session, shell } from 'electron';
import type { MenuCommand } from '../../shared/contract/api.js';
import { writeFileAtomic } from '../engine/atomicWrite.js';
import { AuditPool } from '../engine/pool/AuditPool.js';
import { PairService } from '../engine/session/PairService.js';
import { appPaths } from './appPaths.js';
import { CHANNELS } from './channels.js';
import { installCsp } from './csp.js';
import { initialPairFromArgv } from './initialPairFromArgv.js';
import { registerIpc } from './ipc.js';
import { buildMenuTemplate, type ThemeSource } from './menu.js';
import { makePdfPrinter } from './printToPdf.js';
import { PHOTO_FILTER, SAVE_FILTERS } from './saveFilters.js';
import { makeTrustedSender } from './trustedSender.js';
import { createMainWindow, hardenContents } from './window.js';

const paths = appPaths(app.getAppPath(), app.isPackaged ? process.resourcesPath : null);
let mainWindow: BrowserWindow | null = null;
let hasAnalysis = false;

// Every renderer sandboxed, whatever options a future window forgets to pass.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Fairshot is running: it gets our argv in 'second-instance' and comes to the front.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Safety net: any webContents the app ever creates gets the same hardening as the main window.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.whenReady().then(start, (err: unknown) => fatal(err));
}

function fatal(err: unknown): void {
  console.error('fairshot: could not start:', err);
  dialog.showErrorBox('Fairshot could not start', err instanceof Error ? err.message : String(err));
  app.exit(1);
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNELS.menuCommand, command);
}

function refreshMenu(): void {
  const template = buildMenuTemplate({
    send: sendMenuCommand,
    openReadme: () => void shell.openPath(paths.readme),
    theme: nativeTheme.themeSource as ThemeSource,
    setTheme: (theme) => {
      nativeTheme.themeSource = theme;
      refreshMenu();
    },
    hasAnalysis,
    isMac: process.platform === 'darwin',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  // Dropped and pasted photos are copies of people's photos: kept only while the app runs. The single
  // instance lock makes a leftover folder (from a crash) safe to clear here.
  const uploads = join(userData, 'uploads');
  await rm(uploads, { recursive: true, force: true });
  // One worker: one window audits one pair at a time, and each worker holds its own OpenCV wasm heap.
  const pool = new AuditPool({ size: 1 });
  const service = new PairService({
    pool,
    dataDir: uploads,
    sample: paths.sample,
    initial: initialPairFromArgv(process.argv, Boolean(process.defaultApp), process.cwd()),
    recentFile: join(userData, 'recent-pairs.json'),
  });

  installCsp(session.defaultSession.webRequest);
  const ipc = registerIpc(ipcMain, service, {
    isTrustedSender: makeTrustedSender(() => mainWindow?.webContents.id ?? null, paths.index),
    showOpenDialog: async () => {
      const options = { properties: ['openFile', 'multiSelections'] as const, filters: [PHOTO_FILTER] };
      const picked = mainWindow
        ? await dialog.showOpenDialog(mainWindow, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return picked.canceled ? [] : picked.filePaths;
    },
    showSaveDialog: async (defaultName, kind) => {
      const options = {
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [SAVE_FILTERS[kind]],
      };
      const saved = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return saved.canceled || !saved.filePath ? null : saved.filePath;
    },
    writeFile: writeFileAtomic,
    printToPdf: makePdfPrinter(BrowserWindow),
    onAnalyzed: () => {
      if (hasAnalysis) return;
      hasAnalysis = true;
      refreshMenu();
    },
  });

  const openWindow = () => {
    const win = createMainWindow({
      BrowserWindow,
      preloadPath: paths.preload,
      indexPath: paths.index,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171a' : '#ffffff',
    });
    win.webContents.on('did-start-navigation', (details) => {
      // A reload drops the page's listeners: its running analyses have no one left to answer.
      if (details.isMainFrame && !details.isSameDocument) {
        ipc.cancelAll();
        hasAnalysis = false;
        refreshMenu();
      }
    });
    win.webContents.on('did-fail-load', (_e, code, description, url) => {
      if (url.startsWith('file:'))
        dialog.showErrorBox(
          'Fairshot',
          `The interface did not load (${description}, ${code}). Was it built?`,
        );
    });
    win.on('closed', () => {
      ipc.cancelAll();
      mainWindow = null;
    });
    mainWindow = win;
  };
  refreshMenu();
  openWindow();

  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay running with no window; elsewhere closing the window quits.
    if (process.platform !== 'darwin') app.quit();
  });
  let cleaned = false;
  app.on('will-quit', (event) => {
    if (cleaned) return;
    event.preventDefault();
    void (async () => {
      await service.close().catch(() => undefined);
      await pool.close().catch(() => undefined);
      await rm(uploads, { recursive: true, force: true }).catch(() => undefined);
      cleaned = true;
      app.quit();
    })();
  });
}
