/**
 * Where the elements of an embind std::vector lie in the wasm heap, so that a few thousand keypoints or
 * matches can be read with typed arrays instead of one embind call each. An embind `get(i)` builds a JS
 * object field by field through the generic wire-type path: about 25 us per keypoint on a cold thread,
 * 76 ms of the audit's main thread for the 6000 ORB keypoints of a pair at 640 px before this
 * (scratch timing, the 12 MP e2e pair). The layout is libc++'s (begin, end, capacity pointers) and is
 * confirmed against `size()` here; callers also compare one element with `get()` and fall back to
 * `get()` when anything differs, so another OpenCV build can only be slower, never wrong.
 */
import type { Cv } from '../cv.js';

/** The heap views of the OpenCV module (replaced when the heap grows: read them after allocating). */
export interface WasmHeap {
  readonly HEAPU8: Uint8Array;
  readonly HEAP32: Int32Array;
  readonly HEAPF32: Float32Array;
}

/** The module's current heap views, or null when this build does not export them. */
export function wasmHeap(cv: Cv): WasmHeap | null {
  const m = cv as unknown as Partial<WasmHeap>;
  return m.HEAPU8 instanceof Uint8Array && m.HEAP32 instanceof Int32Array && m.HEAPF32 instanceof Float32Array
    ? (m as WasmHeap)
    : null;
}

/**
 * Byte offset of element 0 of `vec` in the heap, or null when the vector's storage cannot be confirmed
 * as `size()` records of `recordBytes` bytes, 4-byte aligned.
 */
export function vectorSpan(cv: Cv, vec: { size(): number }, recordBytes: number): number | null {
  const heap = wasmHeap(cv);
  const ptr = (vec as unknown as { $$?: { ptr?: unknown } }).$$?.ptr;
  if (!heap || typeof ptr !== 'number' || ptr <= 0 || ptr % 4 !== 0) return null;
  const begin = heap.HEAP32[ptr >> 2] as number;
  const end = heap.HEAP32[(ptr >> 2) + 1] as number;
  const n = vec.size();
  if (n === 0) return begin;
  if (begin <= 0 || begin % 4 !== 0 || end - begin !== n * recordBytes || end > heap.HEAPU8.length)
    return null;
  return begin;
}
