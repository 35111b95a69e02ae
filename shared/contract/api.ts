/**
 * The app's API: what the React UI may ask of main (over Electron IPC) or of the loopback server (over
 * HTTP). One contract, both adapters; every payload is parsed with these schemas on the receiving side.
 * The UI never sends a file path: photos are referred to by ids that main or the server handed out.
 */
import { z } from 'zod';
import { CompositeSchema } from './composite.js';
import { AuditReportSchema } from './report.js';

export const PhotoIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'a photo id handed out by Fairshot');

/** A photo the UI may refer to: an id and a display name (never a path). */
export const PhotoRefSchema = z.object({ id: PhotoIdSchema, name: z.string().max(512) });

/** Uploads (drops, paste, the browser's file picker) are capped well above any phone photo. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export const UploadRequestSchema = z.object({
  name: z.string().min(1).max(512),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_UPLOAD_BYTES, {
    message: `expected 1 byte to ${MAX_UPLOAD_BYTES} bytes`,
  }),
});

export const RectSchema = z.tuple([
  z.number().min(0),
  z.number().min(0),
  z.number().positive(),
  z.number().positive(),
]);

/** A person's landmark alignment, fitted in the UI with shared/analysis/register/fitLandmarks. */
export const ManualAlignmentSchema = z.object({
  matrix: z.array(z.number().finite()).length(9),
  model: z.enum(['similarity', 'affine', 'homography']),
});

/** Two photos, each its own file. */
export const PairAnalyzeRequestSchema = z.object({
  before: PhotoIdSchema,
  after: PhotoIdSchema,
  /** Exposure reference rectangle in before-photo pixels. */
  referenceRect: RectSchema.nullable().default(null),
  manual: ManualAlignmentSchema.nullable().default(null),
  /** Region for the scalp coverage measure in before-photo pixels; absent or null: the overlap. */
  coverageRect: RectSchema.nullable().optional(),
});

/**
 * How a composite is cut: the engine's proposal, or the person's correction of it. Indices must point at
 * panels that exist, and a case's before and after must be two different panels.
 */
export const SplitSchema = CompositeSchema.pick({
  layout: true,
  panels: true,
  pairs: true,
  pair: true,
  order: true,
  confidence: true,
}).superRefine((s, ctx) => {
  const n = s.panels.length;
  if (s.pair >= s.pairs.length) {
    ctx.addIssue({ code: 'custom', path: ['pair'], message: `expected a case below ${s.pairs.length}` });
  }
  s.pairs.forEach((p, i) => {
    if (p.before >= n || p.after >= n || p.before === p.after) {
      ctx.addIssue({
        code: 'custom',
        path: ['pairs', i],
        message: `expected two different panels below ${n}`,
      });
    }
  });
});

/** What the engine proposes for one image: its split, or null with the reason it is not a composite. */
export const SplitProposalSchema = z.object({
  photo: PhotoRefSchema,
  /** The image's size as oriented for display (the panel rectangles' frame). */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  split: SplitSchema.nullable(),
  /** One line: how the split was found, or why the image is taken as one photo. */
  reason: z.string(),
});

/** Both photos cut from one composite, as the (possibly corrected) split says. */
export const CompositeAnalyzeRequestSchema = z.object({
  composite: PhotoIdSchema,
  split: SplitSchema,
  /** Exposure reference rectangle in the before panel's pixels. */
  referenceRect: RectSchema.nullable().default(null),
  manual: ManualAlignmentSchema.nullable().default(null),
  /** Region for the scalp coverage measure in the before panel's pixels; absent or null: the overlap. */
  coverageRect: RectSchema.nullable().optional(),
});

/** Either two photo ids or one composite's id with its split; never a path. */
export const AnalyzeRequestSchema = z.union([PairAnalyzeRequestSchema, CompositeAnalyzeRequestSchema]);

/** Display renders of an analysis, all in the before photo's frame except 'after' (as shot). */
export const IMAGE_KINDS = [
  'before',
  'after',
  'aligned',
  'aligned-normalized',
  'difference',
  /** Each photo's error-level heat map (provenance), as shot: one colour per 8x8 block. */
  'error-level-before',
  'error-level-after',
] as const;
export const ImageKindSchema = z.enum(IMAGE_KINDS);

/** What the loupe shows at 1:1: the before photo, the after photo as shot, or the after aligned onto the before. */
export const CROP_SOURCES = ['before', 'after', 'aligned'] as const;
/** Largest crop side, px: a 180 px loupe at a device pixel ratio of 2 needs 360. */
export const MAX_CROP_SIZE = 512;

/**
 * A square of one photo of an analysis at full resolution: pixel (i, j) of the answer is pixel
 * (left + i, top + j) of the source's frame (the before photo's for 'aligned'), transparent outside it.
 */
export const CropRequestSchema = z.object({
  analysisId: PhotoIdSchema,
  source: z.enum(CROP_SOURCES),
  left: z.number().int().min(-MAX_CROP_SIZE).max(1_000_000),
  top: z.number().int().min(-MAX_CROP_SIZE).max(1_000_000),
  size: z.number().int().min(8).max(MAX_CROP_SIZE),
});

export const AnalysisSchema = z.object({
  /** Id of this analysis, for images and exports. */
  id: PhotoIdSchema,
  report: AuditReportSchema,
  /** Which images exist (no aligned ones when alignment failed). */
  images: z.array(ImageKindSchema),
  /** Size of the display renders; the report's matrix is in full-resolution pixels. */
  display: z.object({
    before: z.object({ width: z.number().int(), height: z.number().int() }),
    after: z.object({ width: z.number().int(), height: z.number().int() }),
  }),
});

export const ProgressSchema = z.object({ fraction: z.number().min(0).max(1), stage: z.string() });

export const EXPORT_KINDS = [
  'report-html',
  'report-pdf',
  'side-by-side-png',
  'flicker-gif',
  'report-json',
] as const;
export const ExportKindSchema = z.enum(EXPORT_KINDS);

export const ExportResultSchema = z.object({
  /** Electron: where it was saved (null when the person cancelled). HTTP: null; the browser downloads. */
  savedAs: z.string().nullable(),
});

export const RecentPairSchema = z.object({
  before: PhotoRefSchema,
  after: PhotoRefSchema,
  openedAt: z.string(),
});

/** Commands from the app menu, pushed to the UI. */
export const MENU_COMMANDS = [
  'open',
  'show-recent',
  'export-html',
  'export-pdf',
  'export-png',
  'export-gif',
  'view-side-by-side',
  'view-swipe',
  'view-onion',
  'view-flicker',
  'view-difference',
  'view-error-level',
] as const;
export const MenuCommandSchema = z.enum(MENU_COMMANDS);

export type PhotoRef = z.infer<typeof PhotoRefSchema>;
export type AnalyzeRequest = z.input<typeof AnalyzeRequestSchema>;
export type PairAnalyzeRequest = z.input<typeof PairAnalyzeRequestSchema>;
export type CompositeAnalyzeRequest = z.input<typeof CompositeAnalyzeRequestSchema>;
export type Split = z.infer<typeof SplitSchema>;
export type SplitProposal = z.infer<typeof SplitProposalSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
export type ImageKind = z.infer<typeof ImageKindSchema>;
export type CropRequest = z.infer<typeof CropRequestSchema>;
export type Progress = z.infer<typeof ProgressSchema>;
export type ExportKind = z.infer<typeof ExportKindSchema>;
export type ExportResult = z.infer<typeof ExportResultSchema>;
export type RecentPair = z.infer<typeof RecentPairSchema>;
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** The part of the web platform's AbortSignal the contract relies on (shared/ has no DOM types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

export interface EncodedImage {
  mime: 'image/jpeg' | 'image/png';
  bytes: Uint8Array;
}

/**
 * What the UI can do. renderer/lib/api.ts picks the adapter (Electron preload or HTTP); the preload object
 * is written `satisfies Api`, and the HTTP server answers the same calls.
 */
export interface Api {
  /** Which adapter this is: the UI hides what a browser cannot do (native dialogs, PDF). */
  readonly kind: 'electron' | 'http';
  /** The bundled sample pair, or the pair named on the command line when there is one. */
  initialPair(): Promise<{ before: PhotoRef; after: PhotoRef; sample: boolean } | null>;
  /** Electron only: the native open dialog; returns what the person picked (possibly nothing). */
  openDialog(): Promise<PhotoRef[]>;
  /** A photo's bytes from a drop, a paste or the browser's file picker. */
  upload(name: string, bytes: Uint8Array): Promise<PhotoRef>;
  /**
   * The engine's proposed split of one image into before/after panels (a gallery composite), or its
   * reason for taking the image as one photo.
   */
  proposeSplit(photoId: string): Promise<SplitProposal>;
  /** A photo as opened (orientation applied), scaled down for the split editor: JPEG. */
  preview(photoId: string): Promise<EncodedImage>;
  /** Runs the audit off the UI thread; `signal` cancels it (the worker is terminated). */
  analyze(
    request: AnalyzeRequest,
    options?: { signal?: AbortSignalLike; onProgress?: (p: Progress) => void },
  ): Promise<Analysis>;
  /** One display render of an analysis, as an encoded image (JPEG or PNG). */
  image(analysisId: string, kind: ImageKind): Promise<EncodedImage>;
  /**
   * Where the page may load that render itself, when the adapter has such an address (serve mode: a
   * same-origin URL its cookie lets in). The image then streams and decodes off the UI thread, with no
   * bytes copied through script; without it, the UI uses `image`.
   */
  imageUrl?(analysisId: string, kind: ImageKind): string;
  /** A full-resolution square of one photo, as a lossless PNG (the loupe at 1:1); `signal` drops it. */
  crop(request: CropRequest, options?: { signal?: AbortSignalLike }): Promise<EncodedImage>;
  /** Exports without GPS or other identifying metadata. */
  exportFile(analysisId: string, kind: ExportKind): Promise<ExportResult>;
  recentPairs(): Promise<RecentPair[]>;
  /** Menu commands (Electron); returns an unsubscribe. The HTTP adapter never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Errors cross the boundary as one line each: what went wrong and, for a bad photo, which one. */
export const ApiErrorSchema = z.object({
  error: z.string(),
  kind: z.enum(['bad-input', 'cancelled', 'internal']),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
