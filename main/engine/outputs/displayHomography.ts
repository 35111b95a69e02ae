/**
 * Rescales the full-resolution after -> before homography to the display-size copies of both photos,
 * so that the warp runs on a few megapixels instead of the originals.
 */
import type { Homography } from '../../../shared/geometry/homography.js';
import { compose, homography, invert } from '../../../shared/geometry/homography.js';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * `afterToBefore` maps full-resolution after pixels to full-resolution before pixels. The result maps
 * display-size after pixels to display-size before pixels.
 *
 * The display frames are downscaled copies exactly like the registration's working images, so the
 * 'afterWork' / 'beforeWork' frames stand in for them: the brands still stop a full-resolution point
 * from being fed to the display matrix.
 */
export function displayHomography(
  afterToBefore: Homography<'after', 'before'>,
  fullBefore: Size,
  displayBefore: Size,
  fullAfter: Size,
  displayAfter: Size,
): Homography<'afterWork', 'beforeWork'> {
  const toBefore = resize<'before', 'beforeWork'>(fullBefore, displayBefore);
  const fromAfter = invert(resize<'after', 'afterWork'>(fullAfter, displayAfter));
  return compose(compose(fromAfter, afterToBefore), toBefore);
}

/**
 * The map from full-size to resized pixel coordinates with pixel centres at integers (the OpenCV
 * convention of the report's matrix): x' = (x + 0.5) s - 0.5. Dropping the half-pixel terms would shift
 * the warp by up to half a full-size pixel per side, visible as a fringe in the difference map.
 */
function resize<From extends 'before' | 'after', To extends 'beforeWork' | 'afterWork'>(
  full: Size,
  display: Size,
): Homography<From, To> {
  if (full.width <= 0 || full.height <= 0 || display.width <= 0 || display.height <= 0) {
    throw new Error(
      `displayHomography: expected positive sizes, got full ${full.width}x${full.height}, display ${display.width}x${display.height}`,
    );
  }
  const sx = display.width / full.width;
  const sy = display.height / full.height;
  return homography([sx, 0, 0.5 * (sx - 1), 0, sy, 0.5 * (sy - 1), 0, 0, 1]);
}
