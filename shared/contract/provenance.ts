/**
 * Provenance measurements of one photo (as a file, or as a panel cut from a composite): what its JPEG
 * encoding, error levels, self-similarity and embedded thumbnail say about its history. The provenance
 * detectors read these; each is null when it cannot be measured (not a JPEG, no thumbnail, too small).
 */
import { z } from 'zod';

export const ProvenanceSchema = z.object({
  /**
   * The file's quantization tables: 'ijg-qN' for libjpeg's standard tables at quality N, else a digest of
   * all of them in order; null when not a JPEG.
   */
  quantTables: z.string().nullable(),
  /**
   * Signs of double JPEG compression. `score` (about 0..1): the gaps an earlier, coarser quantization
   * leaves in the DCT histograms on the file's own 8x8 grid (0 when not a JPEG). `primaryQuality`: the
   * earlier quality those gaps point to (IJG scale; meaningful when the score is high), or for a file
   * that is not a JPEG, the quality read from the steps an earlier JPEG left in its pixels.
   * `gridOffset`/`gridStrength`: the strongest 8x8 grid other than the file's own (any grid when not a
   * JPEG) and its blockiness contrast (about 0 when there is none).
   */
  doubleCompression: z
    .object({
      score: z.number(),
      primaryQuality: z.number().nullable(),
      gridOffset: z.tuple([z.number(), z.number()]).nullable(),
      gridStrength: z.number(),
    })
    .nullable(),
  /** Error level analysis: how far the most anomalous region's error level stands out (robust z-score), and that region [x, y, w, h]. */
  errorLevel: z
    .object({
      score: z.number(),
      region: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
    })
    .nullable(),
  /** Copy-move (clone) evidence inside the photo: the share of the photo in the largest region that matches a copy elsewhere (detail for detail, at one shift), and its source and copy boxes. */
  copyMove: z
    .object({
      score: z.number(),
      regions: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
    })
    .nullable(),
  /** The embedded EXIF thumbnail against the image: correlation -1..1 and |ln| of the aspect ratios (null when there is no thumbnail). */
  thumbnail: z.object({ similarity: z.number(), aspectDifference: z.number() }).nullable(),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
