/**
 * Near-duplicate hits in words, for the summaries and stderr: the whole list ("case 3 after = case 7
 * before (2 bits apart)") and, per case, what each of its photos is shared with.
 */
import type { ReuseHit } from '../../../shared/analysis/hash/findReused.js';

export interface ReuseWords {
  /** One line per hit. */
  lines: string[];
  /** By case number (HashedPanel.caseId): "after = case 7 before", one entry per hit it is part of. */
  byCase: Map<number, string[]>;
}

/** `ids[caseId]` is the case's name as the summaries show it. */
export function describeReuse(hits: readonly ReuseHit[], ids: readonly string[]): ReuseWords {
  const byCase = new Map<number, string[]>();
  const add = (c: number, s: string) => byCase.set(c, [...(byCase.get(c) ?? []), s]);
  const lines = hits.map((h) => {
    const a = `case ${ids[h.a.caseId]} ${h.a.role}`;
    const b = `case ${ids[h.b.caseId]} ${h.b.role}`;
    add(h.a.caseId, `${h.a.role} = ${b}`);
    add(h.b.caseId, `${h.b.role} = ${a}`);
    return `${a} is the same photo as ${b} (${h.distance} of 64 hash bits apart)`;
  });
  return { lines, byCase };
}
