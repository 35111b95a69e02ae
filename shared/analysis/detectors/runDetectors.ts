/**
 * Runs every detector over one pair's measurements, with default or overridden thresholds.
 */
import type { FlagId } from '../../contract/flags.js';
import type { DetectorUse, Flag, Threshold } from '../../contract/report.js';
import { DETECTORS } from './registry.js';
import type { Detector, FlagDraft, PairMeasurements } from './types.js';

export interface RunDetectorsOptions {
  /** Per-detector threshold overrides (for calibration and audits with other policies). */
  thresholds?: Partial<Record<FlagId, Threshold>>;
}

export function runDetectors(
  m: PairMeasurements,
  options: RunDetectorsOptions = {},
): { flags: Flag[]; detectors: DetectorUse[] } {
  const flags: Flag[] = [];
  const detectors: DetectorUse[] = [];
  const drafts: [Detector, Threshold, FlagDraft][] = [];
  for (const d of DETECTORS) {
    const threshold = options.thresholds?.[d.meta.id] ?? d.meta.threshold;
    detectors.push({ id: d.meta.id, version: d.meta.version, threshold });
    const draft = d.detect(m, threshold);
    if (draft) drafts.push([d, threshold, draft]);
  }
  const fired = new Set<FlagId>(drafts.map(([d]) => d.meta.id));
  for (const [d, threshold, draft] of drafts) {
    const experimental = d.meta.experimental;
    const also = d.meta.confusedBy?.ids.filter((id) => fired.has(id)) ?? [];
    const confused = also.length > 0 ? ` ${also.join(' and ')} fired too: ${d.meta.confusedBy?.note}` : '';
    flags.push({
      id: d.meta.id,
      // An uncalibrated detector informs; it does not judge.
      severity: experimental ? 'info' : draft.severity,
      label: d.meta.label,
      message: experimental
        ? `${draft.message}${confused} (Experimental, would be ${draft.severity}: ${experimental})`
        : `${draft.message}${confused}`,
      measured: { value: draft.value, unit: draft.unit },
      threshold,
      why: d.meta.why,
      detector: `${d.meta.id}@${d.meta.version}`,
      region: draft.region ?? null,
    });
  }
  return { flags, detectors };
}
