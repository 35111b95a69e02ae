import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditReportSchema } from '../../../shared/contract/report.js';
import { FLAG_IDS } from '../../../shared/contract/flags.js';
import { main } from '../../../main/cli/index.js';
import { captureIo, scene, tempDir, writeJpeg } from './fixtures.js';

describe('fairshot audit', () => {
  let dir: string;
  let before: string;
  let after: string;
  beforeAll(async () => {
    dir = await tempDir();
    const img = scene(480, 360, 5);
    before = await writeJpeg(join(dir, 'before.jpg'), img);
    after = await writeJpeg(join(dir, 'after.jpg'), img, {
      rotate: 10,
      date: '2026:08:01 10:00:00',
      quality: 85,
    });
  });

  it('prints the report as JSON that parses with the contract, with the rotation recovered', async () => {
    const c = captureIo();
    expect(await main(['audit', before, after, '--json'], c.io)).toBe(0);
    const report = AuditReportSchema.parse(JSON.parse(c.stdout()));
    expect(report.alignment.status).toBe('aligned');
    expect(report.alignment.rotationDeg).toBeCloseTo(10, 0);
    expect(report.alignment.scale).toBeCloseTo(1, 1);
    // sharp rotates clockwise; the flag says so.
    const rot = report.flags.find((f) => f.id === 'pose.rotation');
    expect(rot?.message).toContain('clockwise');
    // One made from the other: the duplicate check must see it.
    expect(report.flags.map((f) => f.id)).toContain('pair.duplicate');
    expect(report.verdict.label).toBe('not comparable');
    expect(report.detectors.map((d) => d.id).sort()).toEqual([...FLAG_IDS].sort());
  });

  it('prints a readable summary and writes the outputs atomically with --out', async () => {
    const out = join(dir, 'out');
    const c = captureIo();
    expect(await main(['audit', before, after, '--out', out], c.io)).toBe(0);
    expect(c.stdout()).toMatch(/Verdict: NOT COMPARABLE \(score \d+\/100\)/);
    expect(c.stdout()).toContain('pose.rotation');
    const files = await readdir(out);
    expect(files).toEqual(
      expect.arrayContaining(['report.json', 'report.html', 'aligned.jpg', 'side-by-side.jpg']),
    );
    expect(files.filter((f) => f.startsWith('.fairshot-tmp'))).toEqual([]);
    AuditReportSchema.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')));
  });

  it.each([
    ['a missing file', async () => join(dir, 'nope.jpg'), /nope\.jpg: file not found/],
    [
      'a zero-byte file',
      async () => (await writeFile(join(dir, 'zero.jpg'), ''), join(dir, 'zero.jpg')),
      /zero\.jpg: empty file/,
    ],
    [
      'a text file named .jpg',
      async () => (await writeFile(join(dir, 'text.jpg'), 'hello, not a photo\n'), join(dir, 'text.jpg')),
      /text\.jpg: unsupported format/,
    ],
    [
      'a truncated JPEG',
      async () => {
        const bytes = await readFile(before);
        await writeFile(join(dir, 'cut.jpg'), bytes.subarray(0, Math.floor(bytes.length / 2)));
        return join(dir, 'cut.jpg');
      },
      /cut\.jpg: .*truncated/,
    ],
    [
      'a folder',
      async () => (await mkdir(join(dir, 'album'), { recursive: true }), join(dir, 'album')),
      /album: is a folder/,
    ],
  ])('exits 2 with one line naming the file for %s', async (_name, make, message) => {
    const bad = await make();
    const out = join(dir, `out-bad-${Math.random().toString(36).slice(2)}`);
    const c = captureIo();
    expect(await main(['audit', before, bad, '--out', out], c.io)).toBe(2);
    expect(c.stderr().trim().split('\n')).toHaveLength(1);
    expect(c.stderr()).toMatch(message);
    expect(c.stdout()).toBe('');
    // No partial outputs.
    await expect(readdir(out)).rejects.toThrow();
  });

  it('refuses an --out that would overwrite a photo, or that is a file, before any work', async () => {
    const sneaky = await writeJpeg(join(dir, 'report.json'), scene(64, 48, 1));
    const c = captureIo();
    expect(await main(['audit', sneaky, after, '--out', dir], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/report\.json: is one of the audited photos/);
    const d = captureIo();
    expect(await main(['audit', before, after, '--out', before], d.io)).toBe(2);
    expect(d.stderr()).toMatch(/before\.jpg: is a file, not a folder/);
  });

  it('refuses the same path twice', async () => {
    const c = captureIo();
    expect(await main(['audit', before, before], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/same path/);
  });

  it('exits 2 with the usage on a wrong command line', async () => {
    const c = captureIo();
    // One path is a composite now (test/main/cli/auditComposite.test.ts); none is a usage error.
    expect(await main(['audit', '--json'], c.io)).toBe(2);
    expect(c.stderr()).toContain('Usage:');
    const d = captureIo();
    expect(await main(['audit', before, after, '--rect', '1,2,3'], d.io)).toBe(2);
    expect(d.stderr()).toContain('--rect');
  });
});
