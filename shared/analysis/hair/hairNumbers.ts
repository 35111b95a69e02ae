/** The hair measurements as report numbers, so a quiet hair flag can be checked too. */
import type { HairMeasurements } from './types.js';

export function hairNumbers(h: HairMeasurements | null | undefined): Record<string, number | null> {
  const r = (v: number, d = 4) => Number(v.toFixed(d));
  if (!h) return {};
  return {
    hairShare: r(h.hairShare),
    strandLengthBefore: r(h.before.strandLengthPx, 2),
    strandLengthAfter: r(h.after.strandLengthPx, 2),
    // hair.length v5 reads these with the runs (lengthModel.ts), so its distance can be checked from the report.
    ridgeShareBefore: r(h.before.strandStats.ridgeShare),
    ridgeShareAfter: r(h.after.strandStats.ridgeShare),
    bandPassBefore: r(h.before.strandStats.bandPass, 3),
    bandPassAfter: r(h.after.strandStats.bandPass, 3),
    ridgeEndsBefore: r(h.before.strandStats.ridgeEnds),
    ridgeEndsAfter: r(h.after.strandStats.ridgeEnds),
    flowCorrelationBefore: r(h.before.strandStats.flowCorrelation),
    flowCorrelationAfter: r(h.after.strandStats.flowCorrelation),
    highlightShareBefore: r(h.before.highlightShare),
    highlightShareAfter: r(h.after.highlightShare),
    brightTailBefore: r(h.before.brightTail, 3),
    brightTailAfter: r(h.after.brightTail, 3),
    hairContrastBefore: r(h.before.scalpContrast.classes, 3),
    hairContrastAfter: r(h.after.scalpContrast.classes, 3),
    hairContrastMeanBefore: r(h.before.scalpContrast.geometric, 3),
    hairContrastMeanAfter: r(h.after.scalpContrast.geometric, 3),
    scalpLevelChange: r(h.levelChange.scalp, 3),
    hairLevelChange: r(h.levelChange.hair, 3),
    orientationChangeDeg: r(h.orientationChangeDeg, 1),
    flowTurnedShare: r(h.flowTurnedShare),
    shadingChangeStops: r(h.shadingChangeStops, 3),
  };
}
