#!/usr/bin/env python3
"""Native peer for the end-to-end benchmark (bench/endToEnd.ts): what plain OpenCV does with the same pair.

    /usr/bin/python3 bench/native_peer.py BEFORE AFTER OUTDIR [--full] [--detectors akaze,orb]

Decode both photos at full size, find features (AKAZE and ORB, pooled, as the engine does) on working
copies with the long side 1024 px (INTER_AREA), match them (brute force, k=2, ratio test), fit a
homography with RANSAC, scale it to full resolution, warp the after photo into the before frame at
display size (long side 2048 px) and write it as JPEG quality 90. With --full the features are found on
the full-size photos and the warp is full size too.

Prints one JSON object: stage timings in ms, the after -> before homography at full resolution, the
counts, OpenCV's thread count and this process's peak RSS. A benchmark peer only, never a product
dependency (Debian's python3-opencv).
"""

import time

T_IMPORT = time.perf_counter()

import json  # noqa: E402 (timed: importing cv2 and numpy is part of what a native run pays)
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402

IMPORT_MS = (time.perf_counter() - T_IMPORT) * 1000

WORK_MAX_SIDE = 1024
DISPLAY_MAX_SIDE = 2048
RATIO = 0.8
# The engine's AKAZE threshold (shared/analysis/register/matchFeatures.ts): OpenCV's 0.001 finds too
# few points on bare skin.
AKAZE_THRESHOLD = 0.0002
ORB_FEATURES = 4000


def shrink(img, max_side):
    """Resized copy with the long side max_side (INTER_AREA), and the scale factor used."""
    h, w = img.shape[:2]
    s = min(1.0, max_side / max(w, h))
    if s >= 1.0:
        return img, 1.0
    size = (max(1, round(w * s)), max(1, round(h * s)))
    return cv2.resize(img, size, interpolation=cv2.INTER_AREA), s


def scaling(sx, sy):
    return np.array([[sx, 0, 0], [0, sy, 0], [0, 0, 1]], dtype=np.float64)


def matches_for(detector, norm, gray_b, gray_a):
    """Ratio-tested matches as (after points, before points)."""
    kb, db = detector.detectAndCompute(gray_b, None)
    ka, da = detector.detectAndCompute(gray_a, None)
    if db is None or da is None or len(kb) < 2 or len(ka) < 2:
        return np.zeros((0, 2), np.float32), np.zeros((0, 2), np.float32), len(kb), len(ka)
    pairs = cv2.BFMatcher(norm).knnMatch(da, db, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
    pa = np.float32([ka[m.queryIdx].pt for m in good]).reshape(-1, 2)
    pb = np.float32([kb[m.trainIdx].pt for m in good]).reshape(-1, 2)
    return pa, pb, len(kb), len(ka)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    full = "--full" in argv
    detectors = ["akaze", "orb"]
    if "--detectors" in argv:
        detectors = argv[argv.index("--detectors") + 1].split(",")
        args = [a for a in args if a != argv[argv.index("--detectors") + 1]]
    if len(args) != 3:
        sys.stderr.write(__doc__)
        return 2
    before_path, after_path, out_dir = args
    ms = {"import": IMPORT_MS}
    clock = time.perf_counter
    t_all = clock()

    t = clock()
    before = cv2.imread(before_path, cv2.IMREAD_COLOR)
    after = cv2.imread(after_path, cv2.IMREAD_COLOR)
    if before is None or after is None:
        sys.stderr.write("native_peer: cannot read the photos\n")
        return 2
    ms["decode"] = (clock() - t) * 1000

    t = clock()
    if full:
        work_b, sb = before, 1.0
        work_a, sa = after, 1.0
    else:
        work_b, sb = shrink(before, WORK_MAX_SIDE)
        work_a, sa = shrink(after, WORK_MAX_SIDE)
    gray_b = cv2.cvtColor(work_b, cv2.COLOR_BGR2GRAY)
    gray_a = cv2.cvtColor(work_a, cv2.COLOR_BGR2GRAY)
    ms["resize"] = (clock() - t) * 1000

    t = clock()
    pts_a, pts_b, counts = [], [], {}
    for name in detectors:
        if name == "akaze":
            det = cv2.AKAZE_create(threshold=AKAZE_THRESHOLD)
        elif name == "orb":
            det = cv2.ORB_create(nfeatures=ORB_FEATURES)
        else:
            sys.stderr.write(f"native_peer: unknown detector {name} (expected akaze or orb)\n")
            return 2
        pa, pb, nb, na = matches_for(det, cv2.NORM_HAMMING, gray_b, gray_a)
        pts_a.append(pa)
        pts_b.append(pb)
        counts[name] = {"keypointsBefore": nb, "keypointsAfter": na, "matches": len(pa)}
    pa = np.concatenate(pts_a)
    pb = np.concatenate(pts_b)
    ms["features"] = (clock() - t) * 1000

    t = clock()
    # The engine's inlier threshold, 3 px at the working size; at full size the same distance on the photo.
    thr = 3.0 * (max(before.shape[:2]) / WORK_MAX_SIDE if full else 1.0)
    h_work, inl = (None, None)
    if len(pa) >= 4:
        h_work, inl = cv2.findHomography(pa, pb, cv2.RANSAC, thr)
    ms["ransac"] = (clock() - t) * 1000
    if h_work is None:
        sys.stderr.write("native_peer: no homography found\n")
        return 1
    # work px -> full px on both sides: full = S_b^-1 . H_work . S_a
    h_full = np.linalg.inv(scaling(sb, sb)) @ h_work @ scaling(sa, sa)
    h_full /= h_full[2, 2]

    t = clock()
    if full:
        disp_b_size = (before.shape[1], before.shape[0])
        disp_a, h_disp = after, h_full
    else:
        bh, bw = before.shape[:2]
        db = min(1.0, DISPLAY_MAX_SIDE / max(bw, bh))
        disp_b_size = (round(bw * db), round(bh * db))
        disp_a, da = shrink(after, DISPLAY_MAX_SIDE)
        h_disp = scaling(db, db) @ h_full @ np.linalg.inv(scaling(da, da))
    aligned = cv2.warpPerspective(disp_a, h_disp, disp_b_size, flags=cv2.INTER_LINEAR)
    ms["warp"] = (clock() - t) * 1000

    t = clock()
    os.makedirs(out_dir, exist_ok=True)
    cv2.imwrite(os.path.join(out_dir, "aligned.jpg"), aligned, [cv2.IMWRITE_JPEG_QUALITY, 90])
    ms["encode"] = (clock() - t) * 1000
    ms["total"] = (clock() - t_all) * 1000
    usage = resource.getrusage(resource.RUSAGE_SELF)

    print(
        json.dumps(
            {
                "variant": "full" if full else "work1024",
                "opencv": cv2.__version__,
                "threads": cv2.getNumThreads(),
                "ms": {k: round(v, 1) for k, v in ms.items()},
                "homography": [float(v) for v in h_full.reshape(-1)],
                "inliers": int(inl.sum()) if inl is not None else 0,
                "detectors": counts,
                "warpSize": list(disp_b_size),
                # ru_maxrss is in kilobytes on Linux.
                "maxRssKb": usage.ru_maxrss,
                "cpuMs": round((usage.ru_utime + usage.ru_stime) * 1000, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
