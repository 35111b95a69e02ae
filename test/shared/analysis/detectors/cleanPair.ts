/** A measured pair with nothing wrong, to start each detector case from. */
import type { Exif, PhotoInfo } from '../../../../shared/contract/report.js';
import type { Provenance } from '../../../../shared/contract/provenance.js';
import type { PairMeasurements } from '../../../../shared/analysis/detectors/types.js';
import { deg } from '../../../../shared/geometry/frames.js';

export function exif(over: Partial<Exif> = {}): Exif {
  return {
    captureTime: '2026-01-10T09:30:00',
    make: 'Apple',
    model: 'iPhone 15',
    lens: 'iPhone 15 back camera 6.1mm f/1.6',
    focalLengthMm: 6.1,
    focalLength35mm: 26,
    exposureTimeS: 0.01,
    fNumber: 1.6,
    iso: 100,
    flashFired: false,
    whiteBalance: 'Auto',
    software: '17.1',
    hasGps: false,
    iccProfile: 'Display P3',
    ...over,
  };
}

/** Provenance of a photo saved once by the camera, with its own thumbnail. */
export function provenance(over: Partial<Provenance> = {}): Provenance {
  return {
    quantTables: 'camera-q92',
    doubleCompression: { score: 0.2, primaryQuality: 60, gridOffset: [3, 5], gridStrength: 0.03 },
    errorLevel: { score: 2.5, region: [0, 0, 256, 256] },
    copyMove: { score: 0.001, regions: [] },
    thumbnail: { similarity: 0.998, aspectDifference: 0 },
    ...over,
  };
}

export function photo(name: string, over: Partial<PhotoInfo> = {}, ex: Partial<Exif> = {}): PhotoInfo {
  return {
    path: `/photos/${name}`,
    name,
    bytes: 2_000_000,
    sha256: `sha-${name}`,
    format: 'jpeg',
    width: 4032,
    height: 3024,
    orientation: 1,
    jpegQuality: 92,
    hasMetadata: true,
    exif: exif(ex),
    provenance: provenance(),
    ...over,
  };
}

export function cleanPair(over: Partial<PairMeasurements> = {}): PairMeasurements {
  return {
    before: photo('before.jpg'),
    after: photo('after.jpg', {}, { captureTime: '2026-08-01T10:00:00' }),
    aligned: true,
    pose: { rotationDeg: deg(1.2), scale: 1.03, tiltDeg: deg(1.5), resolutionRatio: 0.97 },
    overlap: { before: 0.95, after: 0.93 },
    overlapOutline: [
      [0, 0],
      [4000, 0],
      [4000, 3000],
      [0, 3000],
    ],
    exposure: { ev: 0.05, redStops: 0.02, blueStops: -0.01, samples: 50_000 },
    focus: { before: 10, after: 9.5, softerRegion: null },
    detailCorrelation: 0.3,
    structureCorrelation: 0.92,
    alignmentFailure: null,
    ...over,
  };
}
