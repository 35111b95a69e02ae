import type { Detector } from '../types.js';
import { meta } from './meta.js';

/** Editors seen in the Software tag of edited photos; firmware strings ("Android", "iOS 17.1", "HDR+") are not among them. */
const EDITORS =
  /photoshop|lightroom|gimp|snapseed|facetune|meitu|picsart|canva|affinity|pixelmator|luminar|vsco|airbrush|capture one|darktable|rawtherapee|paint\.net|photopea|fotor|polarr|befunky|acdsee|corel|picasa|photos? editor|remini|lensa|retouch/i;

export const metaEdited: Detector = {
  meta,
  detect(m) {
    const hits = (
      [
        ['before', m.before.exif.software],
        ['after', m.after.exif.software],
      ] as const
    ).filter(([, s]) => s && EDITORS.test(s));
    if (hits.length === 0) return null;
    const text = hits.map(([w, s]) => `${w}: ${s}`).join('; ');
    return {
      severity: 'warning',
      value: text,
      unit: '',
      message: `Editing software is named in the metadata (${text}).`,
    };
  },
};
