/**
 * A new KeyPointVector holding the keypoints of `from` at `indices`, in that order: their 28-byte
 * records copied inside the wasm heap (vectorSpan.ts says why), or through `get()`/`push_back()` when
 * the heap layout is not the one expected. The caller deletes the result.
 */
import type { Cv } from '../cv.js';
import { KEYPOINT_BYTES, keypointSpan } from './readKeypoints.js';
import { wasmHeap } from './vectorSpan.js';

type KeyPoints = InstanceType<Cv['KeyPointVector']>;

export function copyKeypoints(cv: Cv, from: KeyPoints, indices: ArrayLike<number>): KeyPoints {
  const out = new cv.KeyPointVector();
  const n = indices.length;
  if (n === 0) return out;
  const src = keypointSpan(cv, from);
  if (src !== null) {
    // One call sizes the vector (every slot a copy of the first keypoint); the records are then copied.
    out.resize(n, from.get(indices[0] as number));
    const dst = keypointSpan(cv, out);
    const heap = wasmHeap(cv);
    if (dst !== null && heap) {
      const u8 = heap.HEAPU8;
      for (let k = 1; k < n; k++) {
        const s = src + (indices[k] as number) * KEYPOINT_BYTES;
        u8.copyWithin(dst + k * KEYPOINT_BYTES, s, s + KEYPOINT_BYTES);
      }
      return out;
    }
    for (let k = 1; k < n; k++) out.set(k, from.get(indices[k] as number));
    return out;
  }
  for (let k = 0; k < n; k++) out.push_back(from.get(indices[k] as number));
  return out;
}
