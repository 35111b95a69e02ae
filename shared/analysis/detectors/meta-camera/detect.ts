import type { Exif } from '../../../contract/report.js';
import type { Detector } from '../types.js';
import { meta } from './meta.js';

function device(e: Exif): string {
  return [e.make, e.model].filter(Boolean).join(' ') || 'unknown camera';
}

function focal(e: Exif): number | null {
  return e.focalLength35mm ?? e.focalLengthMm;
}

export const metaCamera: Detector = {
  meta,
  detect(m, t) {
    const a = m.before.exif;
    const b = m.after.exif;
    const diffs: string[] = [];
    const norm = (s: string | null) => (s ?? '').trim().toLowerCase();
    if (
      (a.make || a.model) &&
      (b.make || b.model) &&
      (norm(a.make) !== norm(b.make) || norm(a.model) !== norm(b.model))
    ) {
      diffs.push(`camera ${device(a)} vs ${device(b)}`);
    }
    if (a.lens && b.lens && norm(a.lens) !== norm(b.lens)) diffs.push(`lens ${a.lens} vs ${b.lens}`);
    const fa = focal(a);
    const fb = focal(b);
    let change = 0;
    if (fa && fb && (a.focalLength35mm !== null) === (b.focalLength35mm !== null)) {
      change = (Math.max(fa, fb) / Math.min(fa, fb) - 1) * 100;
      if (change >= (t.warning ?? 15))
        diffs.push(`focal length ${fa} mm vs ${fb} mm${a.focalLength35mm ? ' (35 mm equivalent)' : ''}`);
    }
    if (diffs.length === 0) return null;
    return {
      severity: 'warning',
      value: diffs.join('; '),
      unit: '',
      message: `The photos were taken with different equipment: ${diffs.join('; ')}.`,
    };
  },
};
