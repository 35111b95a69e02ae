/**
 * The hair measurements of an aligned, exposure-matched pair, made once by the pipeline: strand
 * length, highlights and clumping, hair/scalp contrast and colour, the orientation field's change, the
 * shading change and the share of visible scalp. Both photos are read over the same overlap with the
 * same thresholds, so what differs is the photos, not the measuring.
 */
import type { Cv } from '../cv.js';
import type { RgbImage } from '../image.js';
import { toGray } from '../image.js';
import { resizeRgb } from '../measure/resizeRgb.js';
import { SRGB_TO_LINEAR, linearToSrgb8 } from '../exposure/srgb.js';
import type { HairFields } from './hairFields.js';
import { hairFields } from './hairFields.js';
import { innerRegion } from './innerRegion.js';
import { otsuThreshold } from './otsuThreshold.js';
import { orientationChange } from './orientationChange.js';
import { flowTurn } from './flowTurn.js';
import { scalpCoverage } from './scalpCoverage.js';
import { shadingChange } from './shadingChange.js';
import { hairScalpContrast } from './hairScalpContrast.js';
import { hairLevelChange } from './hairLevelChange.js';
import { strandLength } from './strandLength.js';
import { strandStats } from './strandStats.js';
import { brightTail } from './brightTail.js';
import type { HairMeasurements, HairPhotoMeasures } from './types.js';

/** Long side the hair is measured at, px. */
const MAX_SIDE = 640;

export interface MeasureHairOptions {
  /** Region for the coverage measure, [x, y, width, height] in working px of the before. @default the overlap */
  coverageRect?: readonly [number, number, number, number] | null;
  /** Coherence above which a pixel shows strands. @default 0.35 */
  minCoherence?: number;
  /** Highlight: strand-scale detail above this many times the pooled mean absolute detail. @default 3 */
  highlightDetail?: number;
}

/**
 * `before` and `after` are one size, the after aligned onto the before; `mask` marks the overlap;
 * `gains` are the linear-light exposure and white-balance gains that match the after to the before.
 * Only the gains are applied, not the tone matching that follows them in the pipeline: matching the
 * histograms would make the after's tones those of the before, and erase darker hair, brighter
 * highlights and more visible scalp, which are what these measurements look for.
 */
export function measureHair(
  cv: Cv,
  before: RgbImage,
  afterWarped: RgbImage,
  mask: Uint8Array,
  gains: readonly [number, number, number],
  options: MeasureHairOptions = {},
): HairMeasurements {
  const after = applyGains(afterWarped, gains);
  return measureMatched(cv, before, after, mask, options);
}

function applyGains(img: RgbImage, gains: readonly [number, number, number]): RgbImage {
  const lut = new Uint8Array(768);
  for (let c = 0; c < 3; c++)
    for (let v = 0; v < 256; v++)
      lut[c * 256 + v] = linearToSrgb8((SRGB_TO_LINEAR[v] as number) * (gains[c] as number));
  const d = img.data;
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i += 3) {
    out[i] = lut[d[i] as number] as number;
    out[i + 1] = lut[256 + (d[i + 1] as number)] as number;
    out[i + 2] = lut[512 + (d[i + 2] as number)] as number;
  }
  return { width: img.width, height: img.height, data: out };
}

function measureMatched(
  cv: Cv,
  before: RgbImage,
  after: RgbImage,
  mask: Uint8Array,
  options: MeasureHairOptions,
): HairMeasurements {
  // At most 640 px on the long side: the cost stays flat for big working images, and strands of a
  // 12 MP scalp photo are still 1-3 px wide there.
  const k = Math.min(1, MAX_SIDE / Math.max(before.width, before.height));
  if (k < 1) {
    const w = Math.max(1, Math.round(before.width * k));
    const h = Math.max(1, Math.round(before.height * k));
    const small = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
      const ys = Math.min(before.height - 1, Math.floor((y + 0.5) / k));
      for (let x = 0; x < w; x++)
        small[y * w + x] = mask[
          ys * before.width + Math.min(before.width - 1, Math.floor((x + 0.5) / k))
        ] as number;
    }
    const r = options.coverageRect;
    const m = measureMatched(cv, resizeRgb(cv, before, w, h), resizeRgb(cv, after, w, h), small, {
      ...options,
      coverageRect: r ? [r[0] * k, r[1] * k, r[2] * k, r[3] * k] : null,
    });
    const cr = m.coverage.rect;
    return {
      ...m,
      coverage: { ...m.coverage, rect: cr ? [cr[0] / k, cr[1] / k, cr[2] / k, cr[3] / k] : null },
    };
  }
  const scale = Math.max(before.width, before.height) / 640;
  const gb = toGray(before);
  const ga = toGray(after);
  const fb = hairFields(cv, gb, { scale });
  const fa = hairFields(cv, ga, { scale });
  const n = gb.width * gb.height;
  const minCoh = options.minCoherence ?? 0.35;

  // Hair region: oriented detail in either photo, stronger than the median of the overlap (flat skin and
  // smooth background have coherent but faint gradients).
  const eMed = medianOver(fb.energy, null, 3);
  const region = new Uint8Array(n);
  let inMask = 0;
  let inRegion = 0;
  let absSum = 0;
  const W = gb.width;
  const tw = fb.tensorWidth;
  for (let i = 0; i < n; i++) {
    if (!mask[i]) continue;
    inMask++;
    absSum += Math.abs(fb.fine[i] as number) + Math.abs(fa.fine[i] as number);
    const y = (i / W) | 0;
    const t = (y >> 1) * tw + ((i - y * W) >> 1);
    const hb = (fb.coherence[t] as number) > minCoh && (fb.energy[t] as number) > eMed;
    const ha = (fa.coherence[t] as number) > minCoh && (fa.energy[t] as number) > eMed;
    if (hb || ha) {
      region[i] = 1;
      inRegion++;
    }
  }
  // The hair/skin split is read where the strands are, so that a wall or a shirt around the head does
  // not become one of the classes; one split for both photos, so dye or concealer moves the classes.
  const split = otsuThreshold(gb.data, inRegion > 1000 ? region : mask, 3);
  const detailT = (options.highlightDetail ?? 3) * (absSum / Math.max(1, 2 * inMask));
  // Specular highlights are brighter than bare skin: above the middle of the skin class and white.
  const brightT = (split.brightMean + 255) / 2;
  // Strand length and highlights are read away from the overlap's edge, where the after's black
  // surround rings into the band-pass (innerRegion.ts).
  const inner = innerRegion(region, mask, W, scale);
  const classes = inRegion > 1000 ? region : mask;
  const photo = (f: HairFields, img: RgbImage): HairPhotoMeasures => ({
    ...photoMeasures(f, img, classes, inner, split.t, detailT, brightT),
    // The before is read half a pixel off, as resampled once like the warped after (strandLength.ts).
    strandLengthPx: strandLength(f, inner, scale, { halfPixel: f === fb }),
    strandStats: strandStats(f, inner, scale, { halfPixel: f === fb }),
    brightTail: brightTail(f.fine, inner),
    scalpContrast: hairScalpContrast(f.smooth, classes, split.t),
  });
  const mb = photo(fb, before);
  const ma = photo(fa, after);
  const shading = shadingChange(fb, fa, mask);
  return {
    before: mb,
    after: ma,
    hairShare: inMask > 0 ? inRegion / inMask : 0,
    levelChange: hairLevelChange(fb.smooth, fa.smooth, classes),
    orientationChangeDeg: orientationChange(fb, fa, region, minCoh),
    flowTurnedShare: flowTurn(fb, fa, region, { scale }),
    shadingChangeStops: shading.stops,
    shadingTowardsDeg: shading.towardsDeg,
    coverage: scalpCoverage(gb.data, ga.data, gb.width, mask, split, options.coverageRect ?? null),
  };
}

function photoMeasures(
  f: HairFields,
  img: RgbImage,
  /** Where the classes are read: the hair region (or the overlap when it shows almost no hair). */
  mask: Uint8Array,
  region: Uint8Array,
  splitT: number,
  detailT: number,
  brightT: number,
): Omit<HairPhotoMeasures, 'scalpContrast' | 'strandLengthPx' | 'strandStats' | 'brightTail'> {
  const n = f.width * f.height;
  let hi = 0;
  let cnt = 0;
  // Histogram of the bright class (its median is that of its codes) and sums for the mean and colour.
  const brightHist = new Float64Array(256);
  let nBright = 0;
  let linSum = 0;
  let linN = 0;
  const chroma = [0, 0, 0, 0, 0, 0];
  const d = img.data;
  for (let i = 0; i < n; i++) {
    if (!mask[i]) continue;
    const g = f.gray[i] as number;
    linSum += SRGB_TO_LINEAR[g] as number;
    linN++;
    const k = g > splitT ? 3 : 0;
    if (k) {
      brightHist[g]! += 1;
      nBright++;
    }
    chroma[k]! += SRGB_TO_LINEAR[d[3 * i] as number] as number;
    chroma[k + 1]! += SRGB_TO_LINEAR[d[3 * i + 1] as number] as number;
    chroma[k + 2]! += SRGB_TO_LINEAR[d[3 * i + 2] as number] as number;
    if (!region[i]) continue;
    cnt++;
    if ((f.fine[i] as number) > detailT && g > brightT) hi++;
  }
  const lr = (r: number, g: number, b: number): [number, number] => [
    Math.log2((r + 1e-4) / (g + 1e-4)),
    Math.log2((b + 1e-4) / (g + 1e-4)),
  ];
  return {
    highlightShare: cnt > 0 ? hi / cnt : 0,
    // Skin level over the mean of the hair region rather than over the hair class: blur and resampling
    // (the after photo is warped) mix thin strands into the skin and move a dark-class statistic, while
    // the mean is unchanged by them and the skin level moves little.
    contrastStops: Math.log2(
      (histMedianLinear(brightHist, nBright) + 1e-4) / (linSum / Math.max(1, linN) + 1e-4),
    ),
    hairChroma: lr(chroma[0]!, chroma[1]!, chroma[2]!),
    scalpChroma: lr(chroma[3]!, chroma[4]!, chroma[5]!),
  };
}

function histMedianLinear(hist: Float64Array, n: number): number {
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[v] as number;
    if (acc >= n / 2) return SRGB_TO_LINEAR[v] as number;
  }
  return 0;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort();
  return s[s.length >> 1] as number;
}

/** Median of every `stride`-th entry of `v` (those under `mask` when given): the hair region's energy bar. */
export function medianOver(v: Float32Array, mask: Uint8Array | null, stride: number): number {
  const xs: number[] = [];
  for (let i = 0; i < v.length; i += stride) if (!mask || mask[i]) xs.push(v[i] as number);
  return median(xs);
}
