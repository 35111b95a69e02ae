/**
 * The IPC handlers: the Electron side of the Api contract. Every handler first checks that the sender is
 * the app's own window, then parses its payload with the contract's schemas, then calls the session
 * service. Answers are Replies (errors as one-line ApiErrors, never thrown across the boundary).
 *
 * Paths: the renderer never sends one. Photos reach main through its own open dialog (paths main got
 * from the OS), uploads (bytes from drops and paste) and the command line; the renderer only ever holds
 * the ids the service hands out. Dropped files are uploaded as bytes rather than resolved with
 * webUtils.getPathForFile: that keeps the rule absolute (no path channel to police) at the cost of
 * copying a photo's bytes over IPC once, which for phone photos (under 30 MB) is well under a second.
 */
import type { ExportKind, ExportResult, PhotoRef } from '../../shared/contract/api.js';
import { CHANNELS, INVOKE_CHANNELS, type ProgressMessage, type Reply } from './channels.js';
import {
  AnalyzePayloadSchema,
  CancelPayloadSchema,
  CropPayloadSchema,
  ExportPayloadSchema,
  ImagePayloadSchema,
  NoPayloadSchema,
  parsePayload,
  PhotoPayloadSchema,
  UploadPayloadSchema,
} from './payloads.js';
import type { AppService } from './service.js';
import { IpcError, toApiError } from './toApiError.js';
import type { SenderEvent } from './trustedSender.js';

/** The part of Electron's ipcMain used here (the real one fits; tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, payload: unknown) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: SenderEvent, payload: unknown) => void): void;
  removeListener(channel: string, listener: (event: SenderEvent, payload: unknown) => void): void;
}

export interface IpcDeps {
  /** See trustedSender.ts. */
  isTrustedSender(event: SenderEvent): boolean;
  /** The native open dialog; resolves with the paths picked (empty when cancelled). */
  showOpenDialog(): Promise<string[]>;
  /** The native save dialog; resolves with the chosen path, or null when cancelled. */
  showSaveDialog(defaultName: string, kind: ExportKind): Promise<string | null>;
  /** Writes an export (atomically: main/engine/atomicWrite.ts). */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Renders the report's HTML to PDF (printToPdf.ts). */
  printToPdf(html: Uint8Array): Promise<Uint8Array>;
  /** Called after each successful analysis (the menu enables its export items). */
  onAnalyzed?(): void;
  /** Where internal errors are logged in full. @default console.error */
  log?(message: string, err: unknown): void;
}

export interface IpcRegistration {
  /** Aborts every running analysis (the window reloaded or closed). */
  cancelAll(): void;
  /** Removes every handler (tests; a real app keeps them for its lifetime). */
  dispose(): void;
}

/** The open dialog returns at most a pair; anything beyond two files is ignored. */
const MAX_OPEN = 2;

export function registerIpc(ipcMain: IpcMainLike, service: AppService, deps: IpcDeps): IpcRegistration {
  const log = deps.log ?? ((message, err) => console.error(message, err));
  const jobs = new Map<string, AbortController>();
  const jobKey = (event: SenderEvent, jobId: string) => `${event.sender.id}:${jobId}`;

  /** Registers an invoke handler wrapped in the sender check, payload parsing and error mapping. */
  function handle<T>(channel: string, run: (event: SenderEvent, payload: unknown) => Promise<T>): void {
    ipcMain.handle(channel, async (event, payload): Promise<Reply<T>> => {
      try {
        if (!deps.isTrustedSender(event))
          throw new IpcError(`${channel}: refused: not the app's window`, 'bad-input');
        return { ok: true, value: await run(event, payload) };
      } catch (err) {
        const error = toApiError(err);
        if (error.kind === 'internal') log(`fairshot: ${channel} failed:`, err);
        return { ok: false, error };
      }
    });
  }

  handle(CHANNELS.initialPair, async (_e, payload) => {
    parsePayload(CHANNELS.initialPair, NoPayloadSchema, payload);
    return service.initialPair();
  });

  handle(CHANNELS.openDialog, async (_e, payload): Promise<PhotoRef[]> => {
    parsePayload(CHANNELS.openDialog, NoPayloadSchema, payload);
    const paths = await deps.showOpenDialog();
    return paths.slice(0, MAX_OPEN).map((p) => service.registerPath(p));
  });

  handle(CHANNELS.upload, async (_e, payload) => {
    const { name, bytes } = parsePayload(CHANNELS.upload, UploadPayloadSchema, payload);
    return service.upload(name, bytes);
  });

  handle(CHANNELS.proposeSplit, async (_e, payload) => {
    const { photoId } = parsePayload(CHANNELS.proposeSplit, PhotoPayloadSchema, payload);
    return service.proposeSplit(photoId);
  });

  handle(CHANNELS.preview, async (_e, payload) => {
    const { photoId } = parsePayload(CHANNELS.preview, PhotoPayloadSchema, payload);
    return service.preview(photoId);
  });

  handle(CHANNELS.analyze, async (event, payload) => {
    const { jobId, request } = parsePayload(CHANNELS.analyze, AnalyzePayloadSchema, payload);
    const key = jobKey(event, jobId);
    if (jobs.has(key))
      throw new IpcError(`${CHANNELS.analyze}: job ${jobId} is already running`, 'bad-input');
    const controller = new AbortController();
    jobs.set(key, controller);
    try {
      const analysis = await service.analyze(request, {
        signal: controller.signal,
        onProgress: (p) => {
          // The window may have closed mid-job; sending to a destroyed webContents throws.
          if (event.sender.isDestroyed()) return;
          const message: ProgressMessage = { jobId, fraction: p.fraction, stage: p.stage };
          event.sender.send(CHANNELS.progress, message);
        },
      });
      deps.onAnalyzed?.();
      return analysis;
    } catch (err) {
      // Whatever the pool rejected with once terminated, a job the person cancelled reads as cancelled.
      if (controller.signal.aborted) throw new IpcError('cancelled', 'cancelled');
      throw err;
    } finally {
      jobs.delete(key);
    }
  });

  // Cancel is fire-and-forget (ipcRenderer.send): the analyze call itself answers with 'cancelled'.
  const onCancel = (event: SenderEvent, payload: unknown): void => {
    if (!deps.isTrustedSender(event)) return;
    const parsed = CancelPayloadSchema.safeParse(payload);
    if (parsed.success) jobs.get(jobKey(event, parsed.data.jobId))?.abort();
  };
  ipcMain.on(CHANNELS.cancel, onCancel);

  handle(CHANNELS.image, async (_e, payload) => {
    const { analysisId, kind } = parsePayload(CHANNELS.image, ImagePayloadSchema, payload);
    return service.image(analysisId, kind);
  });

  handle(CHANNELS.crop, async (_e, payload) =>
    service.crop(parsePayload(CHANNELS.crop, CropPayloadSchema, payload)),
  );

  handle(CHANNELS.exportFile, async (_e, payload): Promise<ExportResult> => {
    const { analysisId, kind } = parsePayload(CHANNELS.exportFile, ExportPayloadSchema, payload);
    const pdf = kind === 'report-pdf';
    // The PDF is the report's HTML printed by Chromium, so the service is asked for the HTML.
    const out = await service.exportBytes(analysisId, pdf ? 'report-html' : kind);
    const fileName = pdf ? `${out.fileName.replace(/\.html?$/i, '')}.pdf` : out.fileName;
    const target = await deps.showSaveDialog(fileName, kind);
    if (target === null) return { savedAs: null };
    await deps.writeFile(target, pdf ? await deps.printToPdf(out.bytes) : out.bytes);
    return { savedAs: target };
  });

  handle(CHANNELS.recentPairs, async (_e, payload) => {
    parsePayload(CHANNELS.recentPairs, NoPayloadSchema, payload);
    return service.recentPairs();
  });

  return {
    cancelAll: () => {
      for (const c of jobs.values()) c.abort();
    },
    dispose: () => {
      for (const c of INVOKE_CHANNELS) ipcMain.removeHandler(c);
      ipcMain.removeListener(CHANNELS.cancel, onCancel);
    },
  };
}
