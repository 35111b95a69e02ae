/**
 * What the Electron shell needs from the engine's session layer (main/engine/session/PairService).
 * Declared here as a shape rather than imported, so the IPC handlers can be tested with a fake and the
 * shell does not depend on how the service stores photos.
 */
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
} from '../../shared/contract/api.js';

export interface AppService {
  /** A photo the person picked in main's own dialog or named on the command line. */
  registerPath(path: string): PhotoRef;
  upload(name: string, bytes: Uint8Array): Promise<PhotoRef>;
  /** Is this one image a gallery composite, and how would the engine cut it. */
  proposeSplit(photoId: string): Promise<SplitProposal>;
  /** The photo scaled down for the split editor. */
  preview(photoId: string): Promise<EncodedImage>;
  initialPair(): Promise<{ before: PhotoRef; after: PhotoRef; sample: boolean } | null>;
  analyze(
    request: z.output<typeof AnalyzeRequestSchema>,
    options?: { signal?: AbortSignal; onProgress?: (p: Progress) => void },
  ): Promise<Analysis>;
  image(analysisId: string, kind: ImageKind): Promise<EncodedImage>;
  /** A full-resolution square of one analysed photo for the loupe. */
  crop(request: CropRequest): Promise<EncodedImage>;
  exportBytes(
    analysisId: string,
    kind: ExportKind,
  ): Promise<{ fileName: string; mime: string; bytes: Uint8Array }>;
  recentPairs(): Promise<RecentPair[]>;
  close(): Promise<void>;
}
