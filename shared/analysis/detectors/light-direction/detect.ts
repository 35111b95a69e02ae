import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

const SIDES = ['top', 'top right', 'right', 'bottom right', 'bottom', 'bottom left', 'left', 'top left'];

export const lightDirection: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair) return null;
    const v = m.hair.shadingChangeStops;
    const severity = grade(v, t);
    if (!severity) return null;
    const towards = m.hair.shadingTowardsDeg;
    const side = towards === null ? null : SIDES[Math.round(towards / 45) % 8];
    return {
      severity,
      value: Number(v.toFixed(2)),
      unit: 'stops',
      message: side
        ? `The shading across the scalp changed by ${fmt(v, 2)} stops after exposure matching: the after photo is lit more from the ${side}.`
        : `The shading across the scalp changed by ${fmt(v, 2)} stops after exposure matching, brighter in the middle or at the edges: the light moved between overhead and the front.`,
    };
  },
};
