import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import {
  HAIR_DARKER_ALLOWANCE,
  HAIR_LIGHTER_ALLOWANCE,
  MIX_ALLOWANCE,
  hairColorReadings,
} from './readings.js';
import type { HairColorReadings } from './readings.js';
import { meta } from './meta.js';

export const hairColor: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair) return null;
    const r = hairColorReadings(m.hair);
    if (!r) return null;
    const severity = grade(r.value, t);
    if (!severity) return null;
    return { severity, value: Number(r.value.toFixed(2)), unit: 'stops', message: message(r) };
  },
};

/**
 * The reading that fired, in words. The cause is a guess, said as one: on bench/hair.ts's cases other
 * light, wet hair and a haircut move these readings too.
 */
function message(r: HairColorReadings): string {
  const way = (d: number) => (d < 0 ? 'darker' : 'lighter');
  if (r.by === 'scalp')
    return `The scalp between the strands is ${fmt(Math.abs(r.scalp), 2)} stops ${way(r.scalp)} in the after photo, pixel for pixel, while more or fewer strands leave it as it was: concealer, fibres or a spray may colour the scalp (other light or wet hair change it too).`;
  if (r.by === 'hair')
    return `The hair itself is ${fmt(Math.abs(r.hair), 2)} stops ${way(r.hair)} in the after photo, pixel for pixel, more than the ${fmt(r.hair < 0 ? HAIR_DARKER_ALLOWANCE : HAIR_LIGHTER_ALLOWANCE, 2)} stops ${r.hair < 0 ? 'more' : 'fewer'} strands can explain: the hair may be dyed (other light or wet hair change it too).`;
  return `The contrast between hair and scalp changed by ${fmt(Math.abs(r.mix ?? 0), 2)} stops (${fmt(MIX_ALLOWANCE, 2)} is within a re-shoot) where the hair kept its level: the hair may be dyed, or concealer, fibres or a spray may colour part of the scalp (a haircut or other light change this contrast too).`;
}
