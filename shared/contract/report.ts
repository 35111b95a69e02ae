/**
 * The audit report: the one contract between the engine, the CLI, the server and the UI.
 * Every consumer parses with these schemas; the TypeScript types are inferred from them.
 */
import { z } from 'zod';
import { CompositeSchema } from './composite.js';
import { FLAG_IDS, SEVERITIES } from './flags.js';
import { ProvenanceSchema } from './provenance.js';

import { REPORT_SCHEMA_VERSION } from './version.js';

export { REPORT_SCHEMA_VERSION };

export const FlagIdSchema = z.enum(FLAG_IDS);
export const SeveritySchema = z.enum(SEVERITIES);

/** Where a flag applies, in a named photo's pixel frame (as oriented for display, full resolution). */
export const RegionSchema = z.object({
  frame: z.enum(['before', 'after']),
  kind: z.enum(['polygon', 'rect', 'arrow']),
  points: z.array(z.tuple([z.number(), z.number()])),
});

export const ThresholdSchema = z.object({
  /** Value at or beyond which the flag is a warning (null when the flag has no warning level). */
  warning: z.number().nullable(),
  /** Value at or beyond which the flag is critical (null when it never is). */
  critical: z.number().nullable(),
  /** 'above': the flag fires when measured >= threshold; 'below': when measured <= threshold. */
  direction: z.enum(['above', 'below', 'match']),
  unit: z.string(),
  /** Where the number came from (measurement, literature). */
  origin: z.string(),
});

export const FlagSchema = z.object({
  id: FlagIdSchema,
  severity: SeveritySchema,
  label: z.string(),
  /** One line: what was measured, in words a person reads. */
  message: z.string(),
  measured: z.object({ value: z.union([z.number(), z.string(), z.null()]), unit: z.string() }),
  threshold: ThresholdSchema,
  why: z.string(),
  /** `id@version` of the detector that raised it. */
  detector: z.string(),
  region: RegionSchema.nullable(),
});

export const ExifSchema = z.object({
  captureTime: z.string().nullable(),
  make: z.string().nullable(),
  model: z.string().nullable(),
  lens: z.string().nullable(),
  focalLengthMm: z.number().nullable(),
  focalLength35mm: z.number().nullable(),
  exposureTimeS: z.number().nullable(),
  fNumber: z.number().nullable(),
  iso: z.number().nullable(),
  flashFired: z.boolean().nullable(),
  whiteBalance: z.string().nullable(),
  software: z.string().nullable(),
  hasGps: z.boolean(),
  iccProfile: z.string().nullable(),
});

export const PhotoInfoSchema = z.object({
  path: z.string(),
  name: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  format: z.string(),
  /** Size as oriented for display (EXIF orientation applied). */
  width: z.number().int(),
  height: z.number().int(),
  /** The EXIF orientation tag that was applied (1 when absent). */
  orientation: z.number().int(),
  /** JPEG quality estimated from the quantization tables (IJG scale), null when not a JPEG. */
  jpegQuality: z.number().nullable(),
  /** True when the file carried any camera metadata (EXIF IFD0/ExifIFD) at all. */
  hasMetadata: z.boolean(),
  exif: ExifSchema,
  /** What the encoding and content say about the photo's history; absent when not measured. */
  provenance: ProvenanceSchema.optional(),
});

export const AlignmentSchema = z.object({
  status: z.enum(['aligned', 'failed']),
  /** Why it failed, or what was notable; null when aligned without remark. */
  reason: z.string().nullable(),
  model: z.enum(['similarity', 'affine', 'homography']).nullable(),
  /**
   * 3x3 row-major homography mapping an after-photo pixel (x, y), as oriented for display,
   * to before-photo pixel coordinates. Null when alignment failed.
   */
  matrix: z.array(z.number()).length(9).nullable(),
  method: z.string(),
  inliers: z.number().int(),
  /** 0..1: how much the result is to be trusted. Never high for a failed or doubtful alignment. */
  confidence: z.number().min(0).max(1),
  /** Rotation of the after photo's content relative to the before, degrees, clockwise on screen positive. */
  rotationDeg: z.number().nullable(),
  /** Subject size in the after frame relative to the before frame (1 = same framing). */
  scale: z.number().nullable(),
  /** Perspective: estimated change of camera angle, degrees. */
  tiltDeg: z.number().nullable(),
  /** Share of each photo that the other one shows, 0..1. */
  overlap: z.object({ before: z.number(), after: z.number() }).nullable(),
  /** Normalized cross-correlation of the aligned pair over the overlap (after exposure matching). */
  similarity: z.number().nullable(),
});

export const ExposureSchema = z.object({
  applied: z.boolean(),
  reference: z.enum(['overlap', 'rect', 'none']),
  /** Reference rectangle in before-photo pixels, when one was given. */
  rect: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  /** Linear-light gains applied to the after photo, per channel. */
  gains: z.tuple([z.number(), z.number(), z.number()]),
  /** Exposure correction in EV (stops): positive means the after photo was darker and was brightened. */
  ev: z.number(),
  /** White-balance correction: log2 of the red/green and blue/green gain ratios, in stops. */
  whiteBalance: z.object({ redStops: z.number(), blueStops: z.number(), description: z.string() }),
});

export const VerdictSchema = z.object({
  score: z.number().min(0).max(100),
  label: z.enum(['comparable', 'caution', 'not comparable']),
  summary: z.string(),
  drivers: z.array(FlagIdSchema),
});

/**
 * Share of visible scalp in a region of both photos, after alignment and exposure matching. When a hair
 * or light flag fired, the change is not comparable: hair length, wetness, colour, styling and light
 * all move this share without any change in density.
 */
export const CoverageSchema = z.object({
  /** The region measured, in before-photo pixels: the overlap by default, or the one a person drew. */
  region: RegionSchema,
  /** Share of the region where scalp shows, 0..1, in each photo. */
  before: z.number(),
  after: z.number(),
  /** after - before (positive: more scalp shows in the after photo). */
  change: z.number(),
  /** One standard uncertainty of the change, share. */
  uncertainty: z.number(),
  comparable: z.boolean(),
  /** Why the change can or cannot be compared, in words a person reads. */
  reason: z.string(),
});

export const DetectorUseSchema = z.object({
  id: FlagIdSchema,
  version: z.number().int(),
  threshold: ThresholdSchema,
});

export const AuditReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('fairshot'), version: z.string() }),
  createdAt: z.string(),
  label: z.string().nullable(),
  before: PhotoInfoSchema,
  after: PhotoInfoSchema,
  alignment: AlignmentSchema,
  exposure: ExposureSchema,
  flags: z.array(FlagSchema),
  verdict: VerdictSchema,
  detectors: z.array(DetectorUseSchema),
  /**
   * Every number the detectors read, fired or not, so a quiet flag can be checked too: focus (band-pass
   * detail per photo), detailCorrelation (fine detail of the aligned pair), structureCorrelation.
   */
  measurements: z.record(z.string(), z.number().nullable()),
  /** Scalp coverage of both photos; absent when the pair could not be aligned. */
  coverage: CoverageSchema.optional(),
  /** Present when both photos were cut from one gallery composite: where, and how the order was read. */
  composite: CompositeSchema.optional(),
  timingsMs: z.record(z.string(), z.number()),
});

export type Region = z.infer<typeof RegionSchema>;
export type Threshold = z.infer<typeof ThresholdSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type Exif = z.infer<typeof ExifSchema>;
export type PhotoInfo = z.infer<typeof PhotoInfoSchema>;
export type Alignment = z.infer<typeof AlignmentSchema>;
export type Exposure = z.infer<typeof ExposureSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type DetectorUse = z.infer<typeof DetectorUseSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;
export type AuditReport = z.infer<typeof AuditReportSchema>;
