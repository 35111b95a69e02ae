/**
 * The bundled sample composite (assets/samples/composite.jpg, made by scripts/make-composite.ts from the
 * sample pair) splits into the panels it was drawn with, and its case is audited close to the pair's
 * known truth: the same rotation and scale as the two files give.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditComposite } from '../../../../main/engine/composite/auditComposite.js';
import { proposeSplit } from '../../../../main/engine/composite/proposeSplit.js';
import { projectRoot } from '../../../../main/engine/version.js';
import { rectIou } from '../../../../bench/lib/compositeScore.js';

const dir = join(projectRoot(), 'assets', 'samples');

describe('the bundled sample composite', () => {
  it('splits into its two drawn panels and audits like the pair it was made from', async () => {
    const truth = JSON.parse(await readFile(join(dir, 'composite.json'), 'utf8')) as {
      panels: [number, number, number, number][];
    };
    const pair = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as {
      rotationDeg: number;
      scale: number;
    };
    const p = await proposeSplit(join(dir, 'composite.jpg'));
    expect(p.split.panels).toHaveLength(2);
    for (const [i, t] of truth.panels.entries()) {
      expect(rectIou(p.split.panels[i]!.rect, t)).toBeGreaterThanOrEqual(0.9);
    }
    const [r] = await auditComposite(join(dir, 'composite.jpg'));
    const a = r!.report.alignment;
    expect(a.status).toBe('aligned');
    // Both panels were shrunk alike (1600 -> 800): rotation and scale between them are the pair's. A
    // panel cut a few pixels off moves the origin, not the scale; 2 % covers measuring at half size
    // (measured 1.067 against 1.08).
    expect(a.rotationDeg!).toBeCloseTo(pair.rotationDeg, 0);
    expect(Math.abs(a.scale! / pair.scale - 1)).toBeLessThan(0.02);
  });
});
