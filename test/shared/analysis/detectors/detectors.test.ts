import { describe, expect, it } from 'vitest';
import type { FlagId } from '../../../../shared/contract/flags.js';
import { FLAG_IDS } from '../../../../shared/contract/flags.js';
import type { PairMeasurements } from '../../../../shared/analysis/detectors/types.js';
import { DETECTORS } from '../../../../shared/analysis/detectors/registry.js';
import { runDetectors } from '../../../../shared/analysis/detectors/runDetectors.js';
import { deg } from '../../../../shared/geometry/frames.js';
import { cleanPair, photo, provenance } from './cleanPair.js';
import { cleanHair } from '../hair/cleanHair.js';

const pose = cleanPair().pose!;
const later = { captureTime: '2026-08-01T10:00:00' };

/** One case per flag where it must fire, with the severity it must have. */
const FIRES: [FlagId, Partial<PairMeasurements>, 'info' | 'warning' | 'critical'][] = [
  ['pose.rotation', { pose: { ...pose, rotationDeg: deg(-12) } }, 'warning'],
  ['pose.scale', { pose: { ...pose, scale: 1.3 } }, 'critical'],
  ['pose.scale', { pose: { ...pose, scale: 1 / 1.15 } }, 'warning'],
  ['pose.tilt', { pose: { ...pose, tiltDeg: deg(9) } }, 'warning'],
  ['pose.mirrored', { mirrored: true }, 'warning'],
  ['framing.overlap', { overlap: { before: 0.45, after: 1 } }, 'critical'],
  ['light.exposure', { exposure: { ev: -0.7, redStops: 0, blueStops: 0, samples: 9000 } }, 'warning'],
  ['light.color', { exposure: { ev: 0, redStops: -0.3, blueStops: 0.35, samples: 9000 } }, 'warning'],
  ['image.focus', { focus: { before: 10, after: 3, softerRegion: null } }, 'critical'],
  ['image.resolution', { pose: { ...pose, resolutionRatio: 0.4 } }, 'warning'],
  [
    'image.compression',
    { after: photo('after.jpg', { jpegQuality: 45 }, { captureTime: '2026-08-01T10:00:00' }) },
    'warning',
  ],
  [
    'meta.camera',
    {
      after: photo(
        'after.jpg',
        {},
        { make: 'Samsung', model: 'SM-S911B', captureTime: '2026-08-01T10:00:00' },
      ),
    },
    'warning',
  ],
  [
    'meta.camera',
    { after: photo('after.jpg', {}, { focalLength35mm: 52, captureTime: '2026-08-01T10:00:00' }) },
    'warning',
  ],
  [
    'meta.flash',
    { after: photo('after.jpg', {}, { flashFired: true, captureTime: '2026-08-01T10:00:00' }) },
    'warning',
  ],
  ['meta.dates', { after: photo('after.jpg', {}, { captureTime: '2025-12-01T10:00:00' }) }, 'critical'],
  ['meta.dates', { after: photo('after.jpg', {}, { captureTime: '2026-02-10T10:00:00' }) }, 'warning'],
  [
    'meta.edited',
    {
      after: photo('after.jpg', {}, { software: 'Adobe Photoshop 25.0', captureTime: '2026-08-01T10:00:00' }),
    },
    'warning',
  ],
  ['meta.missing', { before: photo('before.jpg', { hasMetadata: false }) }, 'info'],
  ['pair.duplicate', { detailCorrelation: 0.97 }, 'critical'],
  ['pair.duplicate', { after: photo('after.jpg', { sha256: 'sha-before.jpg' }) }, 'critical'],
  [
    'pair.mismatch',
    { aligned: false, pose: null, overlap: null, alignmentFailure: 'too few matches' },
    'critical',
  ],
  ['pair.mismatch', { structureCorrelation: 0.3 }, 'warning'],
  [
    'hair.length',
    {
      hair: cleanHair({
        after: { strandStats: { bandPass: 6, ridgeShare: 0.3, ridgeEnds: 0.75, flowCorrelation: 0.3 } },
      }),
    },
    'warning',
  ],
  ['hair.wet', { hair: cleanHair({ after: { highlightShare: 0.03 } }) }, 'warning'],
  [
    'hair.color',
    { hair: cleanHair({ after: { scalpContrast: { classes: 3.6, geometric: 1.6 } } }) },
    'critical',
  ],
  ['hair.styling', { hair: cleanHair({ flowTurnedShare: 0.13 }) }, 'warning'],
  ['light.direction', { hair: cleanHair({ shadingChangeStops: 0.2 }) }, 'warning'],
  [
    'provenance.tables',
    { after: photo('after.jpg', { provenance: provenance({ quantTables: 'mozjpeg-q90' }) }, later) },
    'warning',
  ],
  [
    'provenance.recompressed',
    {
      after: photo(
        'after.jpg',
        {
          provenance: provenance({
            doubleCompression: { score: 0.95, primaryQuality: 75, gridOffset: [3, 1], gridStrength: 0.03 },
          }),
        },
        later,
      ),
    },
    'warning',
  ],
  [
    'provenance.errorLevel',
    {
      after: photo(
        'after.jpg',
        { provenance: provenance({ errorLevel: { score: 14, region: [0, 0, 64, 64] } }) },
        later,
      ),
    },
    'warning',
  ],
  [
    'provenance.clone',
    {
      after: photo(
        'after.jpg',
        {
          provenance: provenance({
            copyMove: {
              score: 0.02,
              regions: [
                [0, 0, 40, 40],
                [200, 0, 40, 40],
              ],
            },
          }),
        },
        later,
      ),
    },
    'warning',
  ],
  [
    'provenance.thumbnail',
    {
      after: photo(
        'after.jpg',
        { provenance: provenance({ thumbnail: { similarity: 0.3, aspectDifference: 0 } }) },
        later,
      ),
    },
    'warning',
  ],
];

describe('detectors', () => {
  it('cover every flag id exactly once, with versions, thresholds and reasons', () => {
    expect(DETECTORS.map((d) => d.meta.id).sort()).toEqual([...FLAG_IDS].sort());
    for (const d of DETECTORS) {
      expect(d.meta.version).toBeGreaterThanOrEqual(1);
      expect(d.meta.why.length).toBeGreaterThan(40);
      expect(d.meta.threshold.origin.length).toBeGreaterThan(40);
    }
  });

  it('stay quiet on a clean pair', () => {
    expect(runDetectors(cleanPair()).flags).toEqual([]);
  });

  it.each(FIRES.map(([id, over, sev], i) => [`${id} #${i}`, id, over, sev] as const))(
    'fire on their case: %s',
    (_name, id, over, severity) => {
      const { flags } = runDetectors(cleanPair(over));
      const f = flags.find((x) => x.id === id);
      expect(f, `${id} should fire`).toBeDefined();
      const experimental = DETECTORS.find((d) => d.meta.id === id)!.meta.experimental;
      expect(f!.severity).toBe(experimental ? 'info' : severity);
      expect(f!.message.length).toBeGreaterThan(10);
      expect(f!.detector).toMatch(new RegExp(`^${id.replace('.', '\\.')}@\\d+$`));
      // Only the flag under test fires (the mismatch case also hides pose and overlap).
      expect(flags.map((x) => x.id)).toEqual([id]);
    },
  );

  it('every flag id has a case that fires', () => {
    expect(new Set(FIRES.map(([id]) => id))).toEqual(new Set(FLAG_IDS));
  });

  it('firmware in the Software tag is not an edit', () => {
    for (const software of ['17.1', 'Android', 'HDR+ 1.0.540104767zd', 'G998BXXU5CVDD']) {
      const m = cleanPair({
        after: photo('after.jpg', {}, { software, captureTime: '2026-08-01T10:00:00' }),
      });
      expect(runDetectors(m).flags).toEqual([]);
    }
  });

  it('use overridden thresholds and record them', () => {
    const t = { ...DETECTORS.find((d) => d.meta.id === 'pose.rotation')!.meta.threshold, warning: 1 };
    const r = runDetectors(cleanPair(), { thresholds: { 'pose.rotation': t } });
    expect(r.flags.map((f) => f.id)).toEqual(['pose.rotation']);
    expect(r.detectors.find((d) => d.id === 'pose.rotation')!.threshold.warning).toBe(1);
  });
});
