/**
 * The OpenCV runtime, passed in by the caller (a Node worker loads the wasm once; tests do the same).
 * shared/ only refers to its types.
 */
import type * as CvModule from '@techstark/opencv-js';

export type Cv = typeof CvModule;
export type Mat = CvModule.Mat;

/**
 * Runs `fn` with a tracker; every Mat (or other embind object) registered with `keep` is deleted when
 * `fn` returns or throws. embind objects are not garbage-collected, so every allocation goes through here.
 */
export function withMats<T>(fn: (keep: <M extends { delete(): void }>(m: M) => M) => T): T {
  const owned: { delete(): void }[] = [];
  const keep = <M extends { delete(): void }>(m: M): M => {
    owned.push(m);
    return m;
  };
  try {
    return fn(keep);
  } finally {
    for (let i = owned.length - 1; i >= 0; i--) {
      try {
        owned[i]?.delete();
      } catch {
        // Already deleted: deleting twice is the only failure and it is harmless here.
      }
    }
  }
}
