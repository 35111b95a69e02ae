/**
 * Calibration cases for the hair flags, with known truth. Renderer cases: one procedural head rendered
 * twice with one parameter changed (or none, for a clean pair). Photo cases: one real photo and a copy
 * with one controlled edit of its hair region (or none). Both then get the same simulated re-shoot
 * (small camera move, content shifted 1-3 px as hair moves, fresh sensor noise) as bench/calibrate.ts.
 */
import type { ScalpParams } from '../../test/tools/resolveScalpParams.js';
import type { HairEdit } from './hairEdits.js';

/** The flag a case should raise; 'clean' should raise none. */
export type HairCaseKind =
  'clean' | 'hair.length' | 'hair.wet' | 'hair.color' | 'hair.styling' | 'light.direction';

export const HAIR_KINDS: readonly HairCaseKind[] = [
  'hair.length',
  'hair.wet',
  'hair.color',
  'hair.styling',
  'light.direction',
];

type U = (lo: number, hi: number) => number;

const HAIR_RGB: readonly (readonly [number, number, number])[] = [
  [58, 44, 36],
  [35, 28, 24],
  [96, 70, 50],
  [120, 112, 106],
];
const SKIN_RGB: readonly (readonly [number, number, number])[] = [
  [222, 176, 156],
  [205, 160, 130],
  [170, 120, 95],
];

/** A random head: what stays the same between before and after. */
export function renderBase(seed: number, size: number, u: U): ScalpParams {
  const pick = <T>(xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(u(0, xs.length)))] as T;
  return {
    width: size,
    height: size,
    seed,
    density: u(22, 45),
    strandLengthPx: u(35, 80),
    strandWidthPx: u(1, 1.5),
    curl: u(0, 0.4),
    hairRgb: pick(HAIR_RGB),
    skinRgb: pick(SKIN_RGB),
    thinning: [{ center: [u(-0.2, 0.2), u(-0.3, 0)], radius: u(0.3, 0.55), amount: u(0.3, 0.8) }],
    orientation: { kind: 'whorl', center: [u(-0.15, 0.15), u(-0.25, 0)], twistDeg: u(20, 70) },
    lightAzimuthDeg: u(150, 230),
    lightElevationDeg: u(30, 50),
  };
}

/** The after scene for a case: the base with one change. */
export function renderChange(kind: HairCaseKind, base: ScalpParams, u: U): ScalpParams {
  const len = base.strandLengthPx ?? 60;
  switch (kind) {
    case 'hair.length':
      // A haircut to about half, or grown out to about 1.8 times.
      return { ...base, strandLengthPx: u(0, 1) < 0.5 ? len * u(0.4, 0.6) : len * u(1.6, 2) };
    case 'hair.wet':
      return { ...base, wetness: u(0.6, 1) };
    case 'hair.color': {
      const hair = base.hairRgb ?? [58, 44, 36];
      const skin = base.skinRgb ?? [222, 176, 156];
      if (u(0, 1) < 0.5) {
        // Dyed: darker (or for dark hair, a black dye).
        const k = u(0.4, 0.6);
        return { ...base, hairRgb: [hair[0] * k, hair[1] * k, hair[2] * k] };
      }
      // Concealer: the skin tinted towards the hair colour.
      const m = u(0.35, 0.55);
      return {
        ...base,
        skinRgb: [0, 1, 2].map((c) => (1 - m) * (skin[c] as number) + m * (hair[c] as number)) as unknown as [
          number,
          number,
          number,
        ],
      };
    }
    case 'hair.styling': {
      // A new parting, or the hair brushed round the whorl the other way: the head and most of the
      // outline stay, so the pair still aligns.
      const o = base.orientation;
      const twist = o && o.kind === 'whorl' ? o.twistDeg : 45;
      const center = o && o.kind === 'whorl' ? o.center : ([0, 0] as const);
      return u(0, 1) < 0.5
        ? {
            ...base,
            parting: { through: [u(-0.3, 0.3), u(-0.2, 0.2)], angleDeg: u(-120, -60), gapPx: u(3, 6) },
          }
        : {
            ...base,
            orientation: { kind: 'whorl', center, twistDeg: twist + (u(0, 1) < 0.5 ? -1 : 1) * u(50, 80) },
          };
    }
    case 'light.direction':
      // Overhead (along the camera axis) against the base's light from the front at 30-50 degrees.
      return { ...base, lightElevationDeg: u(84, 90) };
    default:
      return base;
  }
}

/** The edit of a real photo for a case; null for a clean pair. */
export function photoEdit(kind: HairCaseKind, u: U): HairEdit | null {
  switch (kind) {
    case 'hair.length':
      // One draw either way, so the cases after this one keep their random numbers.
      return u(0, 1) < 0.5 ? { kind: 'shorten', gapPx: 2 * u(5, 8) } : { kind: 'lengthen', reachPx: u(5, 8) };
    case 'hair.wet':
      return { kind: 'glints', strength: u(0.8, 1) };
    case 'hair.color':
      return u(0, 1) < 0.5 ? { kind: 'dye', gain: u(0.3, 0.5) } : { kind: 'concealer', gain: u(0.4, 0.6) };
    case 'light.direction':
      return { kind: 'relight', stops: u(0.5, 0.9), angleDeg: u(0, 360), overhead: u(0, 1) < 0.5 };
    default:
      return null;
  }
}
