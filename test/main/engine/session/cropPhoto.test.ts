import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import { cropPhoto, type CropSources } from '../../../../main/engine/session/cropPhoto.js';
import { PhotoPixels } from '../../../../main/engine/session/photoPixels.js';
import { readPhoto } from '../../../../main/engine/input/readPhoto.js';
import { scene, tempDir } from '../../cli/fixtures.js';

/** The photo as a viewer shows it: decoded by sharp with its EXIF orientation applied. */
async function shown(path: string): Promise<RgbImage> {
  const { data, info } = await sharp(path).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

async function decodePng(bytes: Uint8Array): Promise<{ width: number; height: number; data: Buffer }> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect(info.channels).toBe(4);
  return { width: info.width, height: info.height, data };
}

/** Every crop pixel against `expected(x, y)` (RGB, or null for outside = transparent). */
function compare(
  crop: { width: number; data: Buffer },
  left: number,
  top: number,
  expected: (x: number, y: number) => [number, number, number] | null,
): { same: number; differ: number; transparent: number } {
  const out = { same: 0, differ: 0, transparent: 0 };
  for (let j = 0; j < crop.width; j++)
    for (let i = 0; i < crop.width; i++) {
      const o = (j * crop.width + i) * 4;
      const want = expected(left + i, top + j);
      if (want === null) {
        if (crop.data[o + 3] === 0) out.transparent++;
        else out.differ++;
      } else if (
        crop.data[o + 3] === 255 &&
        crop.data[o] === want[0] &&
        crop.data[o + 1] === want[1] &&
        crop.data[o + 2] === want[2]
      )
        out.same++;
      else out.differ++;
    }
  return out;
}

const at =
  (img: RgbImage) =>
  (x: number, y: number): [number, number, number] | null => {
    if (x < 0 || y < 0 || x >= img.width || y >= img.height) return null;
    const i = (y * img.width + x) * 3;
    return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
  };

describe('cropPhoto', () => {
  let dir: string;
  let sources: CropSources;
  let before: RgbImage;
  let after: RgbImage;
  const sha = async (p: string) => (await readPhoto(p)).info.sha256;

  beforeAll(async () => {
    dir = await tempDir('fairshot-crop-');
    const img = scene(300, 200, 3);
    const raw = { raw: { width: 300, height: 200, channels: 3 as const } };
    // The before photo is a JPEG stored sideways with EXIF orientation 6: shown 200 wide, 300 high.
    const bPath = join(dir, 'before.jpg');
    await writeFile(
      bPath,
      await sharp(img.data, raw).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toBuffer(),
    );
    // The after photo is the shown before photo turned a quarter clockwise, losslessly (PNG).
    before = await shown(bPath);
    const aPath = join(dir, 'after.png');
    const turned = await sharp(before.data, {
      raw: { width: before.width, height: before.height, channels: 3 },
    })
      .rotate(90)
      .png()
      .toBuffer();
    await writeFile(aPath, turned);
    after = await shown(aPath);
    expect([before.width, before.height, after.width, after.height]).toEqual([200, 300, 300, 200]);
    // After pixel (u, v) shows before pixel (v, H - 1 - u): an exact alignment, with no resampling.
    const H = before.height;
    sources = {
      before: { path: bPath, name: 'before.jpg', sha256: await sha(bPath) },
      after: { path: aPath, name: 'after.png', sha256: await sha(aPath) },
      afterToBefore: [0, 1, 0, -1, 0, H - 1, 0, 0, 1],
    };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("returns the before photo's own pixels at that place, orientation applied, as a PNG", async () => {
    const res = await cropPhoto(new PhotoPixels(), sources, {
      source: 'before',
      left: 37,
      top: 121,
      size: 64,
    });
    expect(res.mime).toBe('image/png');
    const crop = await decodePng(res.bytes);
    expect([crop.width, crop.height]).toEqual([64, 64]);
    expect(compare(crop, 37, 121, at(before))).toEqual({ same: 64 * 64, differ: 0, transparent: 0 });
  });

  it('is transparent where the square runs past the edge', async () => {
    const res = await cropPhoto(new PhotoPixels(), sources, {
      source: 'after',
      left: 270,
      top: -10,
      size: 40,
    });
    const c = compare(await decodePng(res.bytes), 270, -10, at(after));
    expect(c.differ).toBe(0);
    expect(c.same).toBe(30 * 30);
    expect(c.transparent).toBe(40 * 40 - 30 * 30);
  });

  it('fills an aligned crop in the before frame from the after photo through the alignment', async () => {
    const res = await cropPhoto(new PhotoPixels(), sources, {
      source: 'aligned',
      left: 60,
      top: 200,
      size: 48,
    });
    // The alignment is exact, so the aligned after photo is the before photo, pixel for pixel.
    expect(compare(await decodePng(res.bytes), 60, 200, at(before))).toEqual({
      same: 48 * 48,
      differ: 0,
      transparent: 0,
    });
  });

  it('refuses an aligned crop when the pair could not be aligned', async () => {
    await expect(
      cropPhoto(
        new PhotoPixels(),
        { ...sources, afterToBefore: null },
        { source: 'aligned', left: 0, top: 0, size: 16 },
      ),
    ).rejects.toMatchObject({
      kind: 'bad-input',
      message: 'no aligned crop: the photos could not be aligned',
    });
  });

  it('refuses a photo that changed on disk since the analysis, naming it and not its path', async () => {
    const changed = { ...sources, before: { ...sources.before, sha256: '0'.repeat(64) } };
    const err = (await cropPhoto(new PhotoPixels(), changed, {
      source: 'before',
      left: 0,
      top: 0,
      size: 16,
    }).catch((e: unknown) => e)) as Error & { kind: string };
    expect(err).toMatchObject({ kind: 'bad-input' });
    expect(err.message).toBe('before.jpg: changed on disk since it was analysed; analyze the pair again');
  });

  it('names an unreadable original by its name only', async () => {
    const gone = { ...sources, after: { ...sources.after, path: join(dir, 'missing.png') } };
    const err = (await cropPhoto(new PhotoPixels(), gone, {
      source: 'after',
      left: 0,
      top: 0,
      size: 16,
    }).catch((e: unknown) => e)) as Error & { kind: string };
    expect(err.kind).toBe('bad-input');
    expect(err.message).toMatch(/^after\.png: /);
    expect(err.message).not.toContain(dir);
  });
});

describe('PhotoPixels', () => {
  const img: RgbImage = { width: 2, height: 1, data: new Uint8Array(6) };

  it('decodes a photo once for many crops and keeps at most maxPhotos', async () => {
    const decode = vi.fn(async (path: string) => ({ sha256: `h-${path}`, pixels: img }));
    const cache = new PhotoPixels({ decode, maxPhotos: 2 });
    await Promise.all([cache.get('a', 'h-a', 'A'), cache.get('a', 'h-a', 'A'), cache.get('b', 'h-b', 'B')]);
    await cache.get('a', 'h-a', 'A');
    expect(decode).toHaveBeenCalledTimes(2);
    await cache.get('c', 'h-c', 'C');
    expect(cache.size).toBe(2);
    // 'b' was the least recently used: it is decoded again, 'a' is not.
    await cache.get('a', 'h-a', 'A');
    await cache.get('b', 'h-b', 'B');
    expect(decode.mock.calls.map((c) => c[0])).toEqual(['a', 'b', 'c', 'b']);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('lets a decoded photo go after idleMs without a request', async () => {
    vi.useFakeTimers();
    try {
      const decode = vi.fn(async () => ({ sha256: 'h', pixels: img }));
      const cache = new PhotoPixels({ decode, idleMs: 1000 });
      await cache.get('a', 'h', 'A');
      await vi.advanceTimersByTimeAsync(900);
      await cache.get('a', 'h', 'A');
      await vi.advanceTimersByTimeAsync(900);
      expect(cache.size).toBe(1);
      await vi.advanceTimersByTimeAsync(200);
      expect(cache.size).toBe(0);
      expect(decode).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not keep a failed decode', async () => {
    const decode = vi
      .fn<(p: string) => Promise<{ sha256: string; pixels: RgbImage }>>()
      .mockRejectedValueOnce(new Error('disk'))
      .mockResolvedValue({ sha256: 'h', pixels: img });
    const cache = new PhotoPixels({ decode });
    await expect(cache.get('a', 'h', 'A')).rejects.toMatchObject({ kind: 'internal' });
    await expect(cache.get('a', 'h', 'A')).resolves.toBe(img);
  });
});
