import type { Detector } from '../types.js';
import { meta as recompressed } from '../provenance-recompressed/meta.js';
import { meta } from './meta.js';

/** Panels of one file whose earlier qualities differ by this much were compressed differently before. */
const PANEL_QUALITY_GAP = 10;

export const provenanceTables: Detector = {
  meta,
  detect(m) {
    const b = m.before.provenance;
    const a = m.after.provenance;
    if (!b?.quantTables || !a?.quantTables) return null;
    if (m.before.sha256 === m.after.sha256) {
      // Two panels of one composite share its tables: only their pixels can tell their sources apart.
      // An earlier quality is only read where the recompression evidence is (the recompressed flag's level).
      const evidence = recompressed.threshold.warning ?? Infinity;
      const earlier = (p: typeof b) =>
        (p.doubleCompression?.score ?? 0) >= evidence ? (p.doubleCompression?.primaryQuality ?? null) : null;
      const qb = earlier(b);
      const qa = earlier(a);
      if (qb === null || qa === null || Math.abs(qb - qa) < PANEL_QUALITY_GAP) return null;
      return {
        severity: 'info',
        value: `${qb} vs ${qa}`,
        unit: 'quality',
        message: `The panels come from one file, so its JPEG tables cannot tell their sources apart; their pixels point to earlier qualities of about ${qb} (before) and ${qa} (after).`,
      };
    }
    if (b.quantTables === a.quantTables) return null;
    // libjpeg's standard tables at two qualities are one encoder family: the quality gap is
    // image.compression's to judge, and phones vary their quality from shot to shot.
    if (b.quantTables.startsWith('ijg-') && a.quantTables.startsWith('ijg-')) return null;
    return {
      severity: 'warning',
      value: `${b.quantTables} vs ${a.quantTables}`,
      unit: '',
      message: `The two photos were saved with different JPEG quantization tables (qualities ${m.before.jpegQuality ?? '?'} and ${m.after.jpegQuality ?? '?'}): different software or settings saved them.`,
    };
  },
};
