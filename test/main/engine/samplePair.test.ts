/**
 * The bundled sample pair has a known truth (assets/samples/truth.json, rendered by scripts/make-sample.ts):
 * the engine must recover it, end to end from the files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPair } from '../../../main/engine/auditPair.js';
import { projectRoot } from '../../../main/engine/version.js';
import { homography, meanCornerError } from '../../../shared/geometry/homography.js';

const dir = join(projectRoot(), 'assets', 'samples');

describe('the bundled sample pair', () => {
  it('is audited close to its known truth', async () => {
    const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as {
      width: number;
      height: number;
      homographyAfterToBefore: number[];
      rotationDeg: number;
      scale: number;
      exposureEv: number;
    };
    const { report } = await auditPair(join(dir, 'before.jpg'), join(dir, 'after.jpg'));
    const a = report.alignment;
    expect(a.status).toBe('aligned');
    expect(a.confidence).toBeGreaterThan(0.7);
    // Within 0.5% of the diagonal: the benchmark's bar.
    const err = meanCornerError(
      homography<'after', 'before'>(a.matrix!),
      homography<'after', 'before'>(truth.homographyAfterToBefore),
      truth.width,
      truth.height,
    );
    expect(err).toBeLessThan(0.005 * Math.hypot(truth.width, truth.height));
    expect(a.rotationDeg).toBeCloseTo(truth.rotationDeg, 0);
    expect(a.scale).toBeCloseTo(truth.scale, 1);
    // The after photo is brighter, so the correction darkens it.
    expect(report.exposure.ev).toBeCloseTo(-truth.exposureEv, 1);
    expect(report.exposure.whiteBalance.description).toMatch(/warmer/);
    expect(report.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['light.exposure', 'image.focus']));
    expect(report.flags.map((f) => f.id)).not.toContain('pair.duplicate');
    expect(report.before.exif.captureTime).toBe('2026-01-10T09:30:00');
  });
});
