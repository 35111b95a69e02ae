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
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (texture.values[a] as number) - (texture.values[b] as number),
  );
  // The medians of each class, then a straight line through them (least squares): a class's own median
  // would judge a small detailed region by the plainer blocks that share its class.
  const logT = (i: number) => Math.log((texture.values[i] as number) + FLOOR);
  const logE = (i: number) => Math.log((errors.values[i] as number) + FLOOR);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let c = 0; c < CLASSES; c++) {
    const members = order.slice(Math.floor((c * n) / CLASSES), Math.floor(((c + 1) * n) / CLASSES));
    if (members.length === 0) continue;
    xs.push(median(members.map(logT)));
    ys.push(median(members.map(logE)));
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
  const s = v.sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}
