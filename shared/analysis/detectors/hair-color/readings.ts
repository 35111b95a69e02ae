import type { HairMeasurements } from '../../hair/types.js';
import { MIN_HAIR_SHARE } from '../hair-length/detect.js';

/**
 * How far the hair's level may get darker with 10-25% more strands, stops. On rendered heads more
 * strands darkened it by at most 0.129 (bench/hairDensity.ts, tune and holdout, 20 pairs): the darker half
 * is strands already, so new ones only add overlap there. The dye cases this reading graded (its part the
 * largest) darkened it by 0.426-1.305 (bench/hair.ts tune and holdout). Kept at v3's 0.25, which fires from 0.29: 2.2 times the
 * largest density move of this sign, and none of the dye was near it. Only what lies beyond counts.
 */
export const HAIR_DARKER_ALLOWANCE = 0.25;

/**
 * How far the hair's level may get lighter with 10-20% fewer strands, stops. Fewer strands lighten it much
 * more than more strands darken it, as pixels of the darker half that were strand become scalp: up to
 * 0.246 on rendered heads (bench/hairDensity.ts, tune and holdout, 20 pairs), against v3's single 0.25
 * allowance for both ways. Twice that maximum, so both ways fire at about the same multiple (2.2) of
 * their largest density move. No dye or concealer case of
 * bench/hair.ts's tune and holdout splits lightened the hair without also moving the scalp (the
 * concealer edits that lightened it, by 0.13-0.71, darkened the scalp by 0.18-0.63, which fires), so
 * nothing bounds this from above: hair lightened by up to 0.54 stops and nothing else goes unflagged.
 */
export const HAIR_LIGHTER_ALLOWANCE = 0.5;

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
  /** Change of the hair's level (the darker half), signed: below 0 darker, graded past {@link HAIR_DARKER_ALLOWANCE}, above 0 lighter, past {@link HAIR_LIGHTER_ALLOWANCE}. */
  readonly hair: number;
  /** Change of the hair/scalp class contrast (hair.color v2's measure), signed; null while the hair level moved. */
  readonly mix: number | null;
  readonly value: number;
  /** Which reading gave `value`. */
  readonly by: 'scalp' | 'hair' | 'mix';
}

/**
 * Null when the overlap shows almost no hair. The levels are compared pixel by pixel
 * (hairLevelChange.ts), so more or fewer strands leave the scalp's put and move the hair's by less than
 * its allowance for that way (darker or lighter); v2's contrast of each photo's class
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
    ['hair', hair < 0 ? -hair - HAIR_DARKER_ALLOWANCE : hair - HAIR_LIGHTER_ALLOWANCE],
    ['mix', mix === null ? 0 : Math.abs(mix) - MIX_ALLOWANCE],
  ] as const;
  let best: (typeof parts)[number] = parts[0];
  for (const p of parts) if (p[1] > best[1]) best = p;
  return { scalp, hair, mix, value: Math.max(0, best[1]), by: best[0] };
}
