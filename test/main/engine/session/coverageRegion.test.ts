import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzeRequestSchema } from '../../../../shared/contract/api.js';
import { AuditPool } from '../../../../main/engine/pool/AuditPool.js';
import { PairService } from '../../../../main/engine/session/PairService.js';
import { scene, tempDir, writeJpeg } from '../../cli/fixtures.js';

/** A coverage region a person draws travels with the analyze request and is the region measured. */
describe('analyze with a coverage region', () => {
  let dir: string;
  let service: PairService;
  let ids: { before: string; after: string };
  const pool = new AuditPool({ size: 1 });

  beforeAll(async () => {
    dir = await tempDir('fairshot-coverage-');
    const img = scene(640, 480, 13);
    const before = await writeJpeg(join(dir, 'before.jpg'), img);
    const after = await writeJpeg(join(dir, 'after.jpg'), img, { rotate: 2 });
    service = new PairService({ pool, dataDir: join(dir, 'data'), sample: { before, after } });
    const pair = await service.initialPair();
    ids = { before: pair!.before.id, after: pair!.after.id };
  });
  afterAll(async () => {
    await service.close();
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('measures the drawn rectangle, and the overlap when none is given', async () => {
    const drawn = await service.analyze(
      AnalyzeRequestSchema.parse({ ...ids, coverageRect: [160, 120, 320, 240] }),
    );
    const points = drawn.report.coverage?.region.points ?? [];
    // Working pixels are mapped back to the photo's: corners within a pixel of what was drawn.
    expect(points).toHaveLength(4);
    const corners: [number, number][] = [
      [160, 120],
      [480, 120],
      [480, 360],
      [160, 360],
    ];
    points.forEach(([x, y], i) => {
      const [cx, cy] = corners[i] ?? [NaN, NaN];
      expect(Math.hypot(x - cx, y - cy)).toBeLessThan(1.5);
    });
    const whole = await service.analyze(AnalyzeRequestSchema.parse(ids));
    const outline = whole.report.coverage?.region.points ?? [];
    expect(outline.length).toBeGreaterThanOrEqual(4);
    const xs = outline.map((p) => p[0]);
    // The overlap of a 2 degree roll spans nearly the whole 640 px width, far beyond the rectangle.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(600);
  }, 120_000);

  it('refuses a region that is not a rectangle of positive size', () => {
    expect(AnalyzeRequestSchema.safeParse({ ...ids, coverageRect: [0, 0, 0, 10] }).success).toBe(false);
    expect(AnalyzeRequestSchema.safeParse({ ...ids, coverageRect: '0,0,10,10' }).success).toBe(false);
  });
});
