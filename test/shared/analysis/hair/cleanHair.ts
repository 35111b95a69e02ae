/** Hair measurements of a pair with nothing wrong, to start each hair detector case from. */
import type { HairMeasurements, HairPhotoMeasures } from '../../../../shared/analysis/hair/types.js';

export function hairPhoto(over: Partial<HairPhotoMeasures> = {}): HairPhotoMeasures {
  return {
    strandLengthPx: 40,
    strandStats: { bandPass: 6, ridgeShare: 0.3, ridgeEnds: 0.5, flowCorrelation: 0.3 },
    highlightShare: 0.004,
    brightTail: 0.5,
    contrastStops: 1.2,
    hairChroma: [0.6, -0.5],
    scalpChroma: [0.2, -0.2],
    scalpContrast: { classes: 3.1, geometric: 1.6 },
    ...over,
  };
}

export function cleanHair(
  over: Partial<Omit<HairMeasurements, 'before' | 'after'>> & {
    before?: Partial<HairPhotoMeasures>;
    after?: Partial<HairPhotoMeasures>;
  } = {},
): HairMeasurements {
  const { before, after, ...rest } = over;
  return {
    hairShare: 0.4,
    levelChange: { scalp: 0.004, hair: -0.008 },
    orientationChangeDeg: 9,
    flowTurnedShare: 0,
    shadingChangeStops: 0.04,
    shadingTowardsDeg: null,
    coverage: { rect: null, before: 0.42, after: 0.43, uncertainty: 0.004, samples: 200_000 },
    ...rest,
    before: hairPhoto({
      strandLengthPx: 41,
      highlightShare: 0.0045,
      brightTail: 0.52,
      contrastStops: 1.21,
      scalpContrast: { classes: 3.11, geometric: 1.61 },
      ...before,
    }),
    after: hairPhoto(after),
  };
}
