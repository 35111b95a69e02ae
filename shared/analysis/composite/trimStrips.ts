/** Takes borders, caption strips and logo bands off the edges of a panel's box. */
import type { RgbImage } from '../image.js';
import { lineStats } from './lineStats.js';
import type { Box, SplitTuning } from './types.js';

type Colour = readonly [number, number, number];

/**
 * Shrinks `box` from each side while the edge lines are a plain band (any colour: borders, frames), then
 * while they are a strip on the background colour `bg` (mostly background, with text or a logo on it)
 * followed by the picture. A strip must end where a run of picture lines starts, and may not take more
 * than 35 % of the box: a photo whose edge happens to be plain keeps its body.
 */
export function trimStrips(img: RgbImage, box: Box, bg: Colour | null, t: SplitTuning): Box {
  let b = { ...box };
  for (const axis of ['row', 'col'] as const) {
    const s = lineStats(img, axis, b, t.colourTol);
    const n = s.plain.length;
    const isBand = (i: number) => (s.plain[i] as number) >= t.bandShare;
    const isStrip = (i: number) =>
      isBand(i) ||
      (bg !== null &&
        (s.plain[i] as number) >= t.stripShare &&
        Math.abs((s.median[i * 3] as number) - bg[0]) <= t.bgTol &&
        Math.abs((s.median[i * 3 + 1] as number) - bg[1]) <= t.bgTol &&
        Math.abs((s.median[i * 3 + 2] as number) - bg[2]) <= t.bgTol);
    // Picture lines in a row needed to say the strip is over: text lines are few, a photo's are many.
    const run = Math.max(3, Math.round(n * 0.03));
    const depth = Math.floor(n * 0.35);
    const edge = (from: number, dir: 1 | -1): number => {
      let i = 0;
      while (i < n && isBand(from + dir * i)) i++;
      // The strip ends where the first run of picture lines starts; none within reach: bands only.
      for (let k = i; k <= depth; k++) {
        let pictures = 0;
        while (pictures < run && k + pictures < n && !isStrip(from + dir * (k + pictures))) pictures++;
        if (pictures >= run) return k;
      }
      return i;
    };
    const head = edge(0, 1);
    const tail = edge(n - 1, -1);
    if (head + tail >= n - 2) continue;
    b =
      axis === 'row'
        ? { x: b.x, y: b.y + head, w: b.w, h: b.h - head - tail }
        : { x: b.x + head, y: b.y, w: b.w - head - tail, h: b.h };
  }
  return b;
}
