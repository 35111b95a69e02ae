import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { PhotoError } from '../../../../main/engine/input/PhotoError.js';
import { readPhoto } from '../../../../main/engine/input/readPhoto.js';
import { noise, pngBombHeader, tempFolder } from './fixtures.js';

/** Reads a photo that must fail, and returns the PhotoError after checking its shape. */
async function failure(path: string): Promise<PhotoError> {
  const error = await readPhoto(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhotoError);
  const photoError = error as PhotoError;
  expect(photoError.file).toBe(path);
  expect(photoError.message).toBe(`${path}: ${photoError.cause_}`);
  expect(photoError.message).not.toMatch(/\n/);
  return photoError;
}

describe('readPhoto: bad inputs become one-line PhotoErrors', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  let jpeg: Buffer;
  beforeAll(async () => {
    folder = await tempFolder();
    jpeg = await noise(200, 150).jpeg({ quality: 90 }).toBuffer();
  });
  afterAll(() => folder.done());

  it('missing file', async () => {
    expect((await failure(join(folder.dir, 'nope.jpg'))).cause_).toBe('file not found');
  });

  it('a folder', async () => {
    const path = join(folder.dir, 'album.jpg');
    await mkdir(path);
    expect((await failure(path)).cause_).toBe('is a folder, not a photo');
  });

  it('zero bytes', async () => {
    expect((await failure(await folder.put('empty.jpg', new Uint8Array(0)))).cause_).toBe(
      'empty file (0 bytes)',
    );
  });

  it('a JPEG cut off in its image data', async () => {
    const path = await folder.put('cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length * 0.6)));
    const error = await failure(path);
    expect(error.cause_).toBe('not a readable image (truncated JPEG data)');
    expect(error.message).toBe(`${path}: not a readable image (truncated JPEG data)`);
  });

  it('a JPEG missing only its end-of-image marker', async () => {
    const path = await folder.put('noeoi.jpg', jpeg.subarray(0, jpeg.length - 2));
    expect((await failure(path)).cause_).toBe('not a readable image (truncated JPEG data)');
  });

  it('a PNG cut off in its pixel data', async () => {
    const png = await noise(200, 150).png().toBuffer();
    const path = await folder.put('cut.png', png.subarray(0, Math.floor(png.length * 0.5)));
    expect((await failure(path)).cause_).toMatch(/^not a readable image \(/);
  });

  it('a text file named .jpg', async () => {
    const path = await folder.put('notes.jpg', 'Dear diary,\nthe photos are in the other folder.\n');
    expect((await failure(path)).cause_).toMatch(/^unsupported format: a text file, not an image/);
  });

  it('a BMP, a PDF, an SVG and random bytes say what they are', async () => {
    const bmp = Buffer.alloc(70);
    bmp.write('BM', 0, 'latin1');
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['scan.bmp', bmp, /a BMP image/],
      ['scan.pdf', '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', /a PDF document/],
      ['logo.jpg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', /an SVG drawing/],
      ['noise.jpg', new Uint8Array(64).map((_, i) => (i * 37 + 200) % 256), /not a recognised image format/],
    ];
    for (const [name, data, pattern] of cases) {
      expect((await failure(await folder.put(name, data))).cause_, name).toMatch(pattern);
    }
  });

  it('a 50000x50000 PNG is refused by the pixel limit before anything is allocated', async () => {
    const path = await folder.put('bomb.png', pngBombHeader(50000, 50000));
    const started = performance.now();
    const error = await failure(path);
    expect(error.cause_).toBe('image too large (50000x50000 = 2500 MP, limit 100 MP)');
    // Decoding 7.5 GB of pixels would take minutes (or exhaust memory); refusing takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('the pixel limit is an option', async () => {
    const path = await folder.put('medium.jpg', jpeg);
    expect((await failure2(path, 20_000)).cause_).toBe(
      'image too large (200x150 = 30000 pixels, limit 20000 pixels)',
    );
  });

  it('a HEIC container the HEVC decoder cannot read', async () => {
    // An AVIF relabelled with the HEIC brand reaches heic-decode, whose libheif build has no AV1 decoder.
    const avif = Buffer.from(
      await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } })
        .avif()
        .toBuffer(),
    );
    expect(avif.subarray(4, 12).toString('latin1')).toBe('ftypavif');
    avif.write('heic', 8, 'latin1');
    const error = await failure(await folder.put('relabelled.heic', avif));
    expect(error.cause_).toMatch(/^not a readable image \(damaged HEIC data: /);
  });
});

async function failure2(path: string, maxPixels: number): Promise<PhotoError> {
  const error: unknown = await readPhoto(path, { maxPixels }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhotoError);
  return error as PhotoError;
}
