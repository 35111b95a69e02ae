/** The coverage region in words, the same in report.html and the app. */
import type { Coverage } from '../../contract/report.js';

/**
 * A drawn rectangle reads as one (x, y, w, h in before px); anything else is the overlap, and says that
 * the backdrop is in it: a bright wall reads as scalp (bench/coverage.ts: on rendered heads the overlap's
 * share exceeds the true share over the head by 26 to 47 points, mean 33).
 */
export function coverageRegionText(c: Pick<Coverage, 'region'>): string {
  const p = c.region.points;
  const xs = [...new Set(p.map((q) => Math.round(q[0])))];
  const ys = [...new Set(p.map((q) => Math.round(q[1])))];
  if (p.length === 4 && xs.length === 2 && ys.length === 2) {
    const [x0, x1] = xs.sort((a, b) => a - b) as [number, number];
    const [y0, y1] = ys.sort((a, b) => a - b) as [number, number];
    return `rectangle ${x0}, ${y0}, ${x1 - x0}, ${y1 - y0} (x, y, w, h in before px)`;
  }
  return 'everything both photos show, backdrop included (a bright backdrop reads as scalp; draw a region on the scalp for its share alone)';
}
