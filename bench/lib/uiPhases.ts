/**
 * The UI benchmark's figures from one visit: which long tasks fell at page load, during the analysis and
 * at the result's arrival, and the times a person waits for.
 */
import type { UiRun } from './uiRun.js';

/** The target for the longest main-thread task, ms (RAIL's 50 ms budget for a task). */
export const UI_TARGET_MS = 50;

export type UiPhase = 'load' | 'analysis' | 'arrival';

export interface UiFigures {
  /** Navigation start to the verdict on screen, ms. */
  verdictMs: number | null;
  /** Navigation start to the first aligned image decoded, ms. */
  alignedMs: number | null;
  /** The result's last byte to the verdict, and to the first aligned image: the UI's own share, ms. */
  verdictAfterResultMs: number | null;
  alignedAfterResultMs: number | null;
  /** Longest long task per phase, ms (0: none over the observer's own 50 ms floor). */
  longest: Record<UiPhase, number>;
  /** How many long tasks per phase. */
  count: Record<UiPhase, number>;
}

/**
 * Page load: tasks that start before the analyze request is sent. Analysis: from then to the last byte
 * of the job's event stream (the result). Arrival: from the result to the end of the visit (the first
 * aligned image decoded, then the settling time).
 */
export function uiPhaseOf(run: Pick<UiRun, 'analyzeStart' | 'resultAt'>, start: number): UiPhase {
  if (run.analyzeStart === null || start < run.analyzeStart) return 'load';
  if (run.resultAt === null || start < run.resultAt) return 'analysis';
  return 'arrival';
}

/** The figures of one visit. */
export function uiFigures(run: UiRun): UiFigures {
  const longest: Record<UiPhase, number> = { load: 0, analysis: 0, arrival: 0 };
  const count: Record<UiPhase, number> = { load: 0, analysis: 0, arrival: 0 };
  for (const t of run.longTasks) {
    const p = uiPhaseOf(run, t.start);
    longest[p] = Math.max(longest[p], t.duration);
    count[p]++;
  }
  const after = (t: number | null) => (t === null || run.resultAt === null ? null : t - run.resultAt);
  return {
    verdictMs: run.verdictAt,
    alignedMs: run.alignedAt,
    verdictAfterResultMs: after(run.verdictAt),
    alignedAfterResultMs: after(run.alignedAt),
    longest,
    count,
  };
}
