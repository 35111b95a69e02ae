/**
 * The bundled before/after sample: one rendered head photographed twice, six months apart, with the
 * confounders a forum reader would spot (camera turned and closer, brighter and warmer, hair grown,
 * softer focus). Everything is known, so the engine can be checked against it. The encoding and the
 * files are the script's business (scripts/make-sample.ts); this stays pure so tests can run it small.
 */
import { createRng } from './createRng.js';
import { gaussianBlur } from './gaussianBlur.js';
import { renderScalp } from './renderScalp.js';
import type { ScalpParams } from './resolveScalpParams.js';
import { warpHomography } from './warpHomography.js';
import type { RgbBuffer } from './warpHomography.js';

export interface SamplePairOptions {
  /** Photo size, pixels. @default 1600 */
  readonly width?: number;
  /** @default 1200 */
  readonly height?: number;
  /** @default 2026 */
  readonly seed?: number;
  /**
   * The scene, positions as fractions of the photo (width, height, seed and strand length are set by
   * this function). @default a dark-haired crown with diffuse thinning, blue shirt, beige floor
   */
  readonly scene?: ScalpParams;
  /** Strand length along the hair in the before photo, pixels. @default 80 */
  readonly hairLengthBeforePx?: number;
  /** Strand length along the hair six months later, in before-photo pixels. @default 96 */
  readonly hairLengthAfterPx?: number;
  /** How the head turns in the after photo, degrees, clockwise on screen. @default 7 */
  readonly rotationDeg?: number;
  /** How much bigger the head looks in the after photo (camera closer). @default 1.08 */
  readonly scale?: number;
  /** Shift of the head in the after photo, after pixels. @default [18, -12] */
  readonly translatePx?: readonly [number, number];
  /** Exposure change of the after photo, stops of linear light. @default 0.5 */
  readonly exposureEv?: number;
  /** White balance change of the after photo, linear gains per channel (warmer). @default [1.06, 1, 0.9] */
  readonly whiteBalance?: readonly [number, number, number];
  /** Gaussian blur of the after photo, sigma in after pixels, applied after the warp. @default 1.1 */
  readonly blurSigmaPx?: number;
  /** Gaussian sensor noise added last to both photos, sigma in 8-bit levels. @default 1.5 */
  readonly sensorNoise?: number;
}

export interface SamplePairTruth {
  readonly width: number;
  readonly height: number;
  readonly pixelConvention: string;
  /** 3x3 row-major: after pixel (x, y, 1) -> before pixel, up to scale (h33 = 1). */
  readonly homographyAfterToBefore: readonly number[];
  /** The inverse: before pixel -> after pixel. */
  readonly homographyBeforeToAfter: readonly number[];
  readonly rotationDeg: number;
  readonly scale: number;
  readonly translatePx: readonly [number, number];
  readonly exposureEv: number;
  readonly whiteBalance: readonly [number, number, number];
  /** Linear-light gain per channel, after over before, where neither clips: 2^EV times the white balance. */
  readonly linearGains: readonly [number, number, number];
  readonly blurSigmaPx: number;
  readonly sensorNoise: number;
  readonly hair: {
    /** Head outline half-width in the before photo, pixels (for a sense of scale). */
    readonly headRadiusXPx: number;
    readonly strandCount: number;
    readonly lengthBeforePx: number;
    readonly lengthAfterPx: number;
    readonly meanProjectedLengthBeforePx: number;
    readonly meanProjectedLengthAfterPx: number;
    /** Share of head pixels where skin shows, in the scene (before-photo frame). */
    readonly scalpVisibleShareBefore: number;
    readonly scalpVisibleShareAfter: number;
    /** The same inside the thinning crown. */
    readonly crownScalpVisibleShareBefore: number;
    readonly crownScalpVisibleShareAfter: number;
  };
}

export interface SamplePair {
  readonly before: RgbBuffer;
  readonly after: RgbBuffer;
  readonly truth: SamplePairTruth;
}

type M3 = [number, number, number, number, number, number, number, number, number];

const mul = (a: M3, b: M3): M3 => {
  const r = new Array<number>(9);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += a[3 * i + k]! * b[3 * k + j]!;
      r[3 * i + j] = s;
    }
  return r as M3;
};
const translate = (tx: number, ty: number): M3 => [1, 0, tx, 0, 1, ty, 0, 0, 1];

const DEFAULT_SCENE: ScalpParams = {
  headCenter: [0.5, 0.5],
  headRadiusX: 0.26,
  headRadiusY: 0.4,
  skinRgb: [222, 176, 156],
  hairRgb: [52, 40, 33],
  backgroundRgb: [190, 180, 165],
  shirtRgb: [70, 80, 100],
  density: 40,
  thinning: [{ center: [0.02, -0.1], radius: 0.5, amount: 0.62 }],
  strandWidthPx: 1.2,
  curl: 0.2,
  orientation: { kind: 'whorl', center: [0.05, -0.15], twistDeg: 35 },
  lightAzimuthDeg: 200,
  lightElevationDeg: 60,
  skinTexture: 0.6,
};

/** Renders the pair and reports its truth. */
export function makeSamplePair(opts: SamplePairOptions = {}): SamplePair {
  const W = opts.width ?? 1600;
  const H = opts.height ?? 1200;
  const seed = opts.seed ?? 2026;
  const scene = opts.scene ?? DEFAULT_SCENE;
  const lenBefore = opts.hairLengthBeforePx ?? 80;
  const lenAfter = opts.hairLengthAfterPx ?? 96;
  const rotationDeg = opts.rotationDeg ?? 7;
  const scale = opts.scale ?? 1.08;
  const translatePx = opts.translatePx ?? [18, -12];
  const exposureEv = opts.exposureEv ?? 0.5;
  const whiteBalance = opts.whiteBalance ?? [1.06, 1, 0.9];
  const blurSigmaPx = opts.blurSigmaPx ?? 1.1;
  const sensorNoise = opts.sensorNoise ?? 1.5;

  // Both photos come from one larger canvas, so the after camera, turned and shifted, still sees
  // rendered scene at its corners. The margin is a multiple of 4 to keep the renderer's 4 px grids
  // aligned with the photo.
  const m = 4 * Math.ceil((0.12 * Math.max(W, H)) / 4);
  const PW = W + 2 * m;
  const PH = H + 2 * m;
  const hc = scene.headCenter ?? [0.5, 0.5];
  const padded: ScalpParams = {
    ...scene,
    width: PW,
    height: PH,
    seed,
    headCenter: [(hc[0] * W + m) / PW, (hc[1] * H + m) / PH],
    headRadiusX: ((scene.headRadiusX ?? 0.36) * W) / PW,
    headRadiusY: ((scene.headRadiusY ?? 0.42) * H) / PH,
    sensorNoise: 0,
  };
  const before = renderScalp({ ...padded, strandLengthPx: lenBefore });
  const later = renderScalp({
    ...padded,
    strandLengthPx: lenAfter,
    exposureEv: (scene.exposureEv ?? 0) + exposureEv,
    whiteBalance: [0, 1, 2].map((c) => (scene.whiteBalance?.[c] ?? 1) * whiteBalance[c]!) as unknown as [
      number,
      number,
      number,
    ],
  });

  // Before pixel X -> after pixel: about the photo centre, scale, turn, then shift.
  const cx = (W - 1) / 2;
  const cy = (H - 1) / 2;
  const t = (rotationDeg * Math.PI) / 180;
  const rot: M3 = [Math.cos(t), -Math.sin(t), 0, Math.sin(t), Math.cos(t), 0, 0, 0, 1];
  const sc: M3 = [scale, 0, 0, 0, scale, 0, 0, 0, 1];
  const beforeToAfter = mul(
    translate(cx + translatePx[0], cy + translatePx[1]),
    mul(rot, mul(sc, translate(-cx, -cy))),
  );
  const rotInv: M3 = [Math.cos(t), Math.sin(t), 0, -Math.sin(t), Math.cos(t), 0, 0, 0, 1];
  const scInv: M3 = [1 / scale, 0, 0, 0, 1 / scale, 0, 0, 0, 1];
  const afterToBefore = mul(
    translate(cx, cy),
    mul(scInv, mul(rotInv, translate(-cx - translatePx[0], -cy - translatePx[1]))),
  );

  const crop = warpHomography(before, translate(m, m), { width: W, height: H });
  const warped = warpHomography(later, mul(translate(m, m), afterToBefore), { width: W, height: H });
  const soft = gaussianBlur(warped, blurSigmaPx);
  addNoise(crop.data, sensorNoise, createRng(seed, 100));
  addNoise(soft.data, sensorNoise, createRng(seed, 101));

  const round = (v: number): number => Number(v.toPrecision(12));
  return {
    before: crop,
    after: soft,
    truth: {
      width: W,
      height: H,
      pixelConvention:
        'pixel (column x, row y) has its centre at (x, y); origin at the top-left pixel centre',
      homographyAfterToBefore: afterToBefore.map(round),
      homographyBeforeToAfter: beforeToAfter.map(round),
      rotationDeg,
      scale,
      translatePx,
      exposureEv,
      whiteBalance,
      linearGains: whiteBalance.map((g) => round(g * 2 ** exposureEv)) as unknown as [number, number, number],
      blurSigmaPx,
      sensorNoise,
      hair: {
        headRadiusXPx: round(before.truth.head.rx),
        strandCount: before.truth.strandCount,
        lengthBeforePx: lenBefore,
        lengthAfterPx: lenAfter,
        meanProjectedLengthBeforePx: round(before.truth.meanProjectedLengthPx),
        meanProjectedLengthAfterPx: round(later.truth.meanProjectedLengthPx),
        scalpVisibleShareBefore: round(before.truth.scalpVisibleShare),
        scalpVisibleShareAfter: round(later.truth.scalpVisibleShare),
        crownScalpVisibleShareBefore: round(before.truth.thinningScalpVisibleShare[0] ?? NaN),
        crownScalpVisibleShareAfter: round(later.truth.thinningScalpVisibleShare[0] ?? NaN),
      },
    },
  };
}

/** Adds rounded Gaussian-ish noise (sum of three uniforms) in place. */
function addNoise(data: Uint8Array, sigma: number, rng: () => number): void {
  if (sigma <= 0) return;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]! + (rng() + rng() + rng() - 1.5) * 2 * sigma;
    data[i] = v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
  }
}
