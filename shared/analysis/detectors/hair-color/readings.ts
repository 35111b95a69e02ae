import type { HairMeasurements } from '../../hair/types.js';
import { MIN_HAIR_SHARE } from '../hair-length/detect.js';

/**
 * How far the hair's level may move with 10-25% more or fewer strands, stops: rendered heads moved it
 * by up to 0.246 (bench/hairDensity.ts, tune and holdout, 40 pairs; denser hair is darker where strands
 * overlap), dye by 0.29-1.27 (bench/hair.ts tune and holdout). Only what lies beyond counts.
 */
export const HAIR_ALLOWANCE = 0.25;

/**
 * The hair's level held when it moved by at most this, stops: then v2's class contrast is read too.
 * Density renders on which that contrast passed its old threshold moved the hair level by 0.035 or more;
 * the real-photo dye and concealer edits, which touch only a few per cent of the hair region (mostly
 * along the head's outline), by at most 0.027 (tune and holdout). A very thin margin, and fitted: see
 * meta.ts.
 */
export const HAIR_HELD = 0.03;

/**
 * The class contrast's quiet range, stops: clean re-shoots read up to 0.04 (hair.color v2's origin), so
 * its reading counts from there.
 */
export const MIX_ALLOWANCE = 0.02;

/** hair.color's readings of a pair, stops; `value` is the largest, the one graded. */
export interface HairColorReadings {
  /** Change of the scalp's level (the brighter half of the hair region), signed. */
  readonly scalp: number;
  /** Change of the hair's level (the darker half), signed. */
  readonly hair: number;
  /** Change of the hair/scalp class contrast (hair.color v2's measure), signed; null while the hair level moved. */
  readonly mix: number | null;
  readonly value: number;
  /** Which reading gave `value`. */
  readonly by: 'scalp' | 'hair' | 'mix';
}

/**
 * Null when the overlap shows almost no hair. The levels are compared pixel by pixel
 * (hairLevelChange.ts), so more or fewer strands leave them put; v2's contrast of each photo's class
 * medians moves with the share of mixed pixels, so it is read only while the hair level held, to
 * still see edits of a few per cent of the pixels that move no median of a half.
 */
export function hairColorReadings(h: HairMeasurements): HairColorReadings | null {
  if (h.hairShare < MIN_HAIR_SHARE) return null;
  const { scalp, hair } = h.levelChange;
  const b = h.before.scalpContrast;
  const a = h.after.scalpContrast;
  const dc = a.classes - b.classes;
  const dg = a.geometric - b.geometric;
  const mix = Math.abs(hair) <= HAIR_HELD ? (Math.abs(dc) >= Math.abs(dg) ? dc : dg) : null;
  const parts = [
    ['scalp', Math.abs(scalp)],
    ['hair', Math.abs(hair) - HAIR_ALLOWANCE],
    ['mix', mix === null ? 0 : Math.abs(mix) - MIX_ALLOWANCE],
  ] as const;
  let best: (typeof parts)[number] = parts[0];
  for (const p of parts) if (p[1] > best[1]) best = p;
  return { scalp, hair, mix, value: Math.max(0, best[1]), by: best[0] };
}
