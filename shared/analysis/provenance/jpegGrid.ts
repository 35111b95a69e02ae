/**
 * Where an 8x8 JPEG block grid lies in a luma plane, from blockiness: a JPEG's blocks are quantized
 * independently, so the step across a block boundary is larger on average than the step inside a block.
 */
import type { Plane } from './lumaPlane.js';

/** The grid's phase (x and y of a block's top-left corner, 0..7) and how clearly it stands out. */
export interface JpegGrid {
  readonly offset: [number, number];
  /**
   * Per axis, the contrast (mean step at the phase's boundaries - median of the other phases) over that
   * median. About 0 for pixels that were never a JPEG at any grid.
   */
  readonly strength: [number, number];
}

/**
 * Finds the strongest 8x8 grid phase in each direction. With `exclude` (the phase of the grid the file
 * itself was last saved on), that phase is left out on each axis: what remains is an earlier grid the
 * file's encoding does not explain, as when a JPEG was pasted off the grid and saved again.
 */
export function jpegGrid(plane: Plane, exclude: readonly [number, number] | null = null): JpegGrid {
  const { width: w, height: h, data: p } = plane;
  const cols = new Float64Array(8);
  const rows = new Float64Array(8);
  for (let y = 1; y < h; y++) {
    const at = y * w;
    let rowSum = 0;
    for (let x = 1; x < w; x++) {
      const v = p[at + x] as number;
      cols[x & 7] = (cols[x & 7] as number) + Math.abs(v - (p[at + x - 1] as number));
      rowSum += Math.abs(v - (p[at + x - w] as number));
    }
    rows[y & 7] = (rows[y & 7] as number) + rowSum;
  }
  const [px, sx] = peak(cols, exclude?.[0] ?? -1);
  const [py, sy] = peak(rows, exclude?.[1] ?? -1);
  return { offset: [px, py], strength: [sx, sy] };
}

// Phase sums are over nearly equal counts of boundaries (width/8 +-1 per row), so they compare directly.
function peak(sums: Float64Array, skip: number): [number, number] {
  let best = -1;
  for (let i = 0; i < 8; i++) {
    if (i !== skip && (best < 0 || (sums[i] as number) > (sums[best] as number))) best = i;
  }
  const others = [...sums].filter((_, i) => i !== best && i !== skip).sort((a, b) => a - b);
  const median = ((others[(others.length - 1) >> 1] as number) + (others[others.length >> 1] as number)) / 2;
  return [best, median > 0 ? ((sums[best] as number) - median) / median : 0];
}
