import type { Detector } from '../types.js';
import { meta } from './meta.js';

export const metaFlash: Detector = {
  meta,
  detect(m) {
    const a = m.before.exif.flashFired;
    const b = m.after.exif.flashFired;
    if (a === null || b === null || a === b) return null;
    const which = a ? 'before' : 'after';
    return {
      severity: 'warning',
      value: `before: ${a ? 'fired' : 'not fired'}, after: ${b ? 'fired' : 'not fired'}`,
      unit: '',
      message: `Only the ${which} photo was taken with flash.`,
    };
  },
};
