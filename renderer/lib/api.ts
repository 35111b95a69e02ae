/**
 * The only module that touches the bridge. In Electron the preload exposes `window.fairshot` (verbs over
 * IPC); in a browser (serve mode) the same contract is spoken over loopback HTTP with the page's token.
 * Every answer is parsed with the contract's schemas, whichever adapter it came from.
 */
import { z } from 'zod';
import type {
  AbortSignalLike,
  Analysis,
  AnalyzeRequest,
  Api,
  EncodedImage,
  ExportKind,
  ImageKind,
  MenuCommand,
  Progress,
} from '../../shared/contract/api.js';
import {
  AnalysisSchema,
  AnalyzeRequestSchema,
  ApiErrorSchema,
  CropRequestSchema,
  ExportResultSchema,
  ImageKindSchema,
  MenuCommandSchema,
  PhotoRefSchema,
  ProgressSchema,
  PhotoIdSchema,
  RecentPairSchema,
  SplitProposalSchema,
} from '../../shared/contract/api.js';
import { ApiFailure } from './ApiFailure.js';
import { downloadBlob } from './downloadBlob.js';
import { readSse } from './readSse.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    fairshot?: Api;
  }
}

const InitialPairSchema = z
  .object({ before: PhotoRefSchema, after: PhotoRefSchema, sample: z.boolean() })
  .nullable();
const JobSchema = z.object({ jobId: z.string().min(1) });
const EXPORT_NAMES: Record<ExportKind, string> = {
  'report-html': 'fairshot-report.html',
  'report-pdf': 'fairshot-report.pdf',
  'side-by-side-png': 'fairshot-side-by-side.png',
  'flicker-gif': 'fairshot-flicker.gif',
  'report-json': 'fairshot-report.json',
};

/** The adapter for this window: Electron's preload when present, else HTTP with the URL's token. */
export function pickApi(win: Window = window): Api {
  if (win.fairshot) return createElectronApi(win.fairshot);
  const token = new URL(win.location.href).searchParams.get('token') ?? '';
  return createHttpApi(token, win.fetch.bind(win));
}

/**
 * Wraps the preload so its answers are schema-checked like the HTTP ones. Two things do not survive the
 * context bridge and are rebuilt here: an AbortSignal (it arrives empty, so a plain object with the same
 * verbs goes instead) and an Error's fields (the preload rejects with an ApiError-shaped object).
 */
export function createElectronApi(bridge: Api): Api {
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      const parsed = ApiErrorSchema.safeParse(e);
      if (parsed.success) throw new ApiFailure(parsed.data.error, parsed.data.kind);
      throw e;
    }
  };
  return {
    kind: 'electron',
    initialPair: () => call(async () => InitialPairSchema.parse(await bridge.initialPair())),
    openDialog: () => call(async () => z.array(PhotoRefSchema).parse(await bridge.openDialog())),
    upload: (name, bytes) => call(async () => PhotoRefSchema.parse(await bridge.upload(name, bytes))),
    proposeSplit: (id) =>
      call(async () => SplitProposalSchema.parse(await bridge.proposeSplit(PhotoIdSchema.parse(id)))),
    preview: (id) => call(async () => parseEncoded(await bridge.preview(PhotoIdSchema.parse(id)))),
    analyze: (request, options) =>
      call(async () => {
        const s = options?.signal;
        const signal = s && {
          get aborted() {
            return s.aborted;
          },
          addEventListener: (type: 'abort', listener: () => void, o?: { once?: boolean }) =>
            s.addEventListener(type, listener, o),
        };
        const req = AnalyzeRequestSchema.parse(request);
        return AnalysisSchema.parse(await bridge.analyze(req, { ...options, signal }));
      }),
    image: (id, kind) => call(async () => parseEncoded(await bridge.image(id, kind))),
    // The signal does not cross the bridge and an invoke cannot be withdrawn: the caller drops the answer.
    crop: (request) => call(async () => parseEncoded(await bridge.crop(CropRequestSchema.parse(request)))),
    exportFile: (id, kind) => call(async () => ExportResultSchema.parse(await bridge.exportFile(id, kind))),
    recentPairs: () => call(async () => z.array(RecentPairSchema).parse(await bridge.recentPairs())),
    onMenuCommand: (listener) => bridge.onMenuCommand((c) => listener(MenuCommandSchema.parse(c))),
  };
}

function parseEncoded(img: EncodedImage): EncodedImage {
  if (img.mime !== 'image/jpeg' && img.mime !== 'image/png') {
    throw new ApiFailure(`expected a JPEG or PNG image, got ${String(img.mime)}`, 'internal');
  }
  if (!(img.bytes instanceof Uint8Array)) throw new ApiFailure('expected image bytes', 'internal');
  return img;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The serve-mode adapter. The token travels in the x-fairshot-token header on every request, the job's
 * progress stream included (read with fetch, not EventSource, which cannot set headers).
 */
export function createHttpApi(token: string, fetchImpl: Fetch, base = ''): Api {
  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('x-fairshot-token', token);
    let res: Response;
    try {
      res = await fetchImpl(base + path, { ...init, headers });
    } catch (e) {
      if (init.signal?.aborted) throw new ApiFailure('Cancelled.', 'cancelled');
      throw new ApiFailure(`The Fairshot server did not answer (${(e as Error).message}).`, 'internal');
    }
    if (!res.ok) throw await failureOf(res);
    return res;
  }
  const json = async <T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> =>
    schema.parse(await (await call(path, init)).json());

  return {
    kind: 'http',
    initialPair: () => json(InitialPairSchema, '/api/initial-pair'),
    openDialog: () => Promise.resolve([]),
    upload: (name, bytes) =>
      json(PhotoRefSchema, `/api/upload?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: bytes as Uint8Array<ArrayBuffer>,
      }),
    proposeSplit: (id) =>
      json(SplitProposalSchema, `/api/photos/${encodeURIComponent(PhotoIdSchema.parse(id))}/split`),
    preview: async (id) => {
      const res = await call(`/api/photos/${encodeURIComponent(PhotoIdSchema.parse(id))}/preview`);
      return { mime: 'image/jpeg', bytes: new Uint8Array(await res.arrayBuffer()) };
    },
    analyze: (request, options) => analyzeOverHttp(call, request, options),
    image: async (id, kind: ImageKind) => {
      const res = await call(`/api/analyses/${encodeURIComponent(id)}/images/${kind}`);
      const mime = res.headers.get('content-type')?.startsWith('image/png') ? 'image/png' : 'image/jpeg';
      return { mime, bytes: new Uint8Array(await res.arrayBuffer()) };
    },
    // The page's token cookie lets an <img> in (main/server/checkAccess.ts): no bytes pass through script.
    imageUrl: (id, kind: ImageKind) =>
      `${base}/api/analyses/${encodeURIComponent(id)}/images/${encodeURIComponent(ImageKindSchema.parse(kind))}`,
    crop: async (request, options) => {
      const r = CropRequestSchema.parse(request);
      const stream = new AbortController();
      if (options?.signal?.aborted) throw new ApiFailure('Cancelled.', 'cancelled');
      options?.signal?.addEventListener('abort', () => stream.abort(), { once: true });
      const q = `source=${r.source}&left=${r.left}&top=${r.top}&size=${r.size}`;
      const res = await call(`/api/analyses/${encodeURIComponent(r.analysisId)}/crop?${q}`, {
        signal: stream.signal,
      });
      return { mime: 'image/png', bytes: new Uint8Array(await res.arrayBuffer()) };
    },
    exportFile: async (id, kind) => {
      const res = await call(`/api/analyses/${encodeURIComponent(id)}/export/${kind}`);
      downloadBlob(await res.blob(), fileNameOf(res) ?? EXPORT_NAMES[kind]);
      return { savedAs: null };
    },
    recentPairs: () => json(z.array(RecentPairSchema), '/api/recent'),
    onMenuCommand: (_listener: (c: MenuCommand) => void) => () => undefined,
  };
}

async function analyzeOverHttp(
  call: (path: string, init?: RequestInit) => Promise<Response>,
  request: AnalyzeRequest,
  options: { signal?: AbortSignalLike; onProgress?: (p: Progress) => void } = {},
): Promise<Analysis> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new ApiFailure('Cancelled.', 'cancelled');
  const body = JSON.stringify(AnalyzeRequestSchema.parse(request));
  const { jobId } = JobSchema.parse(
    await (
      await call('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    ).json(),
  );
  const job = `/api/jobs/${encodeURIComponent(jobId)}`;
  const stream = new AbortController();
  const cancel = (): void => {
    stream.abort();
    // Fire and forget: the server terminates the worker; the UI is already back to idle.
    void call(job, { method: 'DELETE' }).catch(() => undefined);
  };
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const res = await call(`${job}/events`, {
      headers: { accept: 'text/event-stream' },
      signal: stream.signal,
    });
    if (!res.body) throw new ApiFailure('The progress stream had no body.', 'internal');
    for await (const ev of readSse(res.body)) {
      const data: unknown = JSON.parse(ev.data);
      if (ev.event === 'progress') onProgress?.(ProgressSchema.parse(data));
      else if (ev.event === 'done') return AnalysisSchema.parse(data);
      else if (ev.event === 'error') {
        const err = ApiErrorSchema.parse(data);
        throw new ApiFailure(err.error, err.kind);
      }
    }
    throw new ApiFailure('The analysis ended without a result.', 'internal');
  } catch (e) {
    if (signal?.aborted || stream.signal.aborted) throw new ApiFailure('Cancelled.', 'cancelled');
    throw e;
  }
}

async function failureOf(res: Response): Promise<ApiFailure> {
  const text = await res.text().catch(() => '');
  try {
    const err = ApiErrorSchema.parse(JSON.parse(text));
    return new ApiFailure(err.error, err.kind);
  } catch {
    const detail = text.trim().split('\n')[0]?.slice(0, 200);
    return new ApiFailure(`HTTP ${res.status}${detail ? `: ${detail}` : ''}`, 'internal');
  }
}

function fileNameOf(res: Response): string | null {
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(cd);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
