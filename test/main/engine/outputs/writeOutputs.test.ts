import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import { AuditReportSchema } from '../../../../shared/contract/report.js';
import { apply, invert } from '../../../../shared/geometry/homography.js';
import { pt } from '../../../../shared/geometry/frames.js';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import { writeOutputs } from '../../../../main/engine/outputs/writeOutputs.js';
import {
  brightenCorrection,
  DARKEN,
  DISPLAY,
  FULL,
  makePair,
  makeReport,
  MALICIOUS_MAKE,
  MALICIOUS_NAME,
  TRUE_H,
} from './fixtures.js';

const require = createRequire(import.meta.url);
const exifr = require('exifr') as { gps(b: Buffer): Promise<unknown> };

let cv: Cv;
let root: string;

/** The RGB pixels of a written file. */
async function pixels(path: string): Promise<RgbImage> {
  const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/**
 * Mean absolute difference per channel between `a` and `b` over display pixels of the before frame whose
 * full-resolution point maps inside the after photo with a margin: the area both photos show.
 */
function overlapDiff(a: RgbImage, b: RgbImage): number {
  const beforeToAfter = invert(TRUE_H);
  let sum = 0;
  let n = 0;
  for (let j = 0; j < DISPLAY.height; j++)
    for (let i = 0; i < DISPLAY.width; i++) {
      const p = apply(beforeToAfter, pt<'before'>(2 * i + 0.5, 2 * j + 0.5));
      if (p.x < 8 || p.y < 8 || p.x > FULL.width - 8 || p.y > FULL.height - 8) continue;
      for (let k = 0; k < 3; k++) {
        const o = (j * DISPLAY.width + i) * 3 + k;
        sum += Math.abs((a.data[o] as number) - (b.data[o] as number));
        n++;
      }
    }
  expect(n).toBeGreaterThan(DISPLAY.width * DISPLAY.height * 3 * 0.5);
  return sum / n;
}

/** The before photo as it would arrive from a camera file with GPS EXIF, decoded to pixels. */
async function withGpsRoundTrip(img: RgbImage): Promise<RgbImage> {
  const png = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .png()
    .withExif({
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 0/1',
      },
    })
    .toBuffer();
  expect(await exifr.gps(png)).toMatchObject({ latitude: 51.5 });
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

beforeAll(async () => {
  cv = await loadOpenCv();
  root = await mkdtemp(join(tmpdir(), 'fairshot-outputs-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('writeOutputs, aligned pair', () => {
  const pair = makePair();
  const report = makeReport();
  let dir: string;
  let written: string[];
  let html: string;

  beforeAll(async () => {
    dir = join(root, 'aligned', 'nested');
    written = await writeOutputs(cv, dir, {
      report,
      before: await withGpsRoundTrip(pair.before),
      after: pair.after,
      afterToBefore: TRUE_H,
      correction: brightenCorrection(),
    });
    html = await readFile(join(dir, 'report.html'), 'utf8');
  });

  it('writes every output, creates the folder, and leaves no temporary file behind', async () => {
    const expected = [
      'aligned.jpg',
      'aligned-normalized.jpg',
      'side-by-side.jpg',
      'difference.png',
      'flicker.gif',
      'flicker.webp',
      'report.json',
      'report.html',
    ];
    expect(written).toEqual(expected);
    expect((await readdir(dir)).sort()).toEqual([...expected].sort());
  });

  it('decodes every image at the expected size', async () => {
    const size = async (name: string) => {
      const m = await sharp(join(dir, name)).metadata();
      return [m.format, m.width, m.height];
    };
    expect(await size('aligned.jpg')).toEqual(['jpeg', 320, 240]);
    expect(await size('aligned-normalized.jpg')).toEqual(['jpeg', 320, 240]);
    expect(await size('side-by-side.jpg')).toEqual(['jpeg', 320 + 8 + 320, 240]);
    const diff = await sharp(join(dir, 'difference.png')).metadata();
    expect([diff.format, diff.width]).toEqual(['png', 320]);
    expect(diff.height).toBeGreaterThan(240); // the legend strip
  });

  it('makes the flicker a looping two-frame animation of 600 ms frames', async () => {
    for (const name of ['flicker.gif', 'flicker.webp']) {
      const m = await sharp(join(dir, name), { pages: -1 }).metadata();
      expect(m.pages).toBe(2);
      expect(m.loop).toBe(0);
      expect(m.delay).toEqual([600, 600]);
      expect([m.width, m.pageHeight]).toEqual([320, 240]);
    }
  });

  it('warps the after photo onto the before photo (the direction is right)', async () => {
    const before = pair.before;
    const normalized = await pixels(join(dir, 'aligned-normalized.jpg'));
    const aligned = await pixels(join(dir, 'aligned.jpg'));
    // The normalized warp reproduces the before photo; the unwarped after does not come close.
    expect(overlapDiff(normalized, before)).toBeLessThan(5);
    expect(overlapDiff(pair.after, before)).toBeGreaterThan(25);
    // aligned.jpg keeps the after photo's own exposure: darker by DARKEN where they overlap.
    const darker: RgbImage = { ...before, data: before.data.map((v) => Math.round(v * DARKEN)) };
    expect(overlapDiff(aligned, darker)).toBeLessThan(5);
    expect(overlapDiff(aligned, before)).toBeGreaterThan(15);
  });

  it('fills the area the after photo does not cover with the same neutral gray in both aligned images', async () => {
    // The roll and shift leave the before frame's top-left corner uncovered.
    const corner = apply(invert(TRUE_H), pt<'before'>(0.5, 0.5));
    expect(corner.x < 0 || corner.y < 0).toBe(true);
    for (const name of ['aligned.jpg', 'aligned-normalized.jpg']) {
      const img = await pixels(join(dir, name));
      for (let k = 0; k < 3; k++) expect(Math.abs((img.data[k] as number) - 128)).toBeLessThanOrEqual(2);
    }
  });

  it('shows small differences as the dark end of the colormap inside the overlap', async () => {
    const heat = await pixels(join(dir, 'difference.png'));
    const o = (120 * heat.width + 160) * 3;
    // viridis(0) is (68, 1, 84): dark, blue-violet; a large difference would be green or yellow.
    expect(heat.data[o + 1] as number).toBeLessThan(70);
    expect(heat.data[o + 2] as number).toBeGreaterThan(heat.data[o] as number);
  });

  it('writes report.json as the report, pretty-printed', async () => {
    const json = await readFile(join(dir, 'report.json'), 'utf8');
    expect(json).toBe(JSON.stringify(report, null, 2));
    expect(AuditReportSchema.parse(JSON.parse(json))).toEqual(report);
  });

  it('renders the verdict and every flag in report.html', () => {
    expect(html).toContain('71<small>/100</small>');
    expect(html).toContain('caution');
    expect(html).toContain(report.verdict.summary.replace(':', ':'));
    for (const f of report.flags) {
      expect(html).toContain(f.id);
      expect(html).toContain(f.detector);
    }
    expect(html).toContain('Brighter light &lt;hides&gt; scalp &amp; thins-looking hair.');
    expect(html).not.toContain('Alignment failed');
    expect(html).toContain('<th scope="row">detail&lt;Correlation&gt;</th><td>0.9123</td>');
  });

  it('escapes untrusted strings and loads nothing from outside', () => {
    expect(html).not.toMatch(/<script/i);
    expect(MALICIOUS_NAME).toBe('<script>alert(1)</script>.jpg');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.jpg');
    expect(html).not.toContain(MALICIOUS_MAKE);
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/https?:/i);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    const sources = [...html.matchAll(/<img src="([^"]*)"/g)].map((m) => m[1] as string);
    expect(sources.length).toBe(6); // before, after, aligned, normalized, flicker, heat map
    for (const s of sources) expect(s).toMatch(/^data:image\/(jpeg|webp);base64,/);
  });

  it('shows whether the photos carry GPS, never where', () => {
    expect(html).toMatch(/GPS present<\/th><td>yes<\/td><td>yes<\/td>/);
    expect(html).not.toMatch(/latitude|longitude/i);
  });

  it('carries no EXIF, XMP or GPS in any image output, though the before photo came with GPS', async () => {
    for (const name of written.filter((n) => !n.startsWith('report'))) {
      const path = join(dir, name);
      const m = await sharp(path).metadata();
      expect([name, m.exif, m.xmp, m.iptc]).toEqual([name, undefined, undefined, undefined]);
      const bytes = await readFile(path);
      expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
      // No EXIF block of any kind (JPEG APP1 / PNG eXIf / WebP EXIF chunk all start with these bytes).
      expect(bytes.includes('Exif\0\0')).toBe(false);
      expect(bytes.includes('eXIf')).toBe(false);
      // The map is opaque. (Animations say nothing here: libvips decodes GIF as RGBA, and libwebp uses
      // transparency between frames to skip unchanged pixels.)
      if (name.endsWith('.png')) expect(m.hasAlpha).toBe(false);
    }
  });
});

describe('writeOutputs, failed alignment', () => {
  it('fabricates nothing aligned: side by side as shot, flicker only for the same aspect, both reports', async () => {
    const pair = makePair();
    const dir = join(root, 'failed');
    const report = makeReport(true);
    const written = await writeOutputs(cv, dir, {
      report,
      before: pair.before,
      after: pair.after,
      afterToBefore: null,
      correction: brightenCorrection(),
    });
    expect(written).toEqual([
      'side-by-side.jpg',
      'flicker.gif',
      'flicker.webp',
      'report.json',
      'report.html',
    ]);
    expect((await readdir(dir)).sort()).toEqual([...written].sort());
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain(
      'Alignment failed: too few feature matches (7 &lt; 20). The side by side shows the photos as shot; nothing here is aligned.',
    );
    expect([...html.matchAll(/<img src=/g)].length).toBe(3); // before, after, flicker
  });

  it('skips the flicker when the photos differ in aspect, and letterboxes the side by side to one height', async () => {
    const pair = makePair();
    const portrait: RgbImage = { width: 120, height: 160, data: new Uint8Array(120 * 160 * 3).fill(90) };
    const dir = join(root, 'failed-aspect');
    const written = await writeOutputs(cv, dir, {
      report: makeReport(true, { width: 480, height: 640 }),
      before: pair.before,
      after: portrait,
      afterToBefore: null,
      correction: brightenCorrection(),
    });
    expect(written).toEqual(['side-by-side.jpg', 'report.json', 'report.html']);
    const m = await sharp(join(dir, 'side-by-side.jpg')).metadata();
    // Both panels at the smaller height, 160: 320x240 -> 213x160, then the gap, then 120x160.
    expect([m.width, m.height]).toEqual([213 + 8 + 120, 160]);
  });
});

describe('writeOutputs, options', () => {
  it('writes neither animation when both are switched off, and still shows one in the page', async () => {
    const pair = makePair();
    const dir = join(root, 'no-anim');
    const written = await writeOutputs(
      cv,
      dir,
      {
        report: makeReport(),
        before: pair.before,
        after: pair.after,
        afterToBefore: TRUE_H,
        correction: brightenCorrection(),
      },
      { gif: false, webp: false },
    );
    expect(written.filter((n) => n.startsWith('flicker'))).toEqual([]);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('src="data:image/webp;base64,');
  });

  it('downscales inputs larger than maxSide before warping', async () => {
    const pair = makePair();
    const dir = join(root, 'small');
    await writeOutputs(
      cv,
      dir,
      {
        report: makeReport(),
        before: pair.before,
        after: pair.after,
        afterToBefore: TRUE_H,
        correction: brightenCorrection(),
      },
      { maxSide: 160, gif: false, webp: false },
    );
    const m = await sharp(join(dir, 'aligned-normalized.jpg')).metadata();
    expect([m.width, m.height]).toEqual([160, 120]);
    // Still aligned at the smaller size: compare against the before photo downscaled the same way.
    const small = await sharp(pair.before.data, { raw: { width: 320, height: 240, channels: 3 } })
      .resize(160, 120, { kernel: 'lanczos3' })
      .raw()
      .toBuffer();
    const got = await sharp(join(dir, 'aligned-normalized.jpg')).raw().toBuffer();
    let sum = 0;
    let n = 0;
    for (let y = 40; y < 100; y++)
      for (let x = 50; x < 130; x++)
        for (let k = 0; k < 3; k++) {
          sum += Math.abs((got[(y * 160 + x) * 3 + k] as number) - (small[(y * 160 + x) * 3 + k] as number));
          n++;
        }
    expect(sum / n).toBeLessThan(6);
  });
});

describe('writeOutputs, guards', () => {
  it('refuses to write over one of the audited photos', async () => {
    const pair = makePair();
    const dir = join(root, 'guard');
    const report = { ...makeReport(true) };
    report.after = { ...report.after, path: join(dir, 'side-by-side.jpg') };
    await expect(
      writeOutputs(cv, dir, {
        report,
        before: pair.before,
        after: pair.after,
        afterToBefore: null,
        correction: brightenCorrection(),
      }),
    ).rejects.toThrow(/one of the audited photos/);
  });

  it('rejects an aligned report without a homography instead of silently writing nothing aligned', async () => {
    const pair = makePair();
    await expect(
      writeOutputs(cv, join(root, 'guard2'), {
        report: makeReport(),
        before: pair.before,
        after: pair.after,
        afterToBefore: null,
        correction: brightenCorrection(),
      }),
    ).rejects.toThrow(/afterToBefore is null/);
  });
});
