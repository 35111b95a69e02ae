/** Takes borders, caption strips and logo bands off the edges of a panel's box. */
import type { RgbImage } from '../image.js';
import { lineShareNear } from './lineShareNear.js';
import type { Box, SplitTuning } from './types.js';

type Colour = readonly [number, number, number];

/**
 * Shrinks `box` from each side while the edge lines are a strip on the background colour `bg` (mostly
 * background, with text or a logo on it) followed by the picture. A strip must end where a run of picture lines starts, and may not take more
 * than 35 % of the box: a photo whose edge happens to be plain keeps its body.
 */
export function trimStrips(img: RgbImage, box: Box, bg: Colour | null, t: SplitTuning): Box {
  let b = { ...box };
  for (const axis of ['row', 'col'] as const) {
    if (!bg) return b;
    const share = lineShareNear(img, axis, b, bg, t.colourTol);
    const n = share.length;
    const isStrip = (i: number) => (share[i] as number) >= t.stripShare;
    // Picture lines in a row needed to say the strip is over: text lines are few, a photo's are many.
    const run = Math.max(3, Math.round(n * 0.03));
    const depth = Math.floor(n * 0.35);
    const edge = (from: number, dir: 1 | -1): number => {
      // The strip ends where the first run of picture lines starts; none within reach: bands only.
      for (let k = 0; k <= depth; k++) {
        let pictures = 0;
        while (pictures < run && k + pictures < n && !isStrip(from + dir * (k + pictures))) pictures++;
        if (pictures >= run) return k;
      }
      return 0;
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
