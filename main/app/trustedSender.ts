/**
 * IPC is answered only for the app's own window: the sender must be the main window's webContents, and
 * the frame that sent it must be that window's top frame showing the app's own index.html. A subframe,
 * a page the window was somehow navigated to, or any other webContents (the hidden PDF printer) is refused.
 */
import { fileURLToPath } from 'node:url';

/** The part of an Electron IPC event the check reads (IpcMainEvent and IpcMainInvokeEvent both fit). */
export interface SenderEvent {
  sender: { id: number; isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
  senderFrame: { url: string; parent: unknown } | null;
}

/** Whether `url` is the file `indexPath` (query and fragment ignored: the UI may use a hash route). */
function isIndexUrl(url: string, indexPath: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  try {
    const path = fileURLToPath(parsed);
    // Windows paths compare case-insensitively (a drive letter may come back in either case).
    return process.platform === 'win32' ? path.toLowerCase() === indexPath.toLowerCase() : path === indexPath;
  } catch {
    return false;
  }
}

/**
 * Makes the check. `mainContentsId` returns the main window's webContents id, or null while there is
 * no window (nothing is trusted then).
 */
export function makeTrustedSender(
  mainContentsId: () => number | null,
  indexPath: string,
): (event: SenderEvent) => boolean {
  return (event) => {
    const id = mainContentsId();
    const frame = event.senderFrame;
    return (
      id !== null &&
      event.sender.id === id &&
      frame !== null &&
      frame.parent === null &&
      isIndexUrl(frame.url, indexPath)
    );
  };
}
