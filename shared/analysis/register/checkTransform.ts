/**
 * Plausibility of a transform between two photos of the same scalp taken by hand. A wrong fit from
 * outlier matches is usually wild in one of these ways long before its residuals look bad.
 */
import type { Mat3 } from './types.js';

export interface CheckTransformOptions {
  /** Allowed area scale range (linear scale = sqrt of it), after -> before. @default [0.5, 2] */
  scaleRange?: readonly [number, number];
  /** Largest ratio of the singular values of the linear part (shear / squash). @default 1.6 */
  maxAnisotropy?: number;
  /** Largest change of the projective denominator across the image (0 = affine). @default 0.5 */
  maxPerspective?: number;
  /** Smallest share of the before image that the mapped after image must cover. @default 0.2 */
  minOverlap?: number;
}

/**
 * Returns null when `m` (after px -> before px) is plausible, otherwise one sentence saying why not.
 * Checks: finite, orientation kept (no mirror), scale and anisotropy within range, perspective terms
 * small, the mapped after corners form a convex non-flipped quadrilateral, and enough overlap.
 */
export function checkTransform(
  m: Mat3,
  after: { width: number; height: number },
  before: { width: number; height: number },
  options: CheckTransformOptions = {},
): string | null {
  if (m.length !== 9 || !m.every(Number.isFinite)) return 'the transform is not finite';
  const [sMin, sMax] = options.scaleRange ?? [0.5, 2];
  const w = m[8] as number;
  const a = (m[0] as number) / w;
  const b = (m[1] as number) / w;
  const d = (m[3] as number) / w;
  const e = (m[4] as number) / w;
  const det = a * e - b * d;
  if (!(det > 0)) return 'the transform mirrors or collapses the image';
  const scale = Math.sqrt(det);
  if (scale < sMin || scale > sMax)
    return `the scale change (${scale.toFixed(2)}x) is outside the plausible range`;
  // Singular values of [[a b][d e]] from its Frobenius norm and determinant.
  const f2 = a * a + b * b + d * d + e * e;
  const disc = Math.sqrt(Math.max(0, f2 * f2 - 4 * det * det));
  const s1 = Math.sqrt((f2 + disc) / 2);
  const s2 = Math.sqrt(Math.max(1e-30, (f2 - disc) / 2));
  if (s1 / s2 > (options.maxAnisotropy ?? 1.6))
    return 'the transform shears or squashes the image implausibly';
  const g = (m[6] as number) / w;
  const h = (m[7] as number) / w;
  const span = Math.abs(g) * after.width + Math.abs(h) * after.height;
  if (span > (options.maxPerspective ?? 0.5)) return 'the perspective change is implausibly strong';
  const quad = mapCorners(m, after.width, after.height);
  if (!quad) return 'a corner of the after image maps to infinity';
  for (let i = 0; i < 4; i++) {
    const p = quad[i] as [number, number];
    const q = quad[(i + 1) % 4] as [number, number];
    const r = quad[(i + 2) % 4] as [number, number];
    const cross = (q[0] - p[0]) * (r[1] - q[1]) - (q[1] - p[1]) * (r[0] - q[0]);
    // Image y points down, so clockwise corners give positive cross products.
    if (!(cross > 0)) return 'the mapped after image is folded or flipped';
  }
  const overlap = clippedArea(quad, before.width, before.height) / (before.width * before.height);
  if (overlap < (options.minOverlap ?? 0.2)) {
    return `the photos would overlap on only ${Math.round(overlap * 100)}% of the before image`;
  }
  return null;
}

function mapCorners(m: Mat3, w: number, h: number): [number, number][] | null {
  const out: [number, number][] = [];
  for (const [x, y] of [
    [0, 0],
    [w, 0],
    [w, h],
    [0, h],
  ] as const) {
    const z = (m[6] as number) * x + (m[7] as number) * y + (m[8] as number);
    if (!(z > 1e-9)) return null;
    out.push([
      ((m[0] as number) * x + (m[1] as number) * y + (m[2] as number)) / z,
      ((m[3] as number) * x + (m[4] as number) * y + (m[5] as number)) / z,
    ]);
  }
  return out;
}

/** Area of a convex polygon clipped to [0,w]x[0,h] (Sutherland-Hodgman, then the shoelace formula). */
function clippedArea(poly: [number, number][], w: number, h: number): number {
  let p = poly;
  const edges: [(q: [number, number]) => number][] = [
    [(q) => q[0]],
    [(q) => w - q[0]],
    [(q) => q[1]],
    [(q) => h - q[1]],
  ];
  for (const [inside] of edges) {
    const next: [number, number][] = [];
    for (let i = 0; i < p.length; i++) {
      const c = p[i] as [number, number];
      const n = p[(i + 1) % p.length] as [number, number];
      const dc = inside(c);
      const dn = inside(n);
      if (dc >= 0) next.push(c);
      if (dc >= 0 !== dn >= 0) {
        const t = dc / (dc - dn);
        next.push([c[0] + t * (n[0] - c[0]), c[1] + t * (n[1] - c[1])]);
      }
    }
    p = next;
    if (p.length === 0) return 0;
  }
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as [number, number];
    const n = p[(i + 1) % p.length] as [number, number];
    s += c[0] * n[1] - n[0] * c[1];
  }
  return Math.abs(s) / 2;
}
