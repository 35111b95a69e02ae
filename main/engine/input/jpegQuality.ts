/**
 * Estimates the quality setting a JPEG was last saved at, on the IJG (libjpeg) 1..100 scale, from its
 * luminance quantization table. A low quality (heavy compression) smears fine hair and is a confounder.
 */

import { ijgLumaStep } from '../../../shared/analysis/provenance/ijgTable.js';
import { readQuantTables } from '../provenance/readQuantTables.js';

/**
 * Returns the IJG quality 1..100 whose scaled standard luminance table is closest to the file's table 0,
 * or null when the bytes are not a JPEG or carry no usable table. Encoders with their own tables
 * (some phones, mozjpeg's defaults) get the nearest IJG equivalent, which is what a comparison needs.
 */
export function estimateJpegQuality(bytes: Uint8Array): number | null {
  const table = readQuantTables(bytes).get(0);
  if (!table) return null;
  let best: number | null = null;
  let bestError = Infinity;
  for (let q = 1; q <= 100; q++) {
    let error = 0;
    for (let i = 0; i < 64; i++) error += Math.abs(ijgLumaStep(q, i) - (table[i] as number));
    // '<' keeps the lowest q on ties; at the top end q=99/100 differ, so ties only occur in clamped ranges.
    if (error < bestError) {
      bestError = error;
      best = q;
    }
  }
  return best;
}
