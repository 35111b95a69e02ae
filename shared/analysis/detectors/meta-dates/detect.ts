import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

/** EXIF local time as milliseconds, treating both as the same zone unless offsets are given. */
function parse(s: string | null): number | null {
  if (!s) return null;
  const hasZone = /([+-]\d\d:\d\d|Z)$/.test(s);
  const t = Date.parse(hasZone ? s : `${s}Z`);
  return Number.isFinite(t) ? t : null;
}

export const metaDates: Detector = {
  meta,
  detect(m, t) {
    const a = parse(m.before.exif.captureTime);
    const b = parse(m.after.exif.captureTime);
    if (a === null || b === null) return null;
    const days = (b - a) / 86_400_000;
    if (days <= 0 && Math.abs(days) < 1 / 1440 && m.before.sha256 === m.after.sha256) return null;
    const severity = grade(days, t);
    if (!severity) return null;
    const message =
      days <= 0
        ? `The after photo was taken ${fmt(-days, 0)} days BEFORE the before photo.`
        : `Only ${fmt(days, 0)} days separate the photos; treatment results are judged at 6-12 months.`;
    return { severity, value: Number(days.toFixed(1)), unit: 'days', message };
  },
};
