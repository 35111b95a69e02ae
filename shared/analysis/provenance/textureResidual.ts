/**
 * The error level each block has beyond what its texture predicts: log error level minus a straight line
 * in log texture, fitted through the medians of 20 texture classes (twentieths of the photo's blocks
 * ranked by texture).
 * On a photo saved once, textured hair and plain skin then both sit near 0; a region with another
 * compression history sits apart from blocks of its own texture.
 */
import type { BlockMap } from './errorLevelBlocks.js';

/** Texture classes: 20 gives classes of hundreds of blocks on a 640-pixel photo, enough for a median. */
const CLASSES = 20;
/**
 * Added to error levels and textures before the log (gray levels). 1, not 0.25: with 0.25 the blocks of
 * a photo last saved at the analysis quality, which a re-save barely changes, spread so far in log that
 * such unedited photos scored up to z 31 (bench provenance, tune half); with 1, 11.7.
 */
const FLOOR = 1;

/** Residual log error level per block (same layout as `errors`); `texture` from blockTexture. */
export function textureResidual(errors: BlockMap, texture: BlockMap): BlockMap {
  const n = errors.values.length;
  if (texture.values.length !== n) {
    throw new Error(`textureResidual: expected ${n} texture blocks, got ${texture.values.length}`);
  }
  // Classes by texture quantiles, from a native sort of the values rather than a comparator sort of
  // block indices: a 12 MP photo has 190 000 blocks. Tied textures share one class.
  const sorted = Float32Array.from(texture.values).sort();
  const bounds = Array.from(
    { length: CLASSES - 1 },
    (_, c) => sorted[Math.floor(((c + 1) * n) / CLASSES)] as number,
  );
  const classOf = (t: number) => {
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t < (bounds[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const logT = (i: number) => Math.log((texture.values[i] as number) + FLOOR);
  const logE = (i: number) => Math.log((errors.values[i] as number) + FLOOR);
  const members: number[][] = Array.from({ length: CLASSES }, () => []);
  for (let i = 0; i < n; i++) (members[classOf(texture.values[i] as number)] as number[]).push(i);
  // The medians of each class, then a straight line through them (least squares): a class's own median
  // would judge a small detailed region by the plainer blocks that share its class.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const m of members) {
    if (m.length === 0) continue;
    xs.push(median(m.map(logT)));
    ys.push(median(m.map(logE)));
  }
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, k) => {
    sxy += (x - mx) * ((ys[k] as number) - my);
    sxx += (x - mx) ** 2;
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = logE(i) - (my + slope * (logT(i) - mx));
  return { cols: errors.cols, rows: errors.rows, values };
}

function median(v: number[]): number {
  const s = Float64Array.from(v).sort();
  return s[s.length >> 1] as number;
}
