/**
 * Candidate clone shifts from corners: the most corner-like points of the band-passed image
 * (cornerPoints) are described by their surroundings (cornerDescriptors), every point is matched to its
 * most similar distant point (matchCorners), and each match votes for its shift. A clone puts the same
 * corners at one shift, so its shift collects votes; look-alike hair spreads its votes over many shifts.
 */
import { cornerDescriptors, WINDOW } from './cornerDescriptors.js';
import { cornerPoints } from './cornerPoints.js';
import type { Plane } from './lumaPlane.js';
import { matchCorners } from './matchCorners.js';

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

/** The `count` shifts with the most votes, at least 3 pixels apart from each other. */
export function keypointShifts(plane: Plane, o: KeypointShiftOptions): ShiftCandidate[] {
  const { width: w, height: h } = plane;
  const corners = cornerPoints(o.gradients, w, h, WINDOW / 2, o.corners);
  const { xs, ys } = corners;
  if (xs.length < 2) return [];
  const match = matchCorners(cornerDescriptors(plane, corners), xs, ys, o.minSimilarity, o.minShift);
  // Every vote as (source x, source y, dx, dy), the shift pointing down (or right): where the corners
  // behind a shift lie. Votes are counted in a table indexed by shift.
  const stride = 2 * w + 1;
  const votes = new Int32Array(stride * (h + 2));
  const voters: number[] = [];
  const keys: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const j = match[i] as number;
    if (j < 0) continue;
    let dx = (xs[j] as number) - (xs[i] as number);
    let dy = (ys[j] as number) - (ys[i] as number);
    let [sx, sy] = [xs[i] as number, ys[i] as number];
    if (dy < 0 || (dy === 0 && dx < 0)) [dx, dy, sx, sy] = [-dx, -dy, sx + dx, sy + dy];
    const key = (dy + 1) * stride + dx + w;
    if (votes[key] === 0) keys.push(key);
    votes[key] = (votes[key] as number) + 1;
    voters.push(sx, sy, dx, dy);
  }
  // A clone's shift is exact only up to resampling: pool the 3x3 neighbouring shifts. Only shifts that
  // got a vote themselves are candidates, taken in shift order so that ties keep that order.
  keys.sort((a, b) => a - b);
  const found: ShiftCandidate[] = [];
  for (const key of keys) {
    let c = 0;
    for (let oy = -1; oy <= 1; oy++)
      for (let ox = -1; ox <= 1; ox++) c += votes[key + oy * stride + ox] as number;
    if (c > 1)
      found.push({ dx: (key % stride) - w, dy: Math.floor(key / stride) - 1, votes: c, box: [0, 0, 0, 0] });
  }
  found.sort((a, b) => b.votes - a.votes);
  const out: ShiftCandidate[] = [];
  for (const c of found) {
    if (out.length === o.count) break;
    if (out.every((d) => Math.abs(d.dx - c.dx) > 2 || Math.abs(d.dy - c.dy) > 2)) out.push(c);
  }
  return out.map((c) => ({ ...c, box: voterBox(voters, c.dx, c.dy, w, h) }));
}

/** Bounding box [x0, y0, x1, y1] of the voters within one pixel of the shift (dx, dy). */
function voterBox(
  voters: number[],
  dx: number,
  dy: number,
  w: number,
  h: number,
): [number, number, number, number] {
  const box: [number, number, number, number] = [w, h, 0, 0];
  for (let v = 0; v < voters.length; v += 4) {
    if (Math.abs((voters[v + 2] as number) - dx) > 1 || Math.abs((voters[v + 3] as number) - dy) > 1)
      continue;
    box[0] = Math.min(box[0], voters[v] as number);
    box[1] = Math.min(box[1], voters[v + 1] as number);
    box[2] = Math.max(box[2], voters[v] as number);
    box[3] = Math.max(box[3], voters[v + 1] as number);
  }
  return box;
}
