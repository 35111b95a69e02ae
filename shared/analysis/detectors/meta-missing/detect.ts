import type { Detector } from '../types.js';
import { meta } from './meta.js';

export const metaMissing: Detector = {
  meta,
  detect(m) {
    const missing = [m.before.hasMetadata ? null : 'before', m.after.hasMetadata ? null : 'after'].filter(
      (x): x is string => x !== null,
    );
    if (missing.length === 0) return null;
    const which = missing.length === 2 ? 'Neither photo carries' : `The ${missing[0]} photo carries no`;
    return {
      severity: 'info',
      value: missing.join(', '),
      unit: '',
      message: `${which} camera metadata: dates, camera and flash cannot be checked.`,
    };
  },
};
