/**
 * The fixed geometry every layer of the scalp renderer shares: where the head is in the image, the
 * surface normal of the dome under a pixel, and the light and half vectors. The camera looks straight
 * down (orthographic), so the view vector is +z everywhere.
 */
import type { HeadPoint, ResolvedScalpParams } from './resolveScalpParams.js';

export type Vec3 = readonly [number, number, number];

export interface Scene {
  readonly width: number;
  readonly height: number;
  /** Head outline centre and half-axes, pixels (pixel (i, j) has its centre at (i, j)). */
  readonly cx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
  /** Unit vector towards the light, in (image x, image y, towards the camera). */
  readonly light: Vec3;
  /** Blinn half vector between the light and the camera. */
  readonly half: Vec3;
  /** Head units of a pixel position. */
  toHead(x: number, y: number): HeadPoint;
  /** Pixel position of a head point. */
  toPixel(p: HeadPoint): readonly [number, number];
  /**
   * Signed distance to the head outline in pixels, negative inside. First-order (F / |grad F|), which is
   * exact on the outline and good enough for antialiasing it.
   */
  outlineDistance(x: number, y: number): number;
}

/** Builds the scene geometry from resolved parameters. */
export function createScene(p: ResolvedScalpParams): Scene {
  const cx = p.headCenter[0] * p.width - 0.5;
  const cy = p.headCenter[1] * p.height - 0.5;
  const rx = p.headRadiusX * p.width;
  const ry = p.headRadiusY * p.height;
  const az = (p.lightAzimuthDeg * Math.PI) / 180;
  const el = (p.lightElevationDeg * Math.PI) / 180;
  const light: Vec3 = [Math.sin(az) * Math.cos(el), -Math.cos(az) * Math.cos(el), Math.sin(el)];
  const hl = Math.hypot(light[0], light[1], light[2] + 1);
  const half: Vec3 = [light[0] / hl, light[1] / hl, (light[2] + 1) / hl];
  return {
    width: p.width,
    height: p.height,
    cx,
    cy,
    rx,
    ry,
    light,
    half,
    toHead: (x, y) => [(x - cx) / rx, (y - cy) / ry],
    toPixel: ([u, v]) => [cx + u * rx, cy + v * ry],
    outlineDistance: (x, y) => {
      const u = (x - cx) / rx;
      const v = (y - cy) / ry;
      const g = 2 * Math.sqrt((u * u) / (rx * rx) + (v * v) / (ry * ry));
      return g > 1e-9 ? (u * u + v * v - 1) / g : -Math.min(rx, ry);
    },
  };
}
