/**
 * The engine as the app sees it, shared by the Electron shell (over IPC) and the loopback server (over
 * HTTP): photos are known by ids this service hands out, never by paths from the UI; an analysis runs in
 * the AuditPool's worker threads, which also render every display image and export, so nothing heavy
 * runs on the caller's thread; the last few analyses are kept in memory for their images and exports.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Readable } from 'node:stream';
import sharp from '../sharp.js';
import type { z } from 'zod';
import type {
  Analysis,
  AnalyzeRequestSchema,
  CropRequest,
  EncodedImage,
  ExportKind,
  ImageKind,
  PhotoRef,
  Progress,
  RecentPair,
  SplitProposal,
} from '../../../shared/contract/api.js';
import { MAX_UPLOAD_BYTES, UploadRequestSchema } from '../../../shared/contract/api.js';
import { homography } from '../../../shared/geometry/homography.js';
import { PhotoError } from '../input/PhotoError.js';
import type { AuditPool } from '../pool/AuditPool.js';
import { analysisTarget, type Photo } from './analysisTarget.js';
import { cropPhoto, type CropSources } from './cropPhoto.js';
import { PhotoPixels } from './photoPixels.js';
import { RecentPairs } from './RecentPairs.js';
import { exportOf } from './exportOf.js';
import { previewPhoto } from './previewPhoto.js';
import { saveUpload } from './saveUpload.js';
import { splitProposal, type EngineProposal } from './splitProposal.js';
import { ServiceError } from './ServiceError.js';

export { ServiceError };

export interface PairServiceOptions {
  pool: AuditPool;
  /** Private folder for uploads; created with mode 0700. The service never deletes it (its owner does). */
  dataDir: string;
  /** The bundled sample pair (assets/samples), shown when nothing else was opened. */
  sample: { before: string; after: string };
  /** The pair named on the command line, shown first instead of the sample. @default null */
  initial?: { before: string; after: string } | null;
  /** JSON list of recent pairs, written atomically; memory only when null. @default null */
  recentFile?: string | null;
  /** Analyses whose renders are kept (least recently used goes first). @default 8 */
  maxAnalyses?: number;
  /** How one image splits into panels (tests pass their own). @default the pool's proposeSplit job */
  proposeSplit?: (path: string) => Promise<EngineProposal>;
}

type Rendered = Map<string, Uint8Array | string>;

interface Kept {
  analysis: Analysis;
  /** The display images at first; the exports join them when `rest` settles. */
  rendered: Rendered;
  /** The exports' rendering, which goes on in the worker after the analysis is shown. */
  rest: Promise<void>;
  sideBySide: Promise<Buffer> | null;
  /** The analysed files, decoded again for the loupe's full-resolution crops (null: a composite's panels). */
  sources: CropSources | null;
}

/** Which render each image kind is (see renderOutputs' names). */
const IMAGE_FILES = {
  before: 'before.jpg',
  after: 'after.jpg',
  aligned: 'aligned.jpg',
  'aligned-normalized': 'aligned-normalized.jpg',
  difference: 'difference-map.png',
  'error-level-before': 'error-level-before.png',
  'error-level-after': 'error-level-after.png',
} as const satisfies Record<ImageKind, string>;

/** 16 random bytes in base64url: 22 characters, inside the contract's photo id pattern. */
function newId(): string {
  return randomBytes(16).toString('base64url');
}

export class PairService {
  private readonly photos = new Map<string, Photo>();
  private readonly idByPath = new Map<string, string>();
  /** Insertion order is recency: a read moves an entry to the end, eviction takes the first. */
  private readonly analyses = new Map<string, Kept>();
  private readonly running = new Set<AbortController>();
  private readonly pixels = new PhotoPixels();
  private readonly recent: RecentPairs;
  private initial: Promise<{ before: PhotoRef; after: PhotoRef; sample: boolean } | null> | null = null;
  private closed = false;

  constructor(private readonly options: PairServiceOptions) {
    // Uploads are people's photos: only this user may list or read them.
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    chmodSync(options.dataDir, 0o700);
    this.recent = new RecentPairs({ file: options.recentFile ?? null });
    // The app will analyze something soon (the sample at least): have a worker compile OpenCV meanwhile.
    options.pool.warm();
  }

  /** Main-side only (dialogs, drops resolved by main, CLI args): never exposed to the UI. */
  registerPath(path: string): PhotoRef {
    return this.register(resolve(path), basename(path));
  }

  /** Saves the bytes under dataDir with a random name; `name` is kept for display only. */
  async upload(name: string, bytes: Uint8Array): Promise<PhotoRef> {
    const parsed = UploadRequestSchema.safeParse({ name, bytes });
    if (!parsed.success) throw new ServiceError('bad-input', `upload: ${parsed.error.issues[0]?.message}`);
    return this.register(
      await saveUpload(this.options.dataDir, name, Readable.from([bytes]), MAX_UPLOAD_BYTES),
      name,
    );
  }

  /** Like upload, but streams `source` (the server's request body) to disk without holding it whole. */
  async uploadStream(
    name: string,
    source: AsyncIterable<Uint8Array>,
    maxBytes = MAX_UPLOAD_BYTES,
  ): Promise<PhotoRef> {
    if (!UploadRequestSchema.shape.name.safeParse(name).success) {
      throw new ServiceError('bad-input', 'upload: expected a file name of 1 to 512 characters');
    }
    return this.register(await saveUpload(this.options.dataDir, name, source, maxBytes), name);
  }

  /** Is this one image a gallery composite: the engine's proposed split, or why it is one photo. */
  async proposeSplit(photoId: string): Promise<SplitProposal> {
    const photo = this.photo(photoId);
    // In a worker: reading and splitting a 12 MP composite would hold this thread for a second.
    const propose = this.options.proposeSplit ?? ((path: string) => this.options.pool.proposeSplit(path));
    return splitProposal({ id: photoId, ...photo }, propose);
  }

  /** The photo scaled down for the split editor (no metadata of the original). */
  async preview(photoId: string): Promise<EncodedImage> {
    const photo = this.photo(photoId);
    return (await previewPhoto(photo.path, photo.name)).image;
  }

  /** The pair named on the command line, else the bundled sample; null when neither exists. */
  initialPair(): Promise<{ before: PhotoRef; after: PhotoRef; sample: boolean } | null> {
    this.initial ??= (async () => {
      const { initial, sample } = this.options;
      const pair = initial ?? sample;
      if (!initial && !(existsSync(sample.before) && existsSync(sample.after))) return null;
      return {
        before: this.registerPath(pair.before),
        after: this.registerPath(pair.after),
        sample: !initial,
      };
    })();
    return this.initial;
  }

  /**
   * Audits a pair in the pool and keeps its renders. Rejects with ServiceError: 'bad-input' for unknown
   * ids or an unusable photo (named as the person knows it), 'cancelled' when `signal` fired.
   */
  async analyze(
    req: z.output<typeof AnalyzeRequestSchema>,
    opts: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {},
  ): Promise<Analysis> {
    if (this.closed) throw new ServiceError('cancelled', 'the engine is shutting down');
    const target = analysisTarget(req, (id) => this.photo(id), this.options.pool);
    const { before, after } = target;
    // A composite's panels are parts of one file: the loupe's crops are offered for two photo files only.
    const cropFiles: [Photo, Photo] | null = target.composite ? null : [before, after];
    const scrub = (text: string) =>
      text
        .split(before.path)
        .join(before.name)
        .split(after.path)
        .join(after.name)
        .split(this.options.dataDir)
        .join('(uploads)');

    const ac = new AbortController();
    if (opts.signal?.aborted) throw new ServiceError('cancelled', 'the analysis was cancelled');
    const onAbort = () => ac.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    // Once the pair is shown, the caller's signal no longer reaches the job: it only finishes the exports.
    const detach = () => opts.signal?.removeEventListener('abort', onAbort);
    const failure = (err: unknown): ServiceError => {
      if (ac.signal.aborted) return new ServiceError('cancelled', 'the analysis was cancelled');
      if (err instanceof PhotoError) {
        const who = err.file === before.path ? before.name : err.file === after.path ? after.name : 'photo';
        return new ServiceError('bad-input', `${who}: ${scrub(err.cause_)}`);
      }
      const text = scrub(err instanceof Error ? err.message : String(err));
      return new ServiceError('internal', `the analysis failed: ${text}`);
    };

    this.running.add(ac);
    let shown: Kept | null = null;
    let ready: (a: Kept) => void = () => undefined;
    const display = new Promise<Kept>((resolve) => (ready = resolve));
    const run = target.start(
      {
        referenceRect: req.referenceRect,
        coverageRect: req.coverageRect ?? null,
        manual: req.manual ? { matrix: homography(req.manual.matrix), model: req.manual.model } : null,
        // The report.html export embeds the GIF; WebP is not offered by the app.
        render: { display: true, webp: false },
        displayNames: target.names,
      },
      {
        signal: ac.signal,
        onProgress: (fraction, stage) => {
          if (!shown) opts.onProgress?.({ fraction: Math.min(1, Math.max(0, fraction)), stage });
        },
        onDisplay: (report, images) => {
          detach();
          // `finished` is assigned before any message from the worker can arrive.
          shown = this.keep(report, images, finished, cropFiles);
          ready(shown);
        },
      },
    );
    const finished = run.then(
      (result) => {
        const kept =
          shown ?? this.keep(result.report, result.rendered ?? new Map(), Promise.resolve(), cropFiles);
        for (const [name, data] of result.rendered ?? []) kept.rendered.set(name, data);
        ready(kept);
      },
      (err: unknown) => {
        throw failure(err);
      },
    );
    // The exports may still fail after the pair is shown: exportBytes reports that, nothing else waits.
    finished
      .catch(() => undefined)
      .finally(() => {
        detach();
        this.running.delete(ac);
      });
    const kept = await Promise.race([display, finished.then(() => display)]);

    const sample = this.options.sample;
    if (
      !target.composite &&
      !(before.path === resolve(sample.before) && after.path === resolve(sample.after))
    ) {
      // The list is a convenience: a disk that refuses it must not fail the analysis.
      await this.recent.add({ before, after, openedAt: new Date().toISOString() }).catch(() => undefined);
    }
    const size = async (name: 'before.jpg' | 'after.jpg') => {
      const m = await sharp(kept.rendered.get(name) as Uint8Array).metadata();
      return { width: m.width ?? 0, height: m.height ?? 0 };
    };
    kept.analysis.display = { before: await size('before.jpg'), after: await size('after.jpg') };
    return kept.analysis;
  }

  /** Keeps a new analysis (evicting the least recently used beyond maxAnalyses) and returns it. */
  private keep(
    report: Analysis['report'],
    images: Rendered,
    rest: Promise<void>,
    files: [Photo, Photo] | null,
  ): Kept {
    const analysis: Analysis = {
      id: newId(),
      report,
      images: (Object.keys(IMAGE_FILES) as ImageKind[]).filter((k) => images.has(IMAGE_FILES[k])),
      display: { before: { width: 0, height: 0 }, after: { width: 0, height: 0 } },
    };
    const sources: CropSources | null = files && {
      before: { ...files[0], sha256: report.before.sha256 },
      after: { ...files[1], sha256: report.after.sha256 },
      afterToBefore: report.alignment.matrix,
    };
    const kept: Kept = { analysis, rendered: new Map(images), rest, sideBySide: null, sources };
    this.analyses.set(analysis.id, kept);
    for (const id of this.analyses.keys()) {
      if (this.analyses.size <= (this.options.maxAnalyses ?? 8)) break;
      this.analyses.delete(id);
    }
    return kept;
  }

  /** One display render of a kept analysis. */
  async image(analysisId: string, kind: ImageKind): Promise<EncodedImage> {
    const kept = this.kept(analysisId);
    const bytes = kept.rendered.get(IMAGE_FILES[kind]);
    if (!(bytes instanceof Uint8Array)) {
      const why = kind.startsWith('error-level') ? 'it was not measured' : 'the photos could not be aligned';
      throw new ServiceError('bad-input', `no ${kind} image: ${why}`);
    }
    return { mime: IMAGE_FILES[kind].endsWith('.png') ? 'image/png' : 'image/jpeg', bytes };
  }

  /** A full-resolution square of one analysed photo (the loupe at 1:1), decoded from the original. */
  async crop(req: CropRequest): Promise<EncodedImage> {
    const kept = this.kept(req.analysisId);
    if (!kept.sources) {
      throw new ServiceError('bad-input', 'no 1:1 crop: the photos were cut from one composite image');
    }
    return cropPhoto(this.pixels, kept.sources, req);
  }

  /** An export's bytes, without GPS or other identifying metadata (the report names photos, no paths). */
  async exportBytes(
    analysisId: string,
    kind: ExportKind,
  ): Promise<{ fileName: string; mime: string; bytes: Uint8Array }> {
    const kept = this.kept(analysisId);
    await kept.rest;
    return exportOf(kept, kind);
  }

  /** Newest first; pairs whose files are gone are left out. */
  async recentPairs(): Promise<RecentPair[]> {
    const exists = async (p: string) => (await stat(p).catch(() => null))?.isFile() ?? false;
    const out: RecentPair[] = [];
    for (const e of await this.recent.list()) {
      if (!((await exists(e.before.path)) && (await exists(e.after.path)))) continue;
      out.push({
        before: this.register(e.before.path, e.before.name),
        after: this.register(e.after.path, e.after.name),
        openedAt: e.openedAt,
      });
    }
    return out;
  }

  /** Cancels running analyses (their workers are terminated) and drops what is kept. The pool stays open. */
  async close(): Promise<void> {
    this.closed = true;
    for (const ac of this.running) ac.abort();
    this.analyses.clear();
    this.pixels.clear();
    this.photos.clear();
    this.idByPath.clear();
  }

  private register(path: string, name: string): PhotoRef {
    let id = this.idByPath.get(path);
    if (!id) {
      id = newId();
      this.idByPath.set(path, id);
    }
    this.photos.set(id, { path, name });
    return { id, name };
  }

  private photo(id: string): Photo {
    const p = this.photos.get(id);
    if (!p)
      throw new ServiceError('bad-input', `unknown photo id "${id.slice(0, 64)}": open the photo again`);
    return p;
  }

  private kept(analysisId: string): Kept {
    const k = this.analyses.get(analysisId);
    if (!k) {
      throw new ServiceError(
        'bad-input',
        `unknown analysis id "${analysisId.slice(0, 64)}": analyze the pair again`,
      );
    }
    this.analyses.delete(analysisId);
    this.analyses.set(analysisId, k);
    return k;
  }
}
