/**
 * The coverage section of the report: the measured shares in words and numbers, and whether their
 * change can be read as a change of density at all.
 */
import type { Coverage, Flag, PhotoInfo } from '../../contract/report.js';
import type { CoverageMeasure } from './types.js';

/** Flags that move the visible scalp share without any change in density. */
export const COVERAGE_CONFOUNDERS = [
  'hair.length',
  'hair.wet',
  'hair.color',
  'hair.styling',
  'light.direction',
];

const NAMES: Record<string, string> = {
  'hair.length': 'hair length',
  'hair.wet': 'wet or styled-with-product hair',
  'hair.color': 'hair or scalp colour',
  'hair.styling': 'combing or parting',
  'light.direction': 'light direction',
};

/**
 * `outline`: the overlap in before-photo pixels; `work`: the before photo's working size (the measure's
 * rectangle is in working pixels).
 */
export function coverageReport(
  c: CoverageMeasure,
  flags: readonly Flag[],
  outline: [number, number][] | null,
  before: PhotoInfo,
  work: { width: number; height: number },
): Coverage {
  const fx = before.width / work.width;
  const fy = before.height / work.height;
  const points: [number, number][] = c.rect
    ? [
        [c.rect[0] * fx, c.rect[1] * fy],
        [(c.rect[0] + c.rect[2]) * fx, c.rect[1] * fy],
        [(c.rect[0] + c.rect[2]) * fx, (c.rect[1] + c.rect[3]) * fy],
        [c.rect[0] * fx, (c.rect[1] + c.rect[3]) * fy],
      ]
    : (outline ?? []);
  const r4 = (v: number) => Number(v.toFixed(4));
  const change = c.after - c.before;
  const why = flags.filter((f) => COVERAGE_CONFOUNDERS.includes(f.id) && f.severity !== 'info');
  const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
  let reason: string;
  if (c.samples === 0) reason = 'The region holds no pixels both photos show.';
  else if (why.length > 0)
    reason = `Not comparable: ${why.map((f) => NAMES[f.id] ?? f.id).join(', ')} changed between the photos, which moves the visible scalp without any change in density.`;
  else
    reason = `Visible scalp ${pct(c.before)} before, ${pct(c.after)} after (${change >= 0 ? '+' : ''}${pct(change)} ± ${pct(c.uncertainty)}).`;
  return {
    region: { frame: 'before', kind: 'polygon', points },
    before: r4(c.before),
    after: r4(c.after),
    change: r4(change),
    uncertainty: r4(c.uncertainty),
    comparable: c.samples > 0 && why.length === 0,
    reason,
  };
}
