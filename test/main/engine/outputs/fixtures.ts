/**
 * A synthetic before/after pair with a known homography and a known exposure change, plus a hand-made
 * report that passes the schema. Pixels come from a continuous pattern evaluated at exact coordinates,
 * so the after photo is the before photo seen through the homography with no resampling error.
 */
import type { ExposureCorrection } from '../../../../shared/analysis/exposure/correction.js';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import type { AuditReport, PhotoInfo } from '../../../../shared/contract/report.js';
import { AuditReportSchema } from '../../../../shared/contract/report.js';
import type { Homography } from '../../../../shared/geometry/homography.js';
import { apply, homography } from '../../../../shared/geometry/homography.js';
import { pt } from '../../../../shared/geometry/frames.js';

/** Full-resolution size of both photos; the display copies are half of it. */
export const FULL = { width: 640, height: 480 };
export const DISPLAY = { width: 320, height: 240 };
/** The after photo is this much darker in value; the correction undoes it. */
export const DARKEN = 0.8;

/** After px -> before px (full resolution): 4 deg roll, 3 % zoom, a shift and a touch of perspective. */
export const TRUE_H: Homography<'after', 'before'> = (() => {
  const a = (4 * Math.PI) / 180;
  const s = 1.03;
  return homography<'after', 'before'>([
    s * Math.cos(a),
    -s * Math.sin(a),
    30,
    s * Math.sin(a),
    s * Math.cos(a),
    -12,
    2e-5,
    -1e-5,
    1,
  ]);
})();

/** A smooth, asymmetric colour pattern in before full-resolution coordinates. */
function pattern(x: number, y: number): [number, number, number] {
  const r = 128 + 90 * Math.sin(x / 23) * Math.cos(y / 31);
  const g = 128 + 80 * Math.sin((x + 2 * y) / 41);
  const b = 60 + 0.25 * x + 0.1 * y;
  return [r, g, b];
}

/** Display pixel (i, j) sits at full-resolution (2i + 0.5, 2j + 0.5): centres of a 2x downscale. */
function render(map: (x: number, y: number) => [number, number], gain: number): RgbImage {
  const { width, height } = DISPLAY;
  const data = new Uint8Array(width * height * 3);
  for (let j = 0; j < height; j++)
    for (let i = 0; i < width; i++) {
      const [x, y] = map(2 * i + 0.5, 2 * j + 0.5);
      const c = pattern(x, y);
      for (let k = 0; k < 3; k++)
        data[(j * width + i) * 3 + k] = Math.round(Math.max(0, Math.min(255, c[k] as number)) * gain);
    }
  return { width, height, data };
}

export function makePair(): { before: RgbImage; after: RgbImage } {
  const before = render((x, y) => [x, y], 1);
  const after = render((x, y) => {
    const p = apply(TRUE_H, pt<'after'>(x, y));
    return [p.x, p.y];
  }, DARKEN);
  return { before, after };
}

/** Undoes DARKEN, as the exposure matching would have measured it. */
export function brightenCorrection(): ExposureCorrection {
  const lut = new Uint8Array(768);
  for (let c = 0; c < 3; c++)
    for (let v = 0; v < 256; v++) lut[c * 256 + v] = Math.min(255, Math.round(v / DARKEN));
  return { gains: [1 / DARKEN, 1 / DARKEN, 1 / DARKEN], lut };
}

export const MALICIOUS_NAME = '<script>alert(1)</script>.jpg';
export const MALICIOUS_MAKE = '"><img src=x onerror=alert(2)>';

function photo(name: string, over: Partial<PhotoInfo> = {}): PhotoInfo {
  return {
    path: `/photos/${name}`,
    name,
    bytes: 123456,
    sha256: 'ab'.repeat(32),
    format: 'jpeg',
    width: FULL.width,
    height: FULL.height,
    orientation: 1,
    jpegQuality: 92,
    hasMetadata: true,
    exif: {
      captureTime: '2026-01-02T10:00:00',
      make: MALICIOUS_MAKE,
      model: 'Pixel 9',
      lens: null,
      focalLengthMm: 6.9,
      focalLength35mm: 24,
      exposureTimeS: 1 / 120,
      fNumber: 1.7,
      iso: 100,
      flashFired: false,
      whiteBalance: 'auto',
      software: null,
      hasGps: true,
      iccProfile: 'sRGB IEC61966-2.1',
    },
    ...over,
  };
}

const rotation = {
  warning: 8,
  critical: null,
  direction: 'above' as const,
  unit: 'deg',
  origin: 'bench p99 < 0.5 deg',
};
const exposure = { warning: 0.5, critical: 1.5, direction: 'above' as const, unit: 'EV', origin: 'measured' };

/** A complete report; `failed` gives the shape of a failed alignment. */
export function makeReport(failed = false, afterSize = FULL): AuditReport {
  return AuditReportSchema.parse({
    schemaVersion: 1,
    tool: { name: 'fairshot', version: '0.1.0-test' },
    createdAt: '2026-11-27T16:00:00.000Z',
    label: null,
    before: photo(MALICIOUS_NAME),
    after: photo('after.jpg', { width: afterSize.width, height: afterSize.height }),
    alignment: failed
      ? {
          status: 'failed',
          reason: 'too few feature matches (7 < 20).',
          model: null,
          matrix: null,
          method: 'akaze+ecc',
          inliers: 7,
          confidence: 0,
          rotationDeg: null,
          scale: null,
          tiltDeg: null,
          overlap: null,
          similarity: null,
        }
      : {
          status: 'aligned',
          reason: null,
          model: 'homography',
          matrix: [...TRUE_H],
          method: 'akaze+ecc',
          inliers: 312,
          confidence: 0.93,
          rotationDeg: 4,
          scale: 1.03,
          tiltDeg: 0.8,
          overlap: { before: 0.86, after: 0.9 },
          similarity: 0.97,
        },
    exposure: {
      applied: true,
      reference: 'overlap',
      rect: null,
      gains: [1.25, 1.25, 1.25],
      ev: 0.32,
      whiteBalance: { redStops: 0, blueStops: 0, description: 'unchanged' },
    },
    flags: [
      {
        id: 'light.exposure',
        severity: 'info',
        label: 'Exposure differs',
        message: 'The after photo is 0.32 EV darker.',
        measured: { value: 0.32, unit: 'EV' },
        threshold: exposure,
        why: 'Brighter light <hides> scalp & thins-looking hair.',
        detector: 'light.exposure@1',
        region: null,
      },
      {
        id: 'pose.rotation',
        severity: 'warning',
        label: 'Camera rotation',
        message: 'Rolled by 9 deg.',
        measured: { value: 9, unit: 'deg' },
        threshold: rotation,
        why: 'A rotated camera means a different setup.',
        detector: 'pose.rotation@1',
        region: null,
      },
    ],
    verdict: {
      score: 71,
      label: 'caution',
      summary: 'Comparable with care: the camera was rotated.',
      drivers: ['pose.rotation'],
    },
    detectors: [
      { id: 'pose.rotation', version: 1, threshold: rotation },
      { id: 'light.exposure', version: 1, threshold: exposure },
    ],
    measurements: { focusBefore: 12.5, 'detail<Correlation>': 0.91234 },
    timingsMs: { total: 1234 },
  });
}
