/**
 * How far strands run unbroken: dark strand ridges followed along the hair flow from points on them,
 * step by step, until the ridge gives out. The strand-scale band-pass (1.6-4 px at 640 px) is negative
 * on a strand darker than what is around it; a walk keeps going while the band-pass stays below minus
 * its mean magnitude, sliding one pixel sideways when the strand curves off the smoothed flow, and
 * bridging a single weak step. The mean run is the measure.
 *
 * It reads how long strand lines run unbroken, not the length of the hair itself: at 640 px a strand is
 * 1-3 px wide, and a run ends at a tip, where strands cross or tangle, and where one strand lies over
 * another of the same tone. So a cut that leaves short strands apart on bare skin can read longer than
 * the same head's long, tangled hair: 6 of the 8 rendered heads cut to 0.4-0.6x in bench/hair.ts's
 * tuning sets read 5-24% longer runs. The detector reports a change either way and claims no direction.
 *
 * The before photo's band-pass is read half a pixel off (the mean of each 2 x 2 block): the after photo
 * has been warped onto the before with bilinear interpolation, which softens it and lets runs go on
 * further. Resampling the before's band-pass once too takes most of that away: on the 40 clean rendered
 * pairs of bench/hair.ts --split tune and holdout the after read a median 6% (at most 10%) longer runs
 * than the before; read half a pixel off, 2-4% (at most 7%).
 */
import type { HairFields } from './hairFields.js';

/**
 * Longest walk each way, px at 640 px. Mean runs (both ways together) are 34-88 px on the real photos and
 * rendered heads of bench/hair.ts's tuning sets, so few walks are cut here.
 */
const MAX_STEPS = 60;

export interface StrandLengthOptions {
  /** Read the band-pass half a pixel off (the before photo, not warped). @default false */
  halfPixel?: boolean;
  /**
   * Spacing of the starting points, px of the image. 3: on the tuning sets' 88 clean pairs every 2nd
   * pixel read at most 6.7% apart and every 4th 8.0%, against 7.0% here; every 2nd took about twice the
   * walking time (CPU ms per pair, /tmp harness: 28-35 against 12-18). @default 3
   */
  stride?: number;
}

/**
 * Mean run of dark strand ridges along the flow through points where `region` is set, px at 640 px
 * (steps of `scale` working px); 0 when no strand ridge is there.
 */
export function strandLength(
  f: HairFields,
  region: Uint8Array,
  scale: number,
  options: StrandLengthOptions = {},
): number {
  const { width: W, height: H, theta, tensorWidth: tw } = f;
  const stride = options.stride ?? 3;
  const fine = f.fine;
  // The before's band-pass read half a pixel right and down: the mean of each 2 x 2 block, which is what
  // bilinear resampling at that offset gives (the band-pass is linear, so resampling commutes with it).
  // Read where the walks go rather than for every pixel: they visit a fraction of the image.
  const half = options.halfPixel ?? false;
  // A ridge: darker than its surround by more than the mean band-pass magnitude of the region, so the
  // same strand reads alike after an exposure or contrast change. 1.5 times the mean spread clean real
  // photos further (tune split: at most 5.8% against 3.8%) and caught no more cases.
  let sum = 0;
  let cnt = 0;
  for (let y = 0; y < H; y += 2)
    for (let x = 0; x < W; x += 2) {
      if (!region[y * W + x]) continue;
      sum += Math.abs(bandAt(fine, W, H, half, x, y));
      cnt++;
    }
  if (cnt === 0) return 0;
  const T = -sum / cnt;
  // The flow as unit vectors on the fields' half-size grid, filled in where a walk first reads it.
  const cos = new Float32Array(theta.length).fill(NaN);
  const sin = new Float32Array(theta.length);
  let total = 0;
  let runs = 0;
  for (let y = 0; y < H; y += stride)
    for (let x = 0; x < W; x += stride) {
      const i = y * W + x;
      if (!region[i] || !(bandAt(fine, W, H, half, x, y) < T)) continue;
      const t0 = (y >> 1) * tw + (x >> 1);
      fillFlow(theta, cos, sin, t0);
      let run = 0;
      for (let sign = 1; sign >= -1; sign -= 2) {
        let px = x;
        let py = y;
        let dx = (cos[t0] as number) * sign;
        let dy = (sin[t0] as number) * sign;
        let miss = 0;
        let steps = 0;
        for (let k = 0; k < MAX_STEPS; k++) {
          px += dx * scale;
          py += dy * scale;
          if (px < 0 || py < 0 || px > W - 1 || py > H - 1) break;
          // The smoothed flow runs a little off a single strand: look one pixel to either side.
          const ox = -dy * scale;
          const oy = dx * scale;
          if (ridgeAt(fine, W, H, half, T, px, py)) miss = 0;
          else if (ridgeAt(fine, W, H, half, T, px + ox, py + oy)) {
            px += ox;
            py += oy;
            miss = 0;
          } else if (ridgeAt(fine, W, H, half, T, px - ox, py - oy)) {
            px -= ox;
            py -= oy;
            miss = 0;
          } else if (++miss > 1) break;
          steps++;
          // Follow the flow where the walk now is, keeping the direction of travel.
          const t = (Math.round(py) >> 1) * tw + (Math.round(px) >> 1);
          fillFlow(theta, cos, sin, t);
          const nx = cos[t] as number;
          const ny = sin[t] as number;
          const same = nx * dx + ny * dy >= 0 ? 1 : -1;
          dx = nx * same;
          dy = ny * same;
        }
        // A bridged step at the end of the walk is not ridge.
        run += steps - Math.min(miss, 1);
      }
      total += run;
      runs++;
    }
  return runs > 0 ? total / runs : 0;
}

// The helpers below are module functions rather than closures made per call: V8 inlines a closure's
// code into the caller's optimized code for that closure only, so strandLength's second call (the after
// photo, new closures) threw away the first call's optimized code ("wrong call target") and was compiled
// again. Same arithmetic in the same order, so the same numbers. strandStats.ts reads them too.

/** The band-pass at pixel (x, y), or half a pixel right and down (the mean of the 2 x 2 block). */
export function bandAt(
  fine: Float32Array,
  W: number,
  H: number,
  half: boolean,
  x: number,
  y: number,
): number {
  const i = y * W + x;
  if (!half) return fine[i] as number;
  const r = x + 1 < W ? 1 : 0;
  const d = y + 1 < H ? W : 0;
  return (
    ((fine[i] as number) + (fine[i + r] as number) + (fine[i + d] as number) + (fine[i + r + d] as number)) /
    4
  );
}

/** Whether the pixel nearest (x, y) is inside the image and on a ridge (band-pass below `T`). */
export function ridgeAt(
  fine: Float32Array,
  W: number,
  H: number,
  half: boolean,
  T: number,
  x: number,
  y: number,
): boolean {
  const xs = Math.round(x);
  const ys = Math.round(y);
  return xs >= 0 && ys >= 0 && xs < W && ys < H && bandAt(fine, W, H, half, xs, ys) < T;
}

/** Fills in the flow's unit vector at grid entry `t` the first time it is read. */
function fillFlow(theta: Float32Array, cos: Float32Array, sin: Float32Array, t: number): void {
  if (Number.isNaN(cos[t])) {
    cos[t] = Math.cos(theta[t] as number);
    sin[t] = Math.sin(theta[t] as number);
  }
}
