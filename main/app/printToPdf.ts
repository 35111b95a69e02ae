/**
 * Report PDF: Chromium prints the report's HTML. The HTML goes to a temporary file and is loaded in a
 * hidden window with JavaScript off and a session of its own (the report is self-contained: images are
 * embedded as data: URLs, so it needs no network and none of the app's IPC).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { hardenContents, secureWebPreferences, type WebContentsLike } from './window.js';

export interface PrintWindowLike {
  webContents: WebContentsLike & { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  loadFile(path: string): Promise<void>;
  destroy(): void;
}

/** A4 with the report's own margins; backgrounds on, since the flag severities are coloured cells. */
const PDF_OPTIONS: PrintToPDFOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true };

/** Makes the printer main.ts hands to the IPC handlers. */
export function makePdfPrinter(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindowLike,
): (html: Uint8Array) => Promise<Uint8Array> {
  return async (html) => {
    const dir = await mkdtemp(join(tmpdir(), 'fairshot-pdf-'));
    const win = new BrowserWindow({
      show: false,
      // An in-memory partition: nothing of the report lingers in the app's profile.
      webPreferences: { ...secureWebPreferences(), javascript: false, partition: 'fairshot-print' },
    });
    try {
      hardenContents(win.webContents);
      const file = join(dir, 'report.html');
      await writeFile(file, html);
      await win.loadFile(file);
      return await win.webContents.printToPDF(PDF_OPTIONS);
    } finally {
      win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
