/**
 * Reads a full-resolution after->before homography as camera changes a person understands:
 * roll (rotation), framing (scale of the subject relative to the frame) and perspective (tilt).
 */
import type { Homography } from './homography.js';
import { compose, homography, invert, jacobianAt } from './homography.js';
import type { Degrees } from './frames.js';
import { deg, pt } from './frames.js';

export interface PoseChange {
  /** Rotation of the after photo's content relative to the before photo's, degrees, clockwise on screen positive (image y points down). */
  rotationDeg: Degrees;
  /**
   * Subject size in the after photo relative to the before photo, each measured against its own frame
   * (half-diagonal): 1.2 means the subject fills 20% more of the after frame (closer or zoomed in).
   * Pixel counts do not enter: the same photo saved at half size has scale 1.
   */
  scale: number;
  /** Estimated change of camera angle from the perspective terms, degrees (>= 0). */
  tiltDeg: Degrees;
  /** after px per before px on the subject, at the centre: < 1 means the after photo has fewer pixels on it. */
  resolutionRatio: number;
}

export interface DecomposeOptions {
  /**
   * 35 mm-equivalent focal length used to turn perspective terms into an angle when EXIF has none.
   * @default 28 (a typical phone main camera, 26-28 mm equivalent)
   */
  focalLength35mm?: number;
}

/** Half the diagonal of a 35 mm frame (43.27 mm / 2): the unit the normalized coordinates use. */
const HALF_DIAG_35MM = 21.63;

/** Maps pixels of a w x h image to coordinates centred on the image, in units of its half-diagonal. */
function toNormalized<F extends 'before' | 'after'>(w: number, h: number): Homography<F, F> {
  const d = Math.hypot(w, h) / 2;
  return homography([1 / d, 0, -w / 2 / d, 0, 1 / d, -h / 2 / d, 0, 0, 1]);
}

/**
 * Decomposes `h` (after px -> before px, full resolution) given both photos' sizes.
 * Rotation and scale come from the Jacobian at the after photo's centre; tilt from the projective row.
 */
export function decompose(
  h: Homography<'after', 'before'>,
  before: { width: number; height: number },
  after: { width: number; height: number },
  options: DecomposeOptions = {},
): PoseChange {
  const f = (options.focalLength35mm ?? 28) / HALF_DIAG_35MM;
  const nA = toNormalized<'after'>(after.width, after.height);
  const nB = toNormalized<'before'>(before.width, before.height);
  // hn: normalized after -> normalized before; its Jacobian at the after photo's centre gives roll and
  // framing, its projective row (h31, h32) the tilt: for a camera turned by t about an in-plane axis,
  // |(h31, h32)| = tan(t) / f in these units.
  const hn = compose(compose(invert(nA), h), nB);
  const [j00, j01, j10, j11] = jacobianAt(hn, pt<'after'>(0, 0));
  const m = hn as unknown as number[];
  // The after->before map shrinks a subject that is bigger in the after photo, so scale is the inverse.
  const s = Math.sqrt(Math.abs(j00 * j11 - j01 * j10));
  // The map's rotation is the negative of the after photo's rotation relative to the before.
  const rot = (Math.atan2(j10 - j01, j00 + j11) * 180) / Math.PI;
  const tilt = (Math.atan(f * Math.hypot(m[6] as number, m[7] as number)) * 180) / Math.PI;
  const [f00, f01, f10, f11] = jacobianAt(h, pt<'after'>(after.width / 2, after.height / 2));
  const beforePerAfter = Math.sqrt(Math.abs(f00 * f11 - f01 * f10));
  return {
    rotationDeg: deg(-rot),
    scale: 1 / s,
    tiltDeg: deg(tilt),
    resolutionRatio: 1 / beforePerAfter,
  };
}
