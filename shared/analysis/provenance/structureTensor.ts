/**
 * The gradient products of a plane (central differences; zero on the border), whose sums over a window
 * form its structure tensor: how much the window varies, and whether it varies every way (texture) or
 * only across one direction (an edge, a band, a strand).
 */
import type { Plane } from './lumaPlane.js';

/** gx^2, gy^2 and gx*gy at every pixel, row-major. */
export function gradientProducts(plane: Plane): { xx: Float32Array; yy: Float32Array; xy: Float32Array } {
  const { width: w, height: h, data } = plane;
  const xx = new Float32Array(w * h);
  const yy = new Float32Array(w * h);
  const xy = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const gx = ((data[i + 1] as number) - (data[i - 1] as number)) / 2;
      const gy = ((data[i + w] as number) - (data[i - w] as number)) / 2;
      xx[i] = gx * gx;
      yy[i] = gy * gy;
      xy[i] = gx * gy;
    }
  }
  return { xx, yy, xy };
}
