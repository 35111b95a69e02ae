/**
 * Largest reuseDistance (bits of 64) at which two panels count as the same photo.
 *
 * Origin: measured on the 107 real photos of ../shared/data/scalp-photos (bench/lib/batchHashCalibration.ts,
 * 2026-11-27). Every two different photos (5,671 pairs, the same person's other views among them) were at
 * least 10 bits apart (1st percentile 16, median 26). Copies of each photo re-encoded at JPEG q40, shrunk
 * to 25 %, re-saved as WebP q50, or trimmed 3 % or 8 % on every side were at most 6 bits from it (all
 * 107 of 107 caught at 8); a copy trimmed 5 % on one side only (the crop scales are centred, so it lines
 * up worst) was caught 95 of 107 times, and one 40 % brighter 106 of 107. Distances come out even (the
 * median splits the 63 bits so that a flip above it flips one below), so 8 is the largest threshold under
 * the smallest distance between different photos: no false match on that set, and the misses above.
 */
export const REUSE_THRESHOLD = 8;
