import { describe, expect, it } from 'vitest';
import type { FlagId } from '../../../../shared/contract/flags.js';
import { runDetectors } from '../../../../shared/analysis/detectors/runDetectors.js';
import { DETECTORS } from '../../../../shared/analysis/detectors/registry.js';
import { coverageReport } from '../../../../shared/analysis/hair/coverageReport.js';
import { cleanPair, photo } from './cleanPair.js';
import { cleanHair } from '../hair/cleanHair.js';

/** The clean photo's strand statistics with the ridge ends set. */
const ENDS = (ridgeEnds: number) => ({ bandPass: 6, ridgeShare: 0.3, ridgeEnds, flowCorrelation: 0.3 });
const HAIR_IDS: FlagId[] = ['hair.length', 'hair.wet', 'hair.color', 'hair.styling', 'light.direction'];
const hairFlags = (h: Parameters<typeof cleanHair>[0]) =>
  runDetectors(cleanPair({ hair: cleanHair(h) })).flags.filter((f) => HAIR_IDS.includes(f.id));

describe('hair detectors', () => {
  it('stay quiet on clean hair, and without hair measurements', () => {
    expect(hairFlags({})).toEqual([]);
    expect(runDetectors(cleanPair({ hair: null })).flags).toEqual([]);
  });

  it('stay quiet when the overlap shows almost no hair (a bald crown, a wall)', () => {
    expect(hairFlags({ hairShare: 0.01, after: { strandLengthPx: 20, highlightShare: 0.05 } })).toEqual([]);
  });

  it.each([
    // Strand lines ending half as often again or a third less, all else unchanged: distance 10.3
    // (threshold 5.1); more ends read as shorter hair.
    ['hair.length', { after: { strandStats: ENDS(0.5 * 1.5) } }, 'warning', /end more often in the after/],
    ['hair.length', { after: { strandStats: ENDS(0.5 / 1.5) } }, 'warning', /end more often in the before/],
    // Strand texture as much more alike 8 px along the flow as growing to 1.6-2x does on rendered heads
    // (+0.16), nothing else changed: 8.0. The ends did not move, so the message names no photo.
    [
      'hair.length',
      { after: { strandStats: { ...ENDS(0.5), flowCorrelation: 0.46 } } },
      'warning',
      /which photo has the shorter hair is not clear/,
    ],
    ['hair.wet', { after: { highlightShare: 0.03 } }, 'warning', /after photo shines/],
    // Bright glints as strong against the dark strands as 1.4 times the before's: 1.96 once squared.
    [
      'hair.wet',
      { before: { brightTail: 0.7 }, after: { brightTail: 0.5 } },
      'warning',
      /before photo shines/,
    ],
    ['hair.color', { after: { scalpContrast: { classes: 3.6, geometric: 1.6 } } }, 'critical', /dyed/],
    ['hair.color', { after: { scalpContrast: { classes: 3.1, geometric: 1.52 } } }, 'warning', /concealer/],
    [
      'hair.color',
      { levelChange: { scalp: -0.12, hair: -0.01 } },
      'warning',
      /scalp between the strands is 0\.12 stops darker/,
    ],
    [
      'hair.color',
      { levelChange: { scalp: 0.01, hair: -0.7 } },
      'critical',
      /hair itself is 0\.7 stops darker/,
    ],
    [
      'hair.color',
      { levelChange: { scalp: 0.01, hair: 0.6 } },
      'warning',
      /hair itself is 0\.6 stops lighter .* more than the 0\.5 stops fewer strands can explain/,
    ],
    ['hair.styling', { flowTurnedShare: 0.13 }, 'warning', /combed or parted/],
    ['light.direction', { shadingChangeStops: 0.2, shadingTowardsDeg: 92 }, 'warning', /from the right/],
    ['light.direction', { shadingChangeStops: 0.5 }, 'critical', /overhead/],
  ] as const)('%s fires on its case', (id, over, severity, message) => {
    const flags = hairFlags(over);
    expect(flags.map((f) => f.id)).toEqual([id]);
    // A detector still short of its calibration targets reports as info and says what it would be.
    const experimental = DETECTORS.find((d) => d.meta.id === id)!.meta.experimental;
    expect(flags[0]!.severity).toBe(experimental ? 'info' : severity);
    if (experimental) expect(flags[0]!.message).toContain(`Experimental, would be ${severity}`);
    expect(flags[0]!.message).toMatch(message);
  });

  it('hair.length and hair.wet fire just past their thresholds', () => {
    // Ends 0.8 times the before's: distance 5.7 (threshold 5.1); runs 21% longer alone: 6.1.
    const same = { before: { strandLengthPx: 40 } };
    expect(hairFlags({ ...same, after: { strandStats: ENDS(0.4) } }).map((f) => f.id)).toEqual([
      'hair.length',
    ]);
    expect(hairFlags({ ...same, after: { strandLengthPx: 40 * 1.21 } }).map((f) => f.id)).toEqual([
      'hair.length',
    ]);
    expect(hairFlags({ after: { highlightShare: 0.005 * 1.65 } }).map((f) => f.id)).toEqual(['hair.wet']);
    // Bright tail 1.3 times the before's: 1.69 squared (threshold 1.6).
    expect(hairFlags({ after: { brightTail: 0.52 * 1.3 } }).map((f) => f.id)).toEqual(['hair.wet']);
  });

  it('hair.length names the other hair flags that fired with it, since their causes move the strands too', () => {
    const wetAndCut = { after: { strandStats: ENDS(0.75), highlightShare: 0.03 } };
    const flags = hairFlags(wetAndCut);
    expect(flags.map((f) => f.id)).toEqual(['hair.length', 'hair.wet']);
    expect(flags[0]!.message).toMatch(/hair\.wet fired too: wet hair, dye or concealer/);
    // hair.wet names nothing, and hair.length alone names nothing either.
    expect(flags[1]!.message).not.toMatch(/fired too/);
    expect(hairFlags({ after: { strandStats: ENDS(0.75) } })[0]!.message).not.toMatch(/fired too/);
    const relitAndStyled = {
      after: { strandStats: ENDS(0.75) },
      shadingChangeStops: 0.2,
      flowTurnedShare: 0.13,
    };
    expect(hairFlags(relitAndStyled).find((f) => f.id === 'hair.length')!.message).toMatch(
      /light\.direction and hair\.styling fired too/,
    );
  });

  it('hair.color stays quiet on what 10-25% more or fewer strands do, and reads the class contrast only then', () => {
    // The largest moves of bench/hairDensity.ts's renders (tune and holdout): the scalp's level 0.02
    // stops, the hair's 0.24, the class contrast of each photo 0.26.
    const density = {
      levelChange: { scalp: 0.02, hair: 0.24 },
      after: { scalpContrast: { classes: 2.85, geometric: 1.4 } },
    };
    expect(hairFlags(density)).toEqual([]);
    // The same class contrast while the hair kept its level is a colour change (an edit of a few per cent
    // of the pixels, which no median of a half sees).
    const held = { ...density, levelChange: { scalp: 0.02, hair: 0.02 } };
    expect(hairFlags(held).map((f) => [f.id, f.severity])).toEqual([['hair.color', 'warning']]);
  });

  it('hair.color allows the hair more lightening than darkening, as fewer strands lighten it more than more darken it', () => {
    // bench/hairDensity.ts (tune and holdout): fewer strands lightened the hair's level by up to 0.246
    // stops, more darkened it by up to 0.129. 0.4 lighter is within what fewer strands do (v3 fired on it);
    // 0.4 darker is not (dye that this reading caught darkened it by 0.43-1.31).
    expect(hairFlags({ levelChange: { scalp: 0.01, hair: 0.4 } })).toEqual([]);
    const darker = hairFlags({ levelChange: { scalp: 0.01, hair: -0.4 } });
    expect(darker.map((f) => [f.id, f.severity])).toEqual([['hair.color', 'warning']]);
    expect(darker[0]!.message).toMatch(
      /0\.4 stops darker .* more than the 0\.25 stops more strands can explain/,
    );
  });

  it('light.direction fires as a warning just past its threshold', () => {
    // 0.09 stops (threshold 0.08); clean re-shoots read at most 0.04, relit ones at least 0.11.
    const flags = hairFlags({ shadingChangeStops: 0.09 });
    expect(flags.map((f) => [f.id, f.severity])).toEqual([['light.direction', 'warning']]);
  });

  it('stay quiet just inside their thresholds', () => {
    // Ends 0.83 times the before's and the other way round: distance 4.7 (threshold 5.1).
    const same = { before: { strandLengthPx: 40 } };
    expect(hairFlags({ ...same, after: { strandStats: ENDS(0.5 * 0.83) } })).toEqual([]);
    expect(hairFlags({ ...same, after: { strandStats: ENDS(0.5 / 0.83) } })).toEqual([]);
    // Runs 15% longer while the ridge share and the band-pass fell 7.3% each and the texture grew 0.06
    // more alike along the flow, as with more strands: 3.8. Without the correlation's rise it is 5.5,
    // unlike more strands, and fires.
    const denser = {
      bandPass: 6 * Math.exp(-0.076),
      ridgeShare: 0.3 * Math.exp(-0.076),
      ridgeEnds: 0.5,
      flowCorrelation: 0.36,
    };
    expect(hairFlags({ ...same, after: { strandLengthPx: 40 * 1.15, strandStats: denser } })).toEqual([]);
    const flat = { ...denser, flowCorrelation: 0.3 };
    expect(
      hairFlags({ ...same, after: { strandLengthPx: 40 * 1.15, strandStats: flat } }).map((f) => f.id),
    ).toEqual(['hair.length']);
    // 1.55 times the highlights (threshold 1.6), and shares under the 0.5% floor count as the floor.
    expect(hairFlags({ after: { highlightShare: 0.005 * 1.55 } })).toEqual([]);
    expect(hairFlags({ before: { highlightShare: 0.001 }, after: { highlightShare: 0.0079 } })).toEqual([]);
    // Bright tail 1.25 times the before's: 1.56 squared; the clean re-shoots' largest was 1.15.
    expect(hairFlags({ after: { brightTail: 0.52 * 1.25 } })).toEqual([]);
    expect(hairFlags({ after: { brightTail: 0.52 / 1.25 } })).toEqual([]);
    expect(hairFlags({ after: { scalpContrast: { classes: 3.15, geometric: 1.64 } } })).toEqual([]);
    // 4.9% of the flow turned (threshold 5%); v1's mean angle of 26 deg alone no longer fires.
    expect(hairFlags({ flowTurnedShare: 0.049, orientationChangeDeg: 26 })).toEqual([]);
    expect(hairFlags({ shadingChangeStops: 0.07 })).toEqual([]);
  });
});

describe('coverageReport', () => {
  const info = photo('before.jpg');
  const work = { width: 1008, height: 756 };
  const outline: [number, number][] = [
    [0, 0],
    [4032, 0],
    [4032, 3024],
    [0, 3024],
  ];
  const cov = cleanHair().coverage;

  it('reports the change with its uncertainty when nothing confounds it', () => {
    const c = coverageReport(cov, [], outline, info, work);
    expect(c.comparable).toBe(true);
    expect(c.change).toBeCloseTo(0.01, 6);
    expect(c.region.points).toEqual(outline);
    expect(c.reason).toMatch(/42\.0% before, 43\.0% after \(\+1\.0% ± 0\.4%\)/);
  });

  it('says not comparable when a hair or light flag fired', () => {
    const flags = runDetectors(cleanPair({ hair: cleanHair({ flowTurnedShare: 0.3 }) })).flags;
    const c = coverageReport(cov, flags, outline, info, work);
    expect(c.comparable).toBe(false);
    expect(c.reason).toMatch(/^Not comparable: combing or parting/);
  });

  it('maps a drawn region from working to full-resolution pixels', () => {
    const c = coverageReport({ ...cov, rect: [100, 50, 200, 100] }, [], outline, info, work);
    expect(c.region.points[0]).toEqual([400, 200]);
    expect(c.region.points[2]).toEqual([1200, 600]);
  });
});
