/**
 * The two best matches of every query in a DMatchVectorVector (knnMatch with k = 2), read from the
 * wasm heap in one pass (vectorSpan.ts says why), or through `get()` when the heap layout is not the
 * one expected.
 */
import type { Cv } from '../cv.js';
import { vectorSpan, wasmHeap } from './vectorSpan.js';

type Knn = InstanceType<Cv['DMatchVectorVector']>;

/** An inner std::vector<DMatch>: begin, end and capacity pointers. */
const VECTOR_BYTES = 12;
/** cv::DMatch as stored: queryIdx, trainIdx, imgIdx (int32), distance (float32). */
const DMATCH_BYTES = 16;

export interface KnnTable {
  /** Queries (rows of the query descriptors). */
  readonly count: number;
  /** Matches found for each query, at most 2. */
  readonly found: Uint8Array;
  /** Train index and distance of the best and second-best match (0 where not found). */
  readonly train0: Int32Array;
  readonly distance0: Float32Array;
  readonly distance1: Float32Array;
  /** Read from the heap (true) or through get() because the layout did not check out. */
  fromHeap: boolean;
}

interface DMatchValue {
  queryIdx: number;
  trainIdx: number;
  imgIdx: number;
  distance: number;
}

export function readKnn(cv: Cv, knn: Knn): KnnTable {
  const n = knn.size();
  const t: KnnTable = {
    count: n,
    found: new Uint8Array(n),
    train0: new Int32Array(n),
    distance0: new Float32Array(n),
    distance1: new Float32Array(n),
    fromHeap: false,
  };
  t.fromHeap = fromHeap(cv, knn, t);
  if (!t.fromHeap) {
    for (let i = 0; i < n; i++) {
      const m = knn.get(i);
      try {
        const k = Math.min(2, m.size());
        const m0 = k > 0 ? (m.get(0) as DMatchValue) : null;
        t.found[i] = k;
        t.train0[i] = m0 ? m0.trainIdx : 0;
        t.distance0[i] = m0 ? m0.distance : 0;
        t.distance1[i] = k > 1 ? (m.get(1) as DMatchValue).distance : 0;
      } finally {
        m.delete();
      }
    }
  }
  return t;
}

/** Fills `t` from the heap; false (and nothing trusted) when the layout does not check out. */
function fromHeap(cv: Cv, knn: Knn, t: KnnTable): boolean {
  const outer = vectorSpan(cv, knn, VECTOR_BYTES);
  const heap = wasmHeap(cv);
  if (outer === null || !heap) return false;
  const i32 = heap.HEAP32;
  const f32 = heap.HEAPF32;
  for (let i = 0; i < t.count; i++) {
    const o = (outer + i * VECTOR_BYTES) >> 2;
    const begin = i32[o] as number;
    const bytes = (i32[o + 1] as number) - begin;
    if (bytes < 0 || bytes % DMATCH_BYTES !== 0 || begin % 4 !== 0) return false;
    const k = Math.min(2, bytes / DMATCH_BYTES);
    t.found[i] = k;
    const d = begin >> 2;
    if (k > 0) {
      t.train0[i] = i32[d + 1] as number;
      t.distance0[i] = f32[d + 3] as number;
    }
    if (k > 1) t.distance1[i] = f32[d + 7] as number;
  }
  // The first query's matches as embind reads them must be what the heap said.
  if (t.count > 0) {
    const m = knn.get(0);
    try {
      if (m.size() !== t.found[0] && !(m.size() > 2 && t.found[0] === 2)) return false;
      if (m.size() > 0) {
        const m0 = m.get(0) as DMatchValue;
        if (m0.trainIdx !== t.train0[0] || m0.distance !== t.distance0[0]) return false;
      }
      if (m.size() > 1 && (m.get(1) as DMatchValue).distance !== t.distance1[0]) return false;
    } finally {
      m.delete();
    }
  }
  return true;
}
