import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv, Mat } from '../../../../shared/analysis/cv.js';
import { withMats } from '../../../../shared/analysis/cv.js';
import { copyKeypoints } from '../../../../shared/analysis/register/copyKeypoints.js';
import type { KeyPointValue } from '../../../../shared/analysis/register/readKeypoints.js';
import { keypointSpan, readKeypoints } from '../../../../shared/analysis/register/readKeypoints.js';
import { readKnn } from '../../../../shared/analysis/register/readKnn.js';
import { vectorSpan } from '../../../../shared/analysis/register/vectorSpan.js';
import { similarityAbout, texture, warp } from './texture.js';

let cv: Cv;
beforeAll(async () => {
  cv = await loadOpenCv();
});

type Keep = <M extends { delete(): void }>(m: M) => M;

/** ORB keypoints and descriptors of a textured image and of a rotated copy. */
function detect(keep: Keep) {
  const img = texture(5, 320, 240);
  const moved = warp(cv, img, similarityAbout(320, 240, 8, 1.05, 6, -4));
  const toMat = (g: typeof img): Mat => {
    const m = keep(new cv.Mat(g.height, g.width, cv.CV_8UC1));
    m.data.set(g.data);
    return m;
  };
  const orb = keep(new cv.ORB(800));
  const out = [img, moved].map((g) => {
    const kp = keep(new cv.KeyPointVector());
    const desc = keep(new cv.Mat());
    orb.detectAndCompute(toMat(g), keep(new cv.Mat()), kp, desc);
    return { kp, desc };
  });
  return { a: out[0]!, b: out[1]! };
}

/** Every keypoint as embind's get() returns it: the reference the heap reads must equal. */
function viaGet(kp: InstanceType<Cv['KeyPointVector']>): KeyPointValue[] {
  return Array.from({ length: kp.size() }, (_, i) => kp.get(i) as KeyPointValue);
}

describe('keypoints and matches read from the wasm heap', () => {
  it('readKeypoints returns what get() returns for every keypoint, found on the heap', () => {
    withMats((keep) => {
      const { a } = detect(keep);
      expect(a.kp.size()).toBeGreaterThan(300);
      // The heap path is taken (not the fallback): the layout was confirmed.
      expect(keypointSpan(cv, a.kp)).not.toBeNull();
      const t = readKeypoints(cv, a.kp);
      const want = viaGet(a.kp);
      expect(t.fromHeap).toBe(true);
      expect(t.count).toBe(want.length);
      expect(Array.from(t.x)).toEqual(want.map((k) => k.pt.x));
      expect(Array.from(t.y)).toEqual(want.map((k) => k.pt.y));
      expect(Array.from(t.response)).toEqual(want.map((k) => k.response));
    });
  });

  it('copyKeypoints copies the chosen keypoints, all fields, in the order asked', () => {
    withMats((keep) => {
      const { a } = detect(keep);
      const all = viaGet(a.kp);
      const picked = [7, 0, all.length - 1, 3, 3, 100];
      const copy = keep(copyKeypoints(cv, a.kp, picked));
      expect(viaGet(copy)).toEqual(picked.map((i) => all[i]));
      expect(keep(copyKeypoints(cv, a.kp, [])).size()).toBe(0);
    });
  });

  it('readKnn returns the best train index and both distances of every query, as get() does', () => {
    withMats((keep) => {
      const { a, b } = detect(keep);
      const knn = keep(new cv.DMatchVectorVector());
      keep(new cv.BFMatcher(cv.NORM_HAMMING, false)).knnMatch(a.desc, b.desc, knn, 2);
      const t = readKnn(cv, knn);
      expect(t.fromHeap).toBe(true);
      expect(t.count).toBe(knn.size());
      for (let i = 0; i < knn.size(); i++) {
        const m = knn.get(i);
        const m0 = m.get(0) as { trainIdx: number; distance: number };
        const m1 = m.get(1) as { distance: number };
        expect([t.found[i], t.train0[i], t.distance0[i], t.distance1[i]]).toEqual([
          Math.min(2, m.size()),
          m0.trainIdx,
          m0.distance,
          m1.distance,
        ]);
        m.delete();
      }
    });
  });

  it('vectorSpan refuses a size that does not match the storage', () => {
    withMats((keep) => {
      const { a } = detect(keep);
      // Claimed record sizes other than the KeyPoint's 28 bytes cannot span size() records.
      expect(vectorSpan(cv, a.kp, 28)).not.toBeNull();
      expect(vectorSpan(cv, a.kp, 24)).toBeNull();
      expect(vectorSpan(cv, a.kp, 32)).toBeNull();
      // An object without embind's pointer is not read from the heap.
      expect(vectorSpan(cv, { size: () => 3 }, 28)).toBeNull();
    });
  });
});
