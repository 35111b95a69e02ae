/**
 * Near-duplicates across a gallery: every two panels of different cases whose photos are the same photo
 * (reuseDistance at most the threshold), such as one after photo shown for two patients, or one case's
 * before shown as another's after. Panels of the same case are left out: a pair that is one photo twice
 * is the audit's own pair.duplicate flag.
 */
import { REUSE_THRESHOLD } from './reuseThreshold.js';

/** One panel of one case, as the batch saw it. */
export interface HashedPanel {
  /** Identifies the case (the batch row); hits inside one case are not reported. */
  caseId: number;
  /** Which panel of the case: 'before' or 'after'. */
  role: 'before' | 'after';
  /** panelHashes of the panel (16 hex digits each). */
  hashes: readonly string[];
}

export interface ReuseHit {
  a: { caseId: number; role: 'before' | 'after' };
  b: { caseId: number; role: 'before' | 'after' };
  /** Hamming distance, 0..64 (0: the same pixels, give or take re-encoding). */
  distance: number;
}

/**
 * All pairs of panels from different cases within `threshold`, ordered by case then role. Quadratic in the
 * number of panels, on 32-bit words: 2,000 panels (a thousand cases) is two million comparisons.
 */
export function findReused(panels: readonly HashedPanel[], threshold = REUSE_THRESHOLD): ReuseHit[] {
  const words = panels.map((p) => p.hashes.map(toWords));
  const hits: ReuseHit[] = [];
  for (let i = 0; i < panels.length; i++) {
    const pi = panels[i] as HashedPanel;
    for (let j = i + 1; j < panels.length; j++) {
      const pj = panels[j] as HashedPanel;
      if (pi.caseId === pj.caseId) continue;
      const d = minDistance(words[i] as Uint32Array[], words[j] as Uint32Array[]);
      if (d <= threshold)
        hits.push({
          a: { caseId: pi.caseId, role: pi.role },
          b: { caseId: pj.caseId, role: pj.role },
          distance: d,
        });
    }
  }
  return hits;
}

function toWords(hex: string): Uint32Array {
  if (!/^[0-9a-f]{16}$/i.test(hex)) throw new Error(`findReused: expected 16 hex digits, got "${hex}"`);
  return Uint32Array.of(parseInt(hex.slice(0, 8), 16), parseInt(hex.slice(8), 16));
}

function minDistance(a: Uint32Array[], b: Uint32Array[]): number {
  let best = 64;
  for (const x of a) {
    for (const y of b)
      best = Math.min(
        best,
        popcount((x[0] as number) ^ (y[0] as number)) + popcount((x[1] as number) ^ (y[1] as number)),
      );
  }
  return best;
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
