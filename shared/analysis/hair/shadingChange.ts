/**
 * How the light changed between the photos: the ratio of their heavy low-pass luminance (shading, with
 * the strands averaged out) over the overlap, fitted by a smooth quadratic surface. The scene is the
 * same after alignment, so what is left in the ratio is the light: a tilted plane when the light moved
 * sideways, a dome when it moved from the front to overhead. A global gain drops out with the mean.
 */
import { solveLinear } from '../register/solveLinear.js';
import type { HairFields } from './hairFields.js';
import { SHADING_SIZE } from './hairFields.js';
import { maskedShading } from './maskedShading.js';

export interface ShadingChange {
  /** RMS over the overlap of the fitted surface minus its mean, stops. */
  readonly stops: number;
  /** Direction the after photo got brighter towards (0 = up, 90 = right), degrees; null when flat. */
  readonly towardsDeg: number | null;
}

/** `mask` is the full-size overlap mask of the fields' photos. */
export function shadingChange(b: HairFields, a: HairFields, mask: Uint8Array): ShadingChange {
  const { width: W, height: H } = b;
  // A grid of SHADING_SIZE px on the long side, blurred at 1/24 of it, read over the overlap only.
  const k = SHADING_SIZE / Math.max(W, H);
  const gw = Math.max(1, Math.round(W * k));
  const gh = Math.max(1, Math.round(H * k));
  const grid = (f: HairFields) => maskedShading(f.gray, mask, W, gw, gh, SHADING_SIZE / 24);
  const sb = grid(b);
  const sa = grid(a);
  const rows: number[][] = [];
  const rhs: number[] = [];
  for (let j = 0; j < sb.height; j++)
    for (let i = 0; i < sb.width; i++) {
      // The cell counts when its whole footprint is inside the overlap: corners and centre.
      const x0 = Math.floor((i * W) / sb.width);
      const y0 = Math.floor((j * H) / sb.height);
      const x1 = Math.min(W - 1, Math.floor(((i + 1) * W) / sb.width));
      const y1 = Math.min(H - 1, Math.floor(((j + 1) * H) / sb.height));
      if (!mask[y0 * W + x0] || !mask[y0 * W + x1] || !mask[y1 * W + x0] || !mask[y1 * W + x1]) continue;
      const vb = sb.data[j * sb.width + i] as number;
      const va = sa.data[j * sb.width + i] as number;
      // Near-black cells carry no shading to read and amplify noise.
      if (vb < 0.01 || va < 0.01) continue;
      const x = (2 * (i + 0.5)) / sb.width - 1;
      const y = (2 * (j + 0.5)) / sb.height - 1;
      // The last term soaks up any ratio that follows the scene's brightness rather than its position
      // (a tone difference between the photos, not a light that moved).
      rows.push([1, x, y, x * x, x * y, y * y, Math.log2(vb)]);
      rhs.push(Math.log2(va / vb));
    }
  if (rows.length < 24) return { stops: 0, towardsDeg: null };
  const ata = new Float64Array(49);
  const atb = new Float64Array(7);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as number[];
    for (let p = 0; p < 7; p++) {
      atb[p]! += (r[p] as number) * (rhs[k] as number);
      for (let q = 0; q < 7; q++) ata[p * 7 + q]! += (r[p] as number) * (r[q] as number);
    }
  }
  const c = solveLinear(ata, atb, 7);
  if (!c) return { stops: 0, towardsDeg: null };
  let s = 0;
  let s2 = 0;
  for (const r of rows) {
    let v = 0;
    for (let p = 1; p < 6; p++) v += (c[p] as number) * (r[p] as number);
    s += v;
    s2 += v * v;
  }
  const mean = s / rows.length;
  const stops = Math.sqrt(Math.max(0, s2 / rows.length - mean * mean));
  const gx = c[1] as number;
  const gy = c[2] as number;
  const towardsDeg = Math.hypot(gx, gy) > 0.02 ? ((Math.atan2(gx, -gy) * 180) / Math.PI + 360) % 360 : null;
  return { stops, towardsDeg };
}
