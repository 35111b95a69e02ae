/**
 * Candidate clone shifts from corners: the most corner-like points of the band-passed image (strongest
 * smaller eigenvalue of the structure tensor, local maxima only) are described by the 4x4 cell means of
 * the 16x16 window around them (mean removed, unit length), every point is matched to its most similar
 * distant point, and each match votes for its shift. A clone puts the same corners at one shift, so its
 * shift collects votes; look-alike hair spreads its votes over many shifts. Corners rather than every
 * block: an edge or a strand matches itself all along its length, a corner only at one place.
 */
import { boxSums } from './boxSums.js';
import type { Plane } from './lumaPlane.js';

/** A shift (dy >= 0; a shift and its opposite are one) and its votes pooled over the 3x3 around it. */
export interface ShiftCandidate {
  readonly dx: number;
  readonly dy: number;
  readonly votes: number;
  /** Bounding box [x0, y0, x1, y1] of the corners that voted for it, at the source end. */
  readonly box: [number, number, number, number];
}

export interface KeypointShiftOptions {
  /** Gradient products of the plane (structureTensor's gradientProducts). */
  gradients: { xx: Float32Array; yy: Float32Array; xy: Float32Array };
  /** Corners kept, strongest first. */
  corners: number;
  /** Smallest similarity (cosine of the descriptors) a match needs. */
  minSimilarity: number;
  /** Matches closer than this (pixels) are the same patch seen twice, not a clone. */
  minShift: number;
  /** How many shifts to return, best first. */
  count: number;
}

/** Side of the described window and of its cells (pixels); radius of the corner response window. */
const WINDOW = 16;
const CELL = 4;
const R = 2;

/** The `count` shifts with the most votes, at least 3 pixels apart from each other. */
export function keypointShifts(plane: Plane, o: KeypointShiftOptions): ShiftCandidate[] {
  const { width: w, height: h } = plane;
  const k = 2 * R + 1;
  const [sxx, syy, sxy] = [o.gradients.xx, o.gradients.yy, o.gradients.xy].map((v) =>
    boxSums(v, w, h, k),
  ) as [Float64Array, Float64Array, Float64Array];
  const rw = w - k + 1;
  // Corner response at pixel (x, y) = smaller eigenvalue; windows reaching outside the described 16x16
  // area are left out so every corner has a full descriptor.
  const response = new Float32Array(w * h);
  const half = WINDOW / 2;
  for (let y = half; y < h - half; y++) {
    for (let x = half; x < w - half; x++) {
      const i = (y - R) * rw + x - R;
      const a = sxx[i] as number;
      const b = syy[i] as number;
      const c = sxy[i] as number;
      const m = (a + b) / 2 - Math.sqrt(((a - b) / 2) ** 2 + c * c);
      response[y * w + x] = m > 0 ? m : 0;
    }
  }
  // Local maxima over the 5x5 around each point.
  const points: number[] = [];
  for (let y = half; y < h - half; y++) {
    for (let x = half; x < w - half; x++) {
      const v = response[y * w + x] as number;
      if (v <= 0) continue;
      let top = true;
      for (let dy = -R; dy <= R && top; dy++)
        for (let dx = -R; dx <= R; dx++)
          if ((dy || dx) && (response[(y + dy) * w + x + dx] as number) >= v) {
            top = false;
            break;
          }
      if (top) points.push(y * w + x);
    }
  }
  points.sort((p, q) => (response[q] as number) - (response[p] as number));
  const n = Math.min(points.length, o.corners);
  if (n < 2) return [];
  const cells = boxSums(plane.data, w, h, CELL);
  const cw = w - CELL + 1;
  const desc = new Float32Array(n * 16);
  for (let i = 0; i < n; i++) {
    const p = points[i] as number;
    const x0 = (p % w) - half;
    const y0 = Math.floor(p / w) - half;
    let mean = 0;
    for (let j = 0; j < 16; j++) {
      const v = cells[(y0 + (j >> 2) * CELL) * cw + x0 + (j & 3) * CELL] as number;
      desc[i * 16 + j] = v;
      mean += v / 16;
    }
    let norm = 0;
    for (let j = 0; j < 16; j++) norm += ((desc[i * 16 + j] as number) - mean) ** 2;
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < 16; j++) desc[i * 16 + j] = ((desc[i * 16 + j] as number) - mean) * s;
  }
  const stride = 2 * w + 1;
  const votes = new Int32Array(stride * (h + 2));
  const min2 = o.minShift * o.minShift;
  // Each corner's most similar distant corner: every pair is compared once and updates both ends.
  const best = new Float64Array(n).fill(o.minSimilarity);
  const match = new Int32Array(n).fill(-1);
  const xs = Int32Array.from(points.slice(0, n), (p) => p % w);
  const ys = Int32Array.from(points.slice(0, n), (p) => Math.floor(p / w));
  for (let i = 0; i < n; i++) {
    const xi = xs[i] as number;
    const yi = ys[i] as number;
    const a = desc.subarray(i * 16, i * 16 + 16);
    for (let j = i + 1; j < n; j++) {
      // Unrolled: this loop runs n^2 / 2 times and is most of the search's cost.
      const b = j * 16;
      const d =
        (a[0] as number) * (desc[b] as number) +
        (a[1] as number) * (desc[b + 1] as number) +
        (a[2] as number) * (desc[b + 2] as number) +
        (a[3] as number) * (desc[b + 3] as number) +
        (a[4] as number) * (desc[b + 4] as number) +
        (a[5] as number) * (desc[b + 5] as number) +
        (a[6] as number) * (desc[b + 6] as number) +
        (a[7] as number) * (desc[b + 7] as number) +
        (a[8] as number) * (desc[b + 8] as number) +
        (a[9] as number) * (desc[b + 9] as number) +
        (a[10] as number) * (desc[b + 10] as number) +
        (a[11] as number) * (desc[b + 11] as number) +
        (a[12] as number) * (desc[b + 12] as number) +
        (a[13] as number) * (desc[b + 13] as number) +
        (a[14] as number) * (desc[b + 14] as number) +
        (a[15] as number) * (desc[b + 15] as number);
      if (d <= (best[i] as number) && d <= (best[j] as number)) continue;
      const dx = (xs[j] as number) - xi;
      const dy = (ys[j] as number) - yi;
      if (dx * dx + dy * dy < min2) continue;
      if (d > (best[i] as number)) [best[i], match[i]] = [d, j];
      if (d > (best[j] as number)) [best[j], match[j]] = [d, i];
    }
  }
  // Every vote as (source x, source y, dx, dy): where the corners behind a shift lie.
  const voters: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = match[i] as number;
    if (j < 0) continue;
    let dx = (xs[j] as number) - (xs[i] as number);
    let dy = (ys[j] as number) - (ys[i] as number);
    let [sx, sy] = [xs[i] as number, ys[i] as number];
    if (dy < 0 || (dy === 0 && dx < 0)) [dx, dy, sx, sy] = [-dx, -dy, sx + dx, sy + dy];
    const key = (dy + 1) * stride + dx + w;
    votes[key] = (votes[key] as number) + 1;
    voters.push(sx, sy, dx, dy);
  }
  // A clone's shift is exact only up to resampling: pool the 3x3 neighbouring shifts.
  const found: ShiftCandidate[] = [];
  for (let key = stride; key < votes.length - stride; key++) {
    let c = 0;
    for (let oy = -1; oy <= 1; oy++) for (let ox = -1; ox <= 1; ox++) c += votes[key + oy * stride + ox] ?? 0;
    if (c > 1 && votes[key])
      found.push({ dx: (key % stride) - w, dy: Math.floor(key / stride) - 1, votes: c, box: [0, 0, 0, 0] });
  }
  found.sort((a, b) => b.votes - a.votes);
  const out: ShiftCandidate[] = [];
  for (const c of found) {
    if (out.length === o.count) break;
    if (out.every((d) => Math.abs(d.dx - c.dx) > 2 || Math.abs(d.dy - c.dy) > 2)) out.push(c);
  }
  return out.map((c) => {
    const box: [number, number, number, number] = [w, h, 0, 0];
    for (let v = 0; v < voters.length; v += 4) {
      if (Math.abs((voters[v + 2] as number) - c.dx) > 1 || Math.abs((voters[v + 3] as number) - c.dy) > 1)
        continue;
      box[0] = Math.min(box[0], voters[v] as number);
      box[1] = Math.min(box[1], voters[v + 1] as number);
      box[2] = Math.max(box[2], voters[v] as number);
      box[3] = Math.max(box[3], voters[v + 1] as number);
    }
    return { ...c, box };
  });
}
