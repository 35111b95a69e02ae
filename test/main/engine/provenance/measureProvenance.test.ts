import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import type { FlagId } from '../../../../shared/contract/flags.js';
import type { Provenance } from '../../../../shared/contract/provenance.js';
import { runDetectors } from '../../../../shared/analysis/detectors/runDetectors.js';
import { measureProvenance } from '../../../../main/engine/provenance/measureProvenance.js';
import { cameraJpeg, jpeg, paste, rgb } from '../../../../bench/lib/provenanceCases.js';
import { withExifThumbnail } from '../../../../bench/lib/provenanceExif.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { cleanPair, photo } from '../../../shared/analysis/detectors/cleanPair.js';

let base: RgbImage;
beforeAll(() => {
  const r = renderScalp({ seed: 3 });
  base = { width: r.width, height: r.height, data: r.data };
});

const measure = async (bytes: Uint8Array) => (await measureProvenance({ bytes })).provenance;

/** The provenance flags raised for a pair of an untouched camera photo and a photo with `after`. */
async function provenanceFlags(after: Provenance, before?: Provenance): Promise<FlagId[]> {
  const b = before ?? (await measure(await cameraJpeg(base, 92)));
  const later = { captureTime: '2026-08-01T10:00:00' };
  const m = cleanPair({
    before: photo('before.jpg', { provenance: b }),
    after: photo('after.jpg', { provenance: after }, later),
  });
  return runDetectors(m)
    .flags.map((f) => f.id)
    .filter((id) => id.startsWith('provenance.'));
}

describe('measureProvenance', () => {
  it('stays quiet on photos saved once, as a camera or an export saves them', async () => {
    for (const bytes of [
      await cameraJpeg(base, 92),
      await cameraJpeg(base, 85),
      new Uint8Array(
        await sharp(base.data, { raw: { width: 512, height: 512, channels: 3 } })
          .png()
          .toBuffer(),
      ),
    ]) {
      const p = await measure(bytes);
      // PNG has no tables: the tables flag needs two JPEGs and stays quiet.
      expect(await provenanceFlags(p, p)).toEqual([]);
    }
  });

  it('stays quiet on a 16:9 photo whose camera letterboxed the thumbnail into 160x120', async () => {
    const wide = paste(
      { width: 512, height: 288, data: new Uint8Array(512 * 288 * 3) },
      base,
      0,
      112,
      512,
      288,
      0,
      0,
    );
    const thumb = await sharp(wide.data, { raw: { width: 512, height: 288, channels: 3 } })
      .resize(160, 120, { fit: 'contain', background: '#000' })
      .jpeg({ quality: 80 })
      .toBuffer();
    const p = await measure(withExifThumbnail(await jpeg(wide, 92), new Uint8Array(thumb)));
    expect(p.thumbnail!.similarity).toBeGreaterThan(0.95);
    expect(await provenanceFlags(p, p)).toEqual([]);
  });

  it('fires on a JPEG saved again at another quality and names the first quality', async () => {
    const p = await measure(await jpeg(await rgb(await jpeg(base, 75)), 92));
    expect(p.doubleCompression!.primaryQuality).toBe(75);
    expect(await provenanceFlags(p, p)).toEqual(['provenance.recompressed']);
  });

  it('fires on a cloned patch and points at both copies', async () => {
    const p = await measure(await cameraJpeg(paste(base, base, 100, 150, 80, 80, 300, 280), 92));
    expect(await provenanceFlags(p, p)).toEqual(['provenance.clone']);
    const [from, to] = p.copyMove!.regions;
    expect(Math.abs(to![0] - from![0] - 200)).toBeLessThanOrEqual(4);
    expect(Math.abs(to![1] - from![1] - 130)).toBeLessThanOrEqual(4);
  });

  it('fires on a thumbnail left from before a crop, or from another photo', async () => {
    const cropped = paste(
      { width: 384, height: 512, data: new Uint8Array(384 * 512 * 3) },
      base,
      64,
      0,
      384,
      512,
      0,
      0,
    );
    const stale = await measure(await cameraJpeg(cropped, 92, base));
    expect(stale.thumbnail!.aspectDifference).toBeGreaterThan(0.2);
    // Another scene: the rendered scalp shares its layout with every other render, so a gradient stands in.
    const other = new Uint8Array(512 * 512 * 3).map((_, i) => ((i / 3) % 512) / 2 + Math.floor(i / 1536) / 4);
    const foreign = await measure(await cameraJpeg(base, 92, { width: 512, height: 512, data: other }));
    for (const p of [stale, foreign]) expect(await provenanceFlags(p, p)).toEqual(['provenance.thumbnail']);
  });

  it('tells two encoders apart by their tables, and not one encoder from itself', async () => {
    const sharpJpeg = await measure(await jpeg(base, 90));
    const mozjpeg = await measure(await jpeg(base, 90, true));
    expect(sharpJpeg.quantTables).toBe('ijg-q90');
    expect(mozjpeg.quantTables).toMatch(/^[0-9a-f]{16}$/);
    expect(await provenanceFlags(mozjpeg, sharpJpeg)).toEqual(['provenance.tables']);
    expect(await provenanceFlags(await measure(await jpeg(base, 90)), sharpJpeg)).toEqual([]);
  });

  it('reads a central crop when no whole-photo map is asked for, and still finds a re-save', async () => {
    const big = await rgb(await jpeg(base, 100), 2.75); // 1408 px: larger than the 1024 crop
    const bytes = await jpeg(await rgb(await jpeg(big, 75)), 92);
    const crop = await measureProvenance({ bytes, errorLevelMap: false });
    const full = await measureProvenance({ bytes });
    expect(crop.provenance.quantTables).toBe(full.provenance.quantTables);
    expect(crop.errorLevel!.cols).toBe(128);
    expect(full.errorLevel!.cols).toBe(176);
    expect(crop.errorLevel!.origin).toEqual([192, 192]);
    for (const p of [crop.provenance, full.provenance]) {
      expect(await provenanceFlags(p, p)).toEqual(['provenance.recompressed']);
    }
  });

  it("measures a panel's pixels in its region and keeps the file's tables and thumbnail", async () => {
    const file = await cameraJpeg(base, 92);
    const whole = await measureProvenance({ bytes: file });
    const panel = await measureProvenance({ bytes: file, region: [13, 21, 240, 200] });
    expect(panel.provenance.quantTables).toBe(whole.provenance.quantTables);
    expect(panel.provenance.thumbnail).toEqual(whole.provenance.thumbnail);
    expect(panel.errorLevel!.width).toBe(240);
    // The file's grid, seen from a panel that starts at (13, 21), starts at (3, 3).
    expect(panel.errorLevel!.origin).toEqual([3, 3]);
  });
});
