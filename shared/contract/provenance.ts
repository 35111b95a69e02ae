/**
 * Provenance measurements of one photo (as a file, or as a panel cut from a composite): what its JPEG
 * encoding, error levels, self-similarity and embedded thumbnail say about its history. The provenance
 * detectors read these; each is null when it cannot be measured (not a JPEG, no thumbnail, too small).
 */
import { z } from 'zod';

export const ProvenanceSchema = z.object({
  /** Digest of the file's quantization tables (all of them, in order); null when not a JPEG. */
  quantTables: z.string().nullable(),
  /** Signs of double JPEG compression: a score (larger = stronger evidence) and the estimated earlier quality. */
  doubleCompression: z
    .object({
      score: z.number(),
      primaryQuality: z.number().nullable(),
      gridOffset: z.tuple([z.number(), z.number()]).nullable(),
    })
    .nullable(),
  /** Error level analysis: how far the most anomalous region's error level stands out (robust z-score). */
  errorLevel: z
    .object({
      score: z.number(),
      region: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
    })
    .nullable(),
  /** Copy-move (clone) evidence inside the photo: matched region pairs and the strongest one's score. */
  copyMove: z
    .object({
      score: z.number(),
      regions: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
    })
    .nullable(),
  /** The embedded EXIF thumbnail against the image: correlation 0..1 (null when there is no thumbnail). */
  thumbnail: z.object({ similarity: z.number(), aspectDifference: z.number() }).nullable(),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
