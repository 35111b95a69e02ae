/**
 * The comparability score and label, from the flags. The score starts at 100 and each flag takes off a
 * penalty by severity; any critical flag makes the pair not comparable whatever the score.
 */
import type { Severity } from '../contract/flags.js';
import type { Flag, Verdict } from '../contract/report.js';

/**
 * Penalties per severity. One warning leaves a pair usable with care (85); three warnings or one
 * critical flag make it not comparable.
 */
export const PENALTY: Record<Severity, number> = { info: 2, warning: 15, critical: 50 };

/** Scores at or above this are comparable, when no warning or critical flag fired. */
export const COMPARABLE_MIN = 90;
/** Scores below this are not comparable. */
export const CAUTION_MIN = 55;

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function verdict(flags: readonly Flag[]): Verdict {
  const score = Math.max(0, Math.min(100, 100 - flags.reduce((s, f) => s + PENALTY[f.severity], 0)));
  const drivers = [...flags]
    .filter((f) => f.severity !== 'info')
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const critical = drivers.some((f) => f.severity === 'critical');
  const label =
    critical || score < CAUTION_MIN
      ? 'not comparable'
      : drivers.length > 0 || score < COMPARABLE_MIN
        ? 'caution'
        : 'comparable';
  const names = drivers.map((f) => f.label.toLowerCase());
  const summary =
    label === 'comparable'
      ? 'No confounder beyond its threshold: the photos can be compared as aligned and normalized.'
      : `${label === 'caution' ? 'Compare with care' : 'Not a fair comparison'}: ${names.join(', ')}.`;
  return { score, label, summary, drivers: drivers.map((f) => f.id) };
}
