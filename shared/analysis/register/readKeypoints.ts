/**
 * The positions and responses of a KeyPointVector, read from the wasm heap in one pass (vectorSpan.ts
 * says why), or through `get()` when the heap layout is not the one expected.
 */
import type { Cv } from '../cv.js';
import { vectorSpan, wasmHeap } from './vectorSpan.js';

type KeyPoints = InstanceType<Cv['KeyPointVector']>;

/** cv::KeyPoint as stored: pt.x, pt.y, size, angle, response (float32), octave, class_id (int32). */
export const KEYPOINT_BYTES = 28;

export interface KeypointTable {
  readonly count: number;
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly response: Float32Array;
  /** Read from the heap (true) or through get() because the layout did not check out. */
  readonly fromHeap: boolean;
}

export function readKeypoints(cv: Cv, vec: KeyPoints): KeypointTable {
  const n = vec.size();
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const response = new Float32Array(n);
  const begin = keypointSpan(cv, vec);
  const heap = wasmHeap(cv);
  if (begin !== null && heap) {
    const f = heap.HEAPF32;
    for (let i = 0, o = begin >> 2; i < n; i++, o += KEYPOINT_BYTES >> 2) {
      x[i] = f[o] as number;
      y[i] = f[o + 1] as number;
      response[i] = f[o + 4] as number;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const k = vec.get(i) as KeyPointValue;
      x[i] = k.pt.x;
      y[i] = k.pt.y;
      response[i] = k.response;
    }
  }
  return { count: n, x, y, response, fromHeap: begin !== null && heap !== null };
}

/** A KeyPoint as embind hands it out. */
export interface KeyPointValue {
  pt: { x: number; y: number };
  size: number;
  angle: number;
  response: number;
  octave: number;
  class_id: number;
}

/**
 * Heap offset of the vector's first keypoint, or null unless the storage is `size()` records of
 * KEYPOINT_BYTES and its first and last records hold what `get()` returns for them.
 */
export function keypointSpan(cv: Cv, vec: KeyPoints): number | null {
  const begin = vectorSpan(cv, vec, KEYPOINT_BYTES);
  const n = vec.size();
  if (begin === null || n === 0) return begin;
  for (const i of n > 1 ? [0, n - 1] : [0]) {
    const heap = wasmHeap(cv);
    const k = vec.get(i) as KeyPointValue;
    if (!heap || !sameKeypoint(heap, (begin + i * KEYPOINT_BYTES) >> 2, k)) return null;
  }
  return begin;
}

function sameKeypoint(heap: NonNullable<ReturnType<typeof wasmHeap>>, o: number, k: KeyPointValue): boolean {
  const f = heap.HEAPF32;
  const i = heap.HEAP32;
  return (
    f[o] === k.pt.x &&
    f[o + 1] === k.pt.y &&
    f[o + 2] === k.size &&
    f[o + 3] === k.angle &&
    f[o + 4] === k.response &&
    i[o + 5] === k.octave &&
    i[o + 6] === k.class_id
  );
}
