/**
 * The preload: the Api contract as verbs over IPC, exposed to the page as `window.fairshot`. It runs
 * sandboxed, so it is bundled into one CommonJS file (vite.app.config.ts → dist/app/preload.cjs) and
 * imports nothing at runtime but 'electron' and channels.ts (types come from the contract; zod stays in
 * main, which parses every payload).
 *
 * Crossing the context bridge copies plain data and proxies functions, but a DOM AbortSignal arrives
 * empty. So `options.signal` must be a plain object whose `addEventListener` is a function (see
 * renderer/lib/api.ts): `{ aborted: s.aborted, addEventListener: (t, l, o) => s.addEventListener(t, l, o) }`.
 * Errors reject with the contract's ApiError ({error, kind}) plus `message`, since an Error's own
 * properties (the kind) would be dropped by the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { AbortSignalLike, Api, ApiError, MenuCommand } from '../../shared/contract/api.js';
import { CHANNELS, type ProgressMessage, type Reply } from './channels.js';

/** What an Api promise rejects with. */
export type ApiRejection = ApiError & { message: string };

async function call<T>(channel: string, payload?: unknown): Promise<T> {
  const reply = (await ipcRenderer.invoke(channel, payload)) as Reply<T>;
  if (reply.ok) return reply.value;
  const rejection: ApiRejection = { ...reply.error, message: reply.error.error };
  return Promise.reject(rejection);
}

// One progress listener routes messages to the running analyses by job id.
const progressListeners = new Map<string, (fraction: number, stage: string) => void>();
ipcRenderer.on(CHANNELS.progress, (_event, message: ProgressMessage) => {
  progressListeners.get(message.jobId)?.(message.fraction, message.stage);
});

let jobCount = 0;
const jobPrefix = Math.random().toString(36).slice(2, 10);

function watchSignal(signal: AbortSignalLike | undefined, jobId: string): void {
  if (signal === undefined) return;
  if (typeof signal.addEventListener !== 'function') {
    console.warn(
      'fairshot: analyze: signal has no addEventListener (a DOM AbortSignal does not cross the bridge); this job cannot be cancelled',
    );
    return;
  }
  const cancel = () => ipcRenderer.send(CHANNELS.cancel, { jobId });
  if (signal.aborted) cancel();
  else signal.addEventListener('abort', cancel, { once: true });
}

const api = {
  kind: 'electron',
  initialPair: () => call(CHANNELS.initialPair),
  openDialog: () => call(CHANNELS.openDialog),
  upload: (name, bytes) => call(CHANNELS.upload, { name, bytes }),
  proposeSplit: (photoId) => call(CHANNELS.proposeSplit, { photoId }),
  preview: (photoId) => call(CHANNELS.preview, { photoId }),
  analyze: async (request, options) => {
    const jobId = `${jobPrefix}-${++jobCount}`;
    const onProgress = options?.onProgress;
    if (onProgress) progressListeners.set(jobId, (fraction, stage) => onProgress({ fraction, stage }));
    try {
      const pending = call<Awaited<ReturnType<Api['analyze']>>>(CHANNELS.analyze, { jobId, request });
      // After the invoke is on its way, so a cancel can never overtake the job it cancels.
      watchSignal(options?.signal, jobId);
      return await pending;
    } finally {
      progressListeners.delete(jobId);
    }
  },
  image: (analysisId, kind) => call(CHANNELS.image, { analysisId, kind }),
  // An IPC invoke cannot be withdrawn: a crop the loupe no longer wants is dropped on arrival.
  crop: (request) => call(CHANNELS.crop, request),
  exportFile: (analysisId, kind) => call(CHANNELS.exportFile, { analysisId, kind }),
  recentPairs: () => call(CHANNELS.recentPairs),
  onMenuCommand: (listener) => {
    const handler = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, handler);
    };
  },
} satisfies Api;

contextBridge.exposeInMainWorld('fairshot', api);
