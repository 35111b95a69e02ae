/**
 * How far the most anomalous region of an error-level map stands out from the rest: the map is pooled
 * into cells of several blocks (a pasted or retouched patch covers many blocks; single blocks are noisy),
 * and the strongest cell's robust z-score (against the median and MAD of all cells) is the score.
 */
import type { BlockMap } from './errorLevelBlocks.js';
import { medianMad } from './robustZ.js';
import { textureResidual } from './textureResidual.js';

/** The score and the anomalous region in block units [col, row, cols, rows]. */
export interface ErrorLevelScore {
  readonly score: number;
  readonly region: [number, number, number, number] | null;
}

/** Cells across the long side: 16 gives cells of 1/16 of the photo, small enough for a pasted patch. */
const CELLS_LONG_SIDE = 16;
/**
 * 0.02 in log error level (2%), a floor only, not tuned: a photo re-saved at the analysis quality changes
 * almost nowhere, and its near-zero spread would otherwise let a tiny difference score in the thousands.
 */
const MIN_LOG_SIGMA = 0.02;
/** 0.1 gray level: below the rounding of 8-bit pixels, so no real difference is hidden by it. */
const MIN_SIGMA = 0.1;

/**
 * Scores `errors`; with `texture` (blockTexture of the same image), each block's error level beyond
 * what its texture predicts (textureResidual), so that texture alone does not raise the score. A cell
 * that deviates in either direction counts (a patch can have more error, as a never-compressed paste
 * does, or less, as content saved before at a lower quality does).
 */
export function errorLevelScore(errors: BlockMap, texture?: BlockMap): ErrorLevelScore {
  const map = texture ? textureResidual(errors, texture) : errors;
  const cell = Math.max(1, Math.round(Math.max(map.cols, map.rows) / CELLS_LONG_SIDE));
  const cc = Math.floor(map.cols / cell);
  const cr = Math.floor(map.rows / cell);
  if (cc * cr < 9) return { score: 0, region: null };
  const cells = new Float64Array(cc * cr);
  for (let r = 0; r < cr * cell; r++) {
    for (let c = 0; c < cc * cell; c++) {
      const k = Math.floor(r / cell) * cc + Math.floor(c / cell);
      cells[k] = (cells[k] as number) + (map.values[r * map.cols + c] as number);
    }
  }
  for (let k = 0; k < cells.length; k++) cells[k] = (cells[k] as number) / (cell * cell);
  const { median, sigma } = medianMad(cells);
  // A floor on sigma (gray levels): a photo re-saved at the analysis quality changes almost nowhere, its
  // MAD is near 0, and a cell differing by a hundredth of a level would otherwise score in the thousands.
  // With texture, cells are log residuals around 0: the floor is in log units instead.
  const s = texture ? Math.max(sigma, MIN_LOG_SIGMA) : Math.max(sigma, 0.1 * median, MIN_SIGMA);
  let best = 0;
  let at = -1;
  cells.forEach((v, k) => {
    const z = Math.abs(v - median) / s;
    if (z > best) {
      best = z;
      at = k;
    }
  });
  if (at < 0) return { score: 0, region: null };
  return { score: best, region: [(at % cc) * cell, Math.floor(at / cc) * cell, cell, cell] };
}
