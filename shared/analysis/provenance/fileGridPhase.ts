/**
 * Where a JPEG's own 8x8 grid lies in the photo as displayed: blocks start at multiples of 8 in the
 * stored image, and an EXIF orientation that mirrors or turns it moves the partial blocks of a side
 * that is not a multiple of 8 to the start of that side.
 */

/** The grid phase [x, y] (0..7) in display pixels for a display size and the EXIF orientation applied. */
export function fileGridPhase(width: number, height: number, orientation: number): [number, number] {
  const fx = ((width % 8) + 8) % 8;
  const fy = ((height % 8) + 8) % 8;
  switch (orientation) {
    case 2: // mirrored horizontally
    case 6: // turned 90 degrees clockwise: stored rows become display columns from the right
      return [fx, 0];
    case 3: // turned 180 degrees
    case 7: // transverse
      return [fx, fy];
    case 4: // mirrored vertically
    case 8: // turned 90 degrees counter-clockwise
      return [0, fy];
    default: // 1 (as stored) and 5 (transposed: stored origin stays at the display origin)
      return [0, 0];
  }
}

/** The same phase seen from inside a region whose top-left corner is at (x, y). */
export function phaseInRegion(phase: readonly [number, number], x: number, y: number): [number, number] {
  return [(((phase[0] - x) % 8) + 8) % 8, (((phase[1] - y) % 8) + 8) % 8];
}
