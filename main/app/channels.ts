/**
 * Every IPC channel between main and the preload, in one list. The preload and main/app/ipc.ts both
 * import it, so a renamed channel breaks the compile instead of silently never answering.
 * This module is imported by the sandboxed preload: it must stay free of runtime dependencies.
 */
import type { ApiError } from '../../shared/contract/api.js';

export const CHANNELS = {
  /** invoke: nothing → {before, after, sample} | null */
  initialPair: 'fairshot:initial-pair',
  /** invoke: nothing → PhotoRef[] (main shows the native open dialog) */
  openDialog: 'fairshot:open-dialog',
  /** invoke: {name, bytes} → PhotoRef */
  upload: 'fairshot:upload',
  /** invoke: {photoId} → SplitProposal (is this one image a gallery composite, and how is it cut) */
  proposeSplit: 'fairshot:propose-split',
  /** invoke: {photoId} → EncodedImage (the photo scaled down, for the split editor) */
  preview: 'fairshot:preview',
  /** invoke: {jobId, request} → Analysis; progress is pushed on `progress` */
  analyze: 'fairshot:analyze',
  /** send (no reply): {jobId} aborts that analysis */
  cancel: 'fairshot:cancel',
  /** push from main: {jobId, fraction, stage} */
  progress: 'fairshot:progress',
  /** invoke: {analysisId, kind} → EncodedImage */
  image: 'fairshot:image',
  /** invoke: CropRequest → EncodedImage (a full-resolution PNG square for the loupe) */
  crop: 'fairshot:crop',
  /** invoke: {analysisId, kind} → ExportResult (main shows the save dialog) */
  exportFile: 'fairshot:export',
  /** invoke: nothing → RecentPair[] */
  recentPairs: 'fairshot:recent-pairs',
  /** push from main: a MenuCommand */
  menuCommand: 'fairshot:menu-command',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Channels the renderer invokes and main answers with a Reply. */
export const INVOKE_CHANNELS = [
  CHANNELS.initialPair,
  CHANNELS.openDialog,
  CHANNELS.upload,
  CHANNELS.proposeSplit,
  CHANNELS.preview,
  CHANNELS.analyze,
  CHANNELS.image,
  CHANNELS.crop,
  CHANNELS.exportFile,
  CHANNELS.recentPairs,
] as const;

/**
 * What every invoke channel answers. Errors travel as values: a thrown error would reach the renderer
 * wrapped in Electron's "Error invoking remote method" text, and without its kind.
 */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Progress of one analysis, pushed to the window that asked for it. */
export interface ProgressMessage {
  jobId: string;
  fraction: number;
  stage: string;
}
