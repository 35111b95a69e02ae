/**
 * Copy-move (clone) detection inside one photo, on a reduced gray copy: every 16x16 block is described by
 * its 4x4 grid of cell means (mean removed); blocks are sorted by that description so that look-alikes
 * end up near each other; pairs that match and lie far apart vote for their shift vector. A cloned
 * patch gives many matching blocks with one shift; natural repetition (hair, skin) gives scattered ones.
 */
import type { GrayImage } from '../image.js';

/** The strongest shift cluster: how many blocks it matched and where its source and copy lie. */
export interface CopyMove {
  /** Matched blocks in the strongest shift cluster, as a share of all textured block positions (0..1). */
  readonly score: number;
  /** Bounding boxes [x, y, w, h] of the source and the copy, in the reduced image's pixels. */
  readonly regions: [number, number, number, number][];
}

export interface CopyMoveOptions {
  /** Blocks whose cell means vary less than this (gray levels, std) are flat and skipped. @default 4 */
  minContrast?: number;
  /** Two blocks match when their descriptions differ by at most this (gray levels, RMS per cell). @default 2 */
  tolerance?: number;
  /** Matches closer than this (pixels) are the same patch seen twice, not a clone. @default 24 */
  minShift?: number;
}

const B = 16;
const CELL = 4;
/** Neighbours compared in sort order: enough to see past quantization boundaries, few enough to stay fast. */
const WINDOW = 6;

/** Finds the dominant clone, if any. */
export function copyMove(img: GrayImage, options: CopyMoveOptions = {}): CopyMove {
  const minContrast = options.minContrast ?? 4;
  const tol2 = (options.tolerance ?? 2) ** 2 * 16;
  const minShift = options.minShift ?? 24;
  const { width: w, height: h } = img;
  const nx = w - B + 1;
  const ny = h - B + 1;
  if (nx <= 0 || ny <= 0) return { score: 0, regions: [] };
  const cells = cellMeans(img);
  const cw = w - CELL + 1;
  // One flat array (16 values a block) rather than an array per block: ~100k small arrays cost more
  // to allocate than the whole search.
  let feats = new Int16Array(16 * 4096);
  let pos = new Int32Array(4096);
  let n = 0;
  const f = new Float64Array(16);
  for (let y = 0; y < ny; y++) {
    for (let x = 0; x < nx; x++) {
      let mean = 0;
      for (let j = 0; j < 4; j++) {
        for (let i = 0; i < 4; i++) {
          const v = cells[(y + j * CELL) * cw + x + i * CELL] as number;
          f[j * 4 + i] = v;
          mean += v;
        }
      }
      mean /= 16;
      let varSum = 0;
      for (let k = 0; k < 16; k++) varSum += ((f[k] as number) - mean) ** 2;
      if (Math.sqrt(varSum / 16) < minContrast) continue;
      if (n === pos.length) {
        const grownF = new Int16Array(feats.length * 2);
        grownF.set(feats);
        feats = grownF;
        const grownP = new Int32Array(pos.length * 2);
        grownP.set(pos);
        pos = grownP;
      }
      // Quarter gray levels: fine enough to keep the tolerance meaningful, small enough for Int16.
      for (let k = 0; k < 16; k++) feats[n * 16 + k] = Math.round(((f[k] as number) - mean) * 4);
      pos[n++] = y * nx + x;
    }
  }
  if (n < 2) return { score: 0, regions: [] };
  // Sorted by a numeric key made of the first four cell values at 4 gray levels (coarse, so near-equal
  // descriptions sort together despite small noise); a typed-array sort of key * 2^21 + index is far
  // faster than a comparator over the descriptions.
  const keyed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let key = 0;
    for (let k = 0; k < 4; k++)
      key = key * 64 + Math.min(63, Math.max(0, ((feats[i * 16 + k] as number) >> 4) + 32));
    keyed[i] = key * 2 ** 21 + i;
  }
  keyed.sort();
  const order = Array.from(keyed, (v) => v % 2 ** 21);
  // Votes per shift in a dense grid, and the matched pairs (source position, shift key) in flat arrays:
  // a Map of arrays here spent more time collecting garbage than matching.
  const stride = 2 * w + 1;
  const votes = new Int32Array(stride * (2 * h + 1));
  let pairP = new Int32Array(1024);
  let pairK = new Int32Array(1024);
  let pairs = 0;
  for (let s = 0; s < n; s++) {
    const a = order[s] as number;
    for (let t = s + 1; t < Math.min(n, s + 1 + WINDOW); t++) {
      const b = order[t] as number;
      let d2 = 0;
      for (let k = 0; k < 16 && d2 <= tol2 * 16; k++) {
        d2 += ((feats[a * 16 + k] as number) - (feats[b * 16 + k] as number)) ** 2;
      }
      if (d2 / 16 > tol2) continue; // features are in quarter levels: 16 = 4^2
      let p = pos[a] as number;
      let q = pos[b] as number;
      let dx = (q % nx) - (p % nx);
      let dy = Math.floor(q / nx) - Math.floor(p / nx);
      if (dx * dx + dy * dy < minShift * minShift) continue;
      // One direction per pair, so a shift and its opposite vote together.
      if (dy < 0 || (dy === 0 && dx < 0)) {
        [p, q] = [q, p];
        dx = -dx;
        dy = -dy;
      }
      const key = (dy + h) * stride + dx + w;
      votes[key] = (votes[key] as number) + 1;
      if (pairs === pairP.length) {
        pairP = grow(pairP);
        pairK = grow(pairK);
      }
      pairP[pairs] = p;
      pairK[pairs++] = key;
    }
  }
  let bestKey = -1;
  let bestCount = 0;
  // Shifts of 0 or 1 pixel never get here (minShift), so the 3x3 neighbours stay inside the grid.
  for (let i = 0; i < pairs; i++) {
    const key = pairK[i] as number;
    // A clone's shift is exact up to resampling: pool the 3x3 neighbouring shifts.
    let c = 0;
    for (let oy = -1; oy <= 1; oy++) for (let ox = -1; ox <= 1; ox++) c += votes[key + oy * stride + ox] ?? 0;
    if (c > bestCount || (c === bestCount && (votes[key] as number) > (votes[bestKey] as number))) {
      bestCount = c;
      bestKey = key;
    }
  }
  if (bestKey < 0) return { score: 0, regions: [] };
  const sdx = (bestKey % stride) - w;
  const sdy = Math.floor(bestKey / stride) - h;
  const sources: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const d = (pairK[i] as number) - bestKey;
    const ox = (((d % stride) + stride + 1) % stride) - 1;
    if (Math.abs(ox) <= 1 && Math.abs(Math.round((d - ox) / stride)) <= 1) sources.push(pairP[i] as number);
  }
  const box = boundingBox(sources, nx);
  return {
    score: bestCount / n,
    regions: [box, [box[0] + sdx, box[1] + sdy, box[2], box[3]]],
  };
}

// Mean of the CELL x CELL patch at every top-left (x, y), from an integral image.
function cellMeans(img: GrayImage): Float32Array {
  const { width: w, height: h, data } = img;
  const ii = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += data[y * w + x] as number;
      ii[(y + 1) * (w + 1) + x + 1] = (ii[y * (w + 1) + x + 1] as number) + row;
    }
  }
  const cw = w - CELL + 1;
  const ch = h - CELL + 1;
  const out = new Float32Array(cw * ch);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const s =
        (ii[(y + CELL) * (w + 1) + x + CELL] as number) -
        (ii[y * (w + 1) + x + CELL] as number) -
        (ii[(y + CELL) * (w + 1) + x] as number) +
        (ii[y * (w + 1) + x] as number);
      out[y * cw + x] = s / (CELL * CELL);
    }
  }
  return out;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function boundingBox(positions: number[], nx: number): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of positions) {
    const x = p % nx;
    const y = Math.floor(p / nx);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + B);
    y1 = Math.max(y1, y + B);
  }
  return [x0, y0, x1 - x0, y1 - y0];
}
