/**
 * Least-squares homography mapping src to dst by the normalized DLT with h33 = 1 (exact for four
 * pairs in general position). Hartley normalization keeps the 8x8 system well conditioned in pixels.
 */
import { solveLinear } from './solveLinear.js';
import type { Mat3, PointPairs } from './types.js';

/** Returns null when the points are degenerate (three of four collinear, coincident points). */
export function solveHomography(pairs: PointPairs, idx?: ArrayLike<number>): Mat3 | null {
  const { src, dst } = pairs;
  const n = idx ? idx.length : src.length / 2;
  if (n < 4) return null;
  const at = (k: number): number => (idx ? (idx[k] as number) : k);
  const ns = normalizer(src, n, at);
  const nd = normalizer(dst, n, at);
  if (!ns || !nd) return null;
  const ata = new Float64Array(64);
  const atb = new Float64Array(8);
  const row = new Float64Array(8);
  for (let k = 0; k < n; k++) {
    const i = at(k) * 2;
    const x = ((src[i] as number) - ns.cx) * ns.s;
    const y = ((src[i + 1] as number) - ns.cy) * ns.s;
    const u = ((dst[i] as number) - nd.cx) * nd.s;
    const v = ((dst[i + 1] as number) - nd.cy) * nd.s;
    // u (g x + h y + 1) = a x + b y + c ; v (g x + h y + 1) = d x + e y + f
    row.set([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    accumulate(ata, atb, row, u);
    row.set([0, 0, 0, x, y, 1, -v * x, -v * y]);
    accumulate(ata, atb, row, v);
  }
  const h = solveLinear(ata, atb, 8);
  if (!h) return null;
  const hn = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1] as number[];
  // Undo the normalizations: H = Td^-1 Hn Ts.
  const ts = [ns.s, 0, -ns.s * ns.cx, 0, ns.s, -ns.s * ns.cy, 0, 0, 1];
  const tdInv = [1 / nd.s, 0, nd.cx, 0, 1 / nd.s, nd.cy, 0, 0, 1];
  const out = mul(tdInv, mul(hn, ts));
  const w = out[8] as number;
  if (!Number.isFinite(w) || Math.abs(w) < 1e-12) return null;
  const r = out.map((v) => v / w);
  return r.every(Number.isFinite) ? r : null;
}

function normalizer(
  p: Float64Array,
  n: number,
  at: (k: number) => number,
): { cx: number; cy: number; s: number } | null {
  let cx = 0;
  let cy = 0;
  for (let k = 0; k < n; k++) {
    cx += p[at(k) * 2] as number;
    cy += p[at(k) * 2 + 1] as number;
  }
  cx /= n;
  cy /= n;
  let d = 0;
  for (let k = 0; k < n; k++)
    d += Math.hypot((p[at(k) * 2] as number) - cx, (p[at(k) * 2 + 1] as number) - cy);
  d /= n;
  if (!(d > 1e-9)) return null;
  return { cx, cy, s: Math.SQRT2 / d };
}

function accumulate(ata: Float64Array, atb: Float64Array, row: Float64Array, rhs: number): void {
  for (let r = 0; r < 8; r++) {
    const vr = row[r] as number;
    if (vr === 0) continue;
    atb[r] = (atb[r] as number) + vr * rhs;
    for (let c = 0; c < 8; c++) ata[r * 8 + c] = (ata[r * 8 + c] as number) + vr * (row[c] as number);
  }
}

function mul(a: readonly number[], b: readonly number[]): number[] {
  const r = new Array<number>(9).fill(0);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += (a[i * 3 + k] as number) * (b[k * 3 + j] as number);
      r[i * 3 + j] = s;
    }
  return r;
}
