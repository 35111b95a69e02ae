/** The largest 4-connected region of set cells in a binary mask, by a flood fill with an explicit stack. */

/** Its cell count and bounding box [x, y, w, h] in cells ([0, 0, 0, 0] when the mask is empty). */
export function largestComponent(
  mask: Uint8Array,
  w: number,
  h: number,
): { area: number; box: [number, number, number, number] } {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  let best = 0;
  let box: [number, number, number, number] = [0, 0, 0, 0];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let area = 0;
    let [x0, y0, x1, y1] = [w, h, -1, -1];
    while (top > 0) {
      const p = stack[--top] as number;
      area++;
      const x = p % w;
      const y = (p - x) / w;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      // The four neighbours, each pushed once (a closure here would be allocated per pixel).
      for (let d = 0; d < 4; d++) {
        const q =
          d === 0 ? (x > 0 ? p - 1 : -1) : d === 1 ? (x < w - 1 ? p + 1 : -1) : d === 2 ? p - w : p + w;
        if (q >= 0 && q < mask.length && mask[q] && !seen[q]) {
          seen[q] = 1;
          stack[top++] = q;
        }
      }
    }
    if (area > best) {
      best = area;
      box = [x0, y0, x1 - x0 + 1, y1 - y0 + 1];
    }
  }
  return { area: best, box };
}
