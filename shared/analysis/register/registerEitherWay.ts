/**
 * Registers the after photo as it is and, only when that fails, its mirror image. Front cameras save
 * mirrored photos, and editors flip them: a patient's selfie against a clinic photo lines up only once
 * it is flipped back. Photos that align as they are never try the mirror, so their results and cost are
 * those of registerPair.
 *
 * The mirror gets no easier test than the photo as it is: the same verification and confidence.
 * bench/mirror.ts measures it on real photos (mirrored re-shoots found flipped back, and how often a
 * mirror image aligns as it is, wrongly: front and top-down views of a nearly symmetric head, which
 * then never try the mirror), bench/registration.ts that mismatched pairs stay rejected with it tried.
 */
import type { Homography } from '../../geometry/homography.js';
import { compose, homography, mirroring } from '../../geometry/homography.js';
import type { Cv } from '../cv.js';
import type { GrayImage } from '../image.js';
import { mirrorGray } from './mirrorGray.js';
import type { RegisterOptions, Registration } from './registerPair.js';
import { registerPair } from './registerPair.js';

export interface EitherWayOptions extends RegisterOptions {
  /** Try the after photo's mirror image when the photo as it is fails to align. @default true */
  mirror?: boolean;
}

export interface EitherWay {
  /**
   * The registration. When the mirror aligned, its matrix still maps the after photo's pixels as they
   * are (flip, then the fit): a reflection, with a negative determinant.
   */
  readonly reg: Registration;
  /** The fit of the mirrored after photo, without the flip, when the mirror is what aligned; else null. */
  readonly mirrored: Homography<'afterMirrored', 'beforeWork'> | null;
}

/** Progress share the first registration reports into when a second may follow. */
const FIRST_SHARE = 0.8;

export function registerEitherWay(
  cv: Cv,
  before: GrayImage,
  after: GrayImage,
  options: EitherWayOptions = {},
  onProgress?: (fraction: number, stage: string) => void,
): EitherWay {
  const progress = onProgress ?? (() => undefined);
  const tryMirror = options.mirror ?? true;
  const share = tryMirror ? FIRST_SHARE : 1;
  const direct = registerPair(cv, before, after, options, (f, s) => progress(share * f, s));
  if (direct.status === 'aligned' || !tryMirror) return { reg: direct, mirrored: null };
  const flipped = registerPair(cv, before, mirrorGray(after), options, (f, s) =>
    progress(share + (1 - share) * f, `mirror:${s}`),
  );
  if (flipped.status !== 'aligned' || !flipped.matrix)
    return { reg: { ...direct, method: `${direct.method}; mirror image tried too` }, mirrored: null };
  const fit = homography<'afterMirrored', 'beforeWork'>(flipped.matrix);
  const flip = mirroring<'afterWork', 'afterMirrored'>(after.width);
  const why = 'the after photo is a mirror image (left and right swapped): it aligned only flipped back';
  return {
    reg: {
      ...flipped,
      matrix: compose(flip, fit),
      method: `${flipped.method}, after photo mirrored`,
      reason: flipped.reason ? `${why}; ${flipped.reason}` : why,
    },
    mirrored: fit,
  };
}
