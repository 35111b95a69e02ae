/**
 * A 3x3 row-major homography [a b c; d e f; g h i] as the 16 column-major numbers of a CSS `matrix3d`.
 * The homography acts on (x, y, 1); CSS acts on (x, y, 0, 1), so the third row and column are the identity
 * on z and the perspective terms g, h land in the fourth row: the browser then divides by w exactly as
 * the homography does. Used with `transform-origin: 0 0` on an element laid out in source pixels.
 */
export function homographyToMatrix3d(h: readonly number[]): number[] {
  if (h.length !== 9 || !h.every(Number.isFinite)) {
    throw new Error(`homographyToMatrix3d: expected 9 finite numbers, got ${h.length}`);
  }
  const [a, b, c, d, e, f, g, hh, i] = h as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Column-major: column 1 is (a, d, 0, g), column 2 (b, e, 0, h), column 3 (0, 0, 1, 0), column 4 (c, f, 0, i).
  return [a, d, 0, g, b, e, 0, hh, 0, 0, 1, 0, c, f, 0, i];
}

/** The CSS transform value for a homography. */
export function matrix3dCss(h: readonly number[]): string {
  return `matrix3d(${homographyToMatrix3d(h).join(',')})`;
}
