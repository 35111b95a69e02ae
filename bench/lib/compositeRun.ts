/** Runs the splitter over a set of composites with one tuning and scores it against the truth. */
import { splitComposite } from '../../shared/analysis/composite/splitComposite.js';
import type { SplitTuning } from '../../shared/analysis/composite/types.js';
import type { DecodedCase } from './compositeCases.js';
import { scoreSplit } from './compositeScore.js';

export interface CaseOutcome {
  label: string;
  layout: string;
  gapless: boolean;
  correct: boolean;
  orderCorrect: boolean;
  minIou: number;
  splitMs: number;
  decodeMs: number;
}

/** Every case split with `tuning`; correct = every panel IoU >= `tolerance` and the cases in order. */
export function runSplits(
  cases: readonly DecodedCase[],
  tuning: Partial<SplitTuning>,
  tolerance = 0.9,
): CaseOutcome[] {
  return cases.map((c) => {
    const t0 = performance.now();
    const r = splitComposite(c.img, { tuning });
    const splitMs = performance.now() - t0;
    const s = scoreSplit(r.split, c.truth, tolerance);
    const { rows, cols } = c.truth.layout;
    return {
      label: c.label,
      layout: `${cols}x${rows}`,
      gapless: c.spec.gapPx === 0,
      correct: s.correct,
      orderCorrect: s.orderCorrect,
      minIou: s.minIou,
      splitMs,
      decodeMs: c.decodeMs,
    };
  });
}
