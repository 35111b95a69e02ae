/** Homographies with known meaning, for tests. */
import type { Homography } from '../../../shared/geometry/homography.js';
import { homography } from '../../../shared/geometry/homography.js';

type Size = { width: number; height: number };

/** Rotation by `deg` (counter-clockwise in image coordinates with y down means clockwise on screen) and scale, after centre -> before centre. */
export function similarityAbout(
  after: Size,
  before: Size,
  deg: number,
  scale: number,
): Homography<'after', 'before'> {
  const t = (deg * Math.PI) / 180;
  const c = Math.cos(t) * scale;
  const s = Math.sin(t) * scale;
  const ax = after.width / 2;
  const ay = after.height / 2;
  const bx = before.width / 2;
  const by = before.height / 2;
  return homography([c, -s, bx - c * ax + s * ay, s, c, by - s * ax - c * ay, 0, 0, 1]);
}

/** K R K^-1 for a camera turned by `deg` about the image's horizontal axis, 35 mm-equivalent focal length. */
export function tiltHomography(size: Size, deg: number, focal35: number): Homography<'after', 'before'> {
  const f = (focal35 / 21.63) * (Math.hypot(size.width, size.height) / 2);
  const t = (deg * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  const cx = size.width / 2;
  const cy = size.height / 2;
  // K R K^-1 with K = [[f,0,cx],[0,f,cy],[0,0,1]] and R about the x axis.
  const m = [
    [1, 0, 0],
    [0, c, -s],
    [0, s, c],
  ];
  const K = [
    [f, 0, cx],
    [0, f, cy],
    [0, 0, 1],
  ];
  const Ki = [
    [1 / f, 0, -cx / f],
    [0, 1 / f, -cy / f],
    [0, 0, 1],
  ];
  const mul = (a: number[][], b: number[][]) =>
    a.map((r) => [0, 1, 2].map((j) => r.reduce((acc, v, k) => acc + v * (b[k] as number[])[j]!, 0)));
  return homography(mul(mul(K, m), Ki).flat());
}
