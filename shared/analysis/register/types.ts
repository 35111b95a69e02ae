/**
 * Shapes shared by the registration steps. Point pairs are kept as flat coordinate arrays because the
 * robust fits loop over thousands of them and OpenCV wants them flat as well.
 */

/** Matched points: (src[2i], src[2i+1]) in the after image corresponds to (dst[2i], dst[2i+1]) in the before image. */
export interface PointPairs {
  readonly src: Float64Array;
  readonly dst: Float64Array;
}

/** A 3x3 row-major matrix without a frame brand, for the internal linear algebra. */
export type Mat3 = readonly number[];

/** The transformation families the registration can report, simplest first. */
export type MotionModel = 'similarity' | 'affine' | 'homography';

/** How many point pairs determine each model exactly. */
export const MIN_PAIRS: Readonly<Record<MotionModel, number>> = { similarity: 2, affine: 3, homography: 4 };
