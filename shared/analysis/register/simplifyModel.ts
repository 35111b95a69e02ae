/**
 * Reports the simplest model that a refined homography really needs. ECC refines with all eight
 * parameters; when a similarity or affine map reproduces it within a fraction of a pixel over the whole
 * after image, the simpler one is reported (fewer parameters, honest about what was measured).
 */
import { solveAffine } from './solveAffine.js';
import { solveSimilarity } from './solveSimilarity.js';
import type { Mat3, MotionModel } from './types.js';

export interface SimplifyModelOptions {
  /** Models allowed, simplest first. @default ['similarity', 'affine', 'homography'] */
  models?: readonly MotionModel[];
  /** Largest deviation from the homography over a 5x5 grid, px. @default 0.75 */
  tolerance?: number;
}

export function simplifyModel(
  m: Mat3,
  width: number,
  height: number,
  options: SimplifyModelOptions = {},
): { model: MotionModel; matrix: Mat3 } {
  const models = options.models ?? ['similarity', 'affine', 'homography'];
  const tol = options.tolerance ?? 0.75;
  const src: number[] = [];
  const dst: number[] = [];
  for (let j = 0; j <= 4; j++)
    for (let i = 0; i <= 4; i++) {
      const x = (i / 4) * width;
      const y = (j / 4) * height;
      const w = (m[6] as number) * x + (m[7] as number) * y + (m[8] as number);
      src.push(x, y);
      dst.push(
        ((m[0] as number) * x + (m[1] as number) * y + (m[2] as number)) / w,
        ((m[3] as number) * x + (m[4] as number) * y + (m[5] as number)) / w,
      );
    }
  const pairs = { src: Float64Array.from(src), dst: Float64Array.from(dst) };
  for (const model of models) {
    if (model === 'homography') break;
    const s = model === 'similarity' ? solveSimilarity(pairs) : solveAffine(pairs);
    if (!s) continue;
    let worst = 0;
    for (let k = 0; k < src.length; k += 2) {
      const x = src[k] as number;
      const y = src[k + 1] as number;
      const u = (s[0] as number) * x + (s[1] as number) * y + (s[2] as number);
      const v = (s[3] as number) * x + (s[4] as number) * y + (s[5] as number);
      worst = Math.max(worst, Math.hypot(u - (dst[k] as number), v - (dst[k + 1] as number)));
    }
    if (worst <= tol) return { model, matrix: s };
  }
  if (models.includes('homography')) {
    const w = m[8] as number;
    return { model: 'homography', matrix: m.map((v) => v / w) };
  }
  // Homography not allowed: the richest allowed model, fitted as well as it can be.
  const last = models[models.length - 1] ?? 'affine';
  const s = last === 'similarity' ? solveSimilarity(pairs) : solveAffine(pairs);
  return { model: last, matrix: s ?? m };
}
