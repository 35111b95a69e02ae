/**
 * The judging half of the pipeline: the detectors, the verdict and the report, from what measurePair
 * measured. `infos` replaces the photos' facts measured with (a photo's provenance can arrive after the
 * pixels were measured: the detectors must see the complete facts).
 */
import type { AuditReport, PhotoInfo } from '../../contract/report.js';
import { REPORT_SCHEMA_VERSION } from '../../contract/version.js';
import { runDetectors } from '../detectors/runDetectors.js';
import { describeWhiteBalance } from '../detectors/light-color/describe.js';
import { coverageReport } from '../hair/coverageReport.js';
import { hairNumbers } from '../hair/hairNumbers.js';
import { verdict } from '../verdict.js';
import type { AnalyzePairOptions, PairAnalysis } from './analyzePair.js';
import type { PairMeasured } from './measurePair.js';

export function reportPair(
  measured: PairMeasured,
  options: AnalyzePairOptions,
  infos?: { before: PhotoInfo; after: PhotoInfo },
): PairAnalysis {
  const { reg, full, correction, exposure, timings } = measured;
  const m = infos ? { ...measured.m, before: infos.before, after: infos.after } : measured.m;
  const { flags, detectors } = runDetectors(m, { thresholds: options.thresholds });
  const v = verdict(flags);
  const p = m.pose;
  const report: AuditReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'fairshot', version: options.toolVersion },
    createdAt: options.createdAt ?? new Date().toISOString(),
    label: options.label ?? null,
    before: m.before,
    after: m.after,
    alignment: {
      status: full ? 'aligned' : 'failed',
      reason: reg.reason,
      model: full ? reg.model : null,
      matrix: full ? [...full] : null,
      method: reg.method,
      inliers: reg.inliers,
      confidence: full ? reg.confidence : Math.min(reg.confidence, 0.2),
      rotationDeg: p ? round(p.rotationDeg, 3) : null,
      scale: p ? round(p.scale, 4) : null,
      tiltDeg: p ? round(p.tiltDeg, 2) : null,
      overlap: m.overlap ? { before: round(m.overlap.before, 4), after: round(m.overlap.after, 4) } : null,
      similarity: m.structureCorrelation === null ? null : round(m.structureCorrelation, 4),
    },
    exposure: {
      applied: exposure.samples > 0,
      reference: exposure.samples === 0 ? 'none' : options.referenceRect ? 'rect' : 'overlap',
      rect: options.referenceRect ? [...options.referenceRect] : null,
      gains: correction.gains.map((g) => round(g, 4)) as [number, number, number],
      ev: round(exposure.ev, 3),
      whiteBalance: {
        redStops: round(exposure.redStops, 3),
        blueStops: round(exposure.blueStops, 3),
        description: describeWhiteBalance(exposure.redStops, exposure.blueStops),
      },
    },
    flags,
    verdict: v,
    detectors,
    measurements: {
      focusBefore: m.focus ? round(m.focus.before, 4) : null,
      focusAfter: m.focus ? round(m.focus.after, 4) : null,
      detailCorrelation: m.detailCorrelation === null ? null : round(m.detailCorrelation, 4),
      structureCorrelation: m.structureCorrelation === null ? null : round(m.structureCorrelation, 4),
      resolutionRatio: m.pose ? round(m.pose.resolutionRatio, 4) : null,
      exposureSamples: exposure.samples,
      ...hairNumbers(m.hair),
    },
    ...(m.hair
      ? { coverage: coverageReport(m.hair.coverage, flags, m.overlapOutline, m.before, measured.work) }
      : {}),
    timingsMs: Object.fromEntries(Object.entries(timings).map(([k, t]) => [k, Math.round(t)])),
  };
  options.onProgress?.(1, 'done');
  return { report, afterToBefore: full, correction };
}

function round(v: number, digits: number): number {
  return Number(v.toFixed(digits));
}
