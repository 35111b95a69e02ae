/**
 * The schema of every payload the renderer may send, built from the contract's schemas. Objects are
 * strict: a payload with a key the channel does not know (say, `path`) is refused, not stripped, so a
 * renderer trying to smuggle a file path gets an error instead of silent success.
 */
import { z } from 'zod';
import {
  CompositeAnalyzeRequestSchema,
  PairAnalyzeRequestSchema,
  CropRequestSchema,
  ExportKindSchema,
  ImageKindSchema,
  PhotoIdSchema,
  UploadRequestSchema,
} from '../../shared/contract/api.js';
import { IpcError } from './toApiError.js';

/** A job id the preload made up for one analysis; only used to route progress and cancel. */
export const JobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a job id');

export const NoPayloadSchema = z.undefined({ error: 'expected no payload' });
export const UploadPayloadSchema = z.strictObject(UploadRequestSchema.shape);
export const AnalyzePayloadSchema = z.strictObject({
  jobId: JobIdSchema,
  request: z.union([
    z.strictObject(PairAnalyzeRequestSchema.shape),
    z.strictObject(CompositeAnalyzeRequestSchema.shape),
  ]),
});
/** One photo by the id main handed out (proposeSplit, preview). */
export const PhotoPayloadSchema = z.strictObject({ photoId: PhotoIdSchema });
export const CancelPayloadSchema = z.strictObject({ jobId: JobIdSchema });
export const ImagePayloadSchema = z.strictObject({ analysisId: PhotoIdSchema, kind: ImageKindSchema });
export const ExportPayloadSchema = z.strictObject({ analysisId: PhotoIdSchema, kind: ExportKindSchema });
export const CropPayloadSchema = z.strictObject(CropRequestSchema.shape);

/** Parses `value`, or throws a bad-input IpcError naming the first problem on one line. */
export function parsePayload<S extends z.ZodType>(channel: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new IpcError(`${channel}: bad payload: ${where}${issue?.message ?? 'invalid'}`, 'bad-input');
}
