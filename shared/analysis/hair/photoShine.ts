/**
 * The shine of one photo's hair, read from that photo alone: what hair.wet can still compare when the
 * pair could not be aligned. Wet and gelled hair is one of the reasons alignment fails (glints move
 * with the light and clumps change the strand texture the features and ECC lock onto), so without
 * this the flag would go quiet on the very pairs it is for.
 *
 * The measures are those of the aligned path (measureHair.ts), each photo over its own hair region
 * instead of over a shared overlap, with its own thresholds instead of shared ones: no exposure match
 * is possible without an alignment, and the highlight bar (brighter than halfway from the photo's own
 * skin level to white, strand-scale detail above 3 times the photo's own mean) moves with the photo's
 * exposure. The bright-tail ratio needs no threshold at all.
 */
import type { Cv } from '../cv.js';
import { withMats } from '../cv.js';
import { informativeMask } from '../register/informativeMask.js';
import type { RgbImage } from '../image.js';
import { toGray } from '../image.js';
import { resizeRgb } from '../measure/resizeRgb.js';
import { hairFields } from './hairFields.js';
import { otsuThreshold } from './otsuThreshold.js';
import { brightTail } from './brightTail.js';
import { innerRegion } from './innerRegion.js';
import { medianOver } from './measureHair.js';

/** Long side read at, px: the aligned path's scale, so strands are 1-3 px wide as there. */
const MAX_SIDE = 640;
/** Coherence above which a pixel shows strands (measureHair's default). */
const MIN_COHERENCE = 0.35;
/** Highlight: strand-scale detail above this many times the photo's mean absolute detail (as measureHair). */
const HIGHLIGHT_DETAIL = 3;

/** One photo's shine over its own hair region. */
export interface PhotoShine {
  /** Share of hair-region pixels that are specular highlights. */
  readonly highlightShare: number;
  /** Bright peaks of strand-scale detail over its dark ones (brightTail.ts). */
  readonly brightTail: number;
  /** Share of the photo with strand texture. */
  readonly hairShare: number;
}

export function photoShine(cv: Cv, img: RgbImage): PhotoShine {
  const k = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
  const small =
    k < 1
      ? resizeRgb(cv, img, Math.max(1, Math.round(img.width * k)), Math.max(1, Math.round(img.height * k)))
      : img;
  const scale = Math.max(small.width, small.height) / MAX_SIDE;
  const g = toGray(small);
  const f = hairFields(cv, g, { scale });
  const n = g.width * g.height;
  const W = g.width;
  const tw = f.tensorWidth;
  // Hair: oriented detail stronger than the photo's median (flat skin and background are faint).
  const eMed = medianOver(f.energy, null, 3);
  // Black padding (a rotated or letter-boxed export) is not photo, and the band-pass rings along its edge
  // as a bright straight strand: both are left out, as the aligned path leaves out the overlap's edge.
  const content = withMats((keep) => {
    const m = keep(cv.matFromArray(g.height, g.width, cv.CV_8UC1, g.data as unknown as number[]));
    return new Uint8Array(informativeMask(cv, m, keep).data);
  });
  const found = new Uint8Array(n);
  let inContent = 0;
  let absSum = 0;
  for (let i = 0; i < n; i++) {
    if (!content[i]) continue;
    inContent++;
    absSum += Math.abs(f.fine[i] as number);
    const y = (i / W) | 0;
    const t = (y >> 1) * tw + ((i - y * W) >> 1);
    if ((f.coherence[t] as number) > MIN_COHERENCE && (f.energy[t] as number) > eMed) found[i] = 1;
  }
  const region = innerRegion(found, content, W, scale);
  let inRegion = 0;
  for (let i = 0; i < n; i++) inRegion += region[i] as number;
  const split = otsuThreshold(g.data, region, 3);
  const detailT = HIGHLIGHT_DETAIL * (absSum / Math.max(1, inContent));
  const brightT = (split.brightMean + 255) / 2;
  let hi = 0;
  for (let i = 0; i < n; i++)
    if (region[i] && (f.fine[i] as number) > detailT && (f.gray[i] as number) > brightT) hi++;
  return {
    highlightShare: inRegion > 0 ? hi / inRegion : 0,
    brightTail: brightTail(f.fine, region),
    hairShare: inContent > 0 ? inRegion / inContent : 0,
  };
}
