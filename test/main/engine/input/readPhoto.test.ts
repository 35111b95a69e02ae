import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import sharp, { type Sharp } from 'sharp';
import { PhotoInfoSchema } from '../../../../shared/contract/report.js';
import { readPhoto } from '../../../../main/engine/input/readPhoto.js';
import { colourDistance, halves, noise, pixel, solid, tempFolder, type Rgb } from './fixtures.js';

const TEAL: Rgb = { r: 30, g: 140, b: 120 };
const RED: Rgb = { r: 220, g: 20, b: 20 };
const BLUE: Rgb = { r: 20, g: 20, b: 220 };

describe('readPhoto: formats', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    folder = await tempFolder();
  });
  afterAll(() => folder.done());

  const encoders: [string, (s: Sharp) => Sharp][] = [
    ['jpeg', (s) => s.jpeg({ quality: 95 })],
    ['png', (s) => s.png()],
    ['webp', (s) => s.webp({ lossless: true })],
    ['tiff', (s) => s.tiff()],
    ['avif', (s) => s.avif({ lossless: true })],
    ['gif', (s) => s.gif()],
  ];
  it.each(encoders)('decodes %s to its size and colour', async (format, encode) => {
    const path = await folder.put(`solid.${format}`, await encode(solid(120, 80, TEAL)).toBuffer());
    const photo = await readPhoto(path);
    expect(PhotoInfoSchema.parse(photo.info)).toEqual(photo.info);
    expect(photo.info).toMatchObject({
      format,
      width: 120,
      height: 80,
      orientation: 1,
      path,
      name: `solid.${format}`,
    });
    expect(photo.info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(photo.info.jpegQuality).toBe(format === 'jpeg' ? 95 : null);
    expect(photo.work).toMatchObject({ width: 120, height: 80 });
    expect(photo.work.data.length).toBe(120 * 80 * 3);
    // GIF quantises to a 256-colour palette; AVIF converts through YUV even when "lossless".
    expect(colourDistance(pixel(photo.work, 60, 40), TEAL)).toBeLessThanOrEqual(format === 'gif' ? 8 : 3);
    expect(photo.workScale).toBe(1);
  });

  it('shrinks the work copy to workMaxSide, keeps full() at full size, and never enlarges', async () => {
    const path = await folder.put('big.png', await solid(3000, 1500, TEAL).png().toBuffer());
    const photo = await readPhoto(path, { workMaxSide: 600 });
    expect(photo.work).toMatchObject({ width: 600, height: 300 });
    expect(photo.workScale).toBeCloseTo(0.2, 10);
    const full = await photo.full();
    expect(full).toMatchObject({ width: 3000, height: 1500 });
    expect(await photo.full(1000)).toMatchObject({ width: 1000, height: 500 });
    expect(colourDistance(pixel(full, 2999, 1499), TEAL)).toBe(0);

    const small = await readPhoto(await folder.put('small.png', await solid(50, 40, TEAL).png().toBuffer()));
    expect(small.work).toMatchObject({ width: 50, height: 40 });
    expect(await small.full(4000)).toMatchObject({ width: 50, height: 40 });
  });

  it('applies EXIF orientation 6: width and height swap and the pixels turn clockwise', async () => {
    const stored = halves(40, 20, RED, BLUE).jpeg({ quality: 95 }).withMetadata({ orientation: 6 });
    const path = await folder.put('rotated.jpg', await stored.toBuffer());
    const photo = await readPhoto(path);
    expect(photo.info).toMatchObject({ width: 20, height: 40, orientation: 6 });
    expect(photo.work).toMatchObject({ width: 20, height: 40 });
    // Turning clockwise brings the stored left (red) half to the top.
    expect(colourDistance(pixel(photo.work, 10, 5), RED)).toBeLessThanOrEqual(6);
    expect(colourDistance(pixel(photo.work, 10, 34), BLUE)).toBeLessThanOrEqual(6);
    const full = await photo.full();
    expect(full).toMatchObject({ width: 20, height: 40 });
    expect(colourDistance(pixel(full, 10, 5), RED)).toBeLessThanOrEqual(6);
  });

  it('turns 16-bit, grey, CMYK and transparent inputs into 8-bit sRGB with 3 channels', async () => {
    const cases: [string, Buffer, Rgb, number][] = [
      ['deep.png', await solid(32, 32, TEAL).toColourspace('rgb16').png().toBuffer(), TEAL, 1],
      [
        'grey.png',
        await solid(32, 32, { r: 90, g: 90, b: 90 }).toColourspace('b-w').png().toBuffer(),
        { r: 90, g: 90, b: 90 },
        1,
      ],
      // CMYK goes through a press profile and back, which does not round-trip exactly.
      [
        'cmyk.jpg',
        await solid(32, 32, TEAL).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer(),
        TEAL,
        25,
      ],
      [
        'clear.png',
        await sharp({
          create: { width: 32, height: 32, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
        })
          .png()
          .toBuffer(),
        { r: 255, g: 255, b: 255 },
        0,
      ],
      [
        'half.png',
        await sharp({
          create: { width: 32, height: 32, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.5 } },
        })
          .png()
          .toBuffer(),
        { r: 255, g: 128, b: 128 },
        2,
      ],
    ];
    for (const [name, bytes, expected, tolerance] of cases) {
      const photo = await readPhoto(await folder.put(name, bytes));
      expect(photo.work.data.length, name).toBe(32 * 32 * 3);
      expect(colourDistance(pixel(photo.work, 16, 16), expected), name).toBeLessThanOrEqual(tolerance);
    }
    // The fixtures really are what they claim to be.
    const meta = await Promise.all(cases.map(([, bytes]) => sharp(bytes).metadata()));
    expect(meta.map((m) => [m.depth, m.channels, m.space, m.hasAlpha])).toEqual([
      ['ushort', 3, 'rgb16', false],
      ['uchar', 1, 'b-w', false],
      ['uchar', 4, 'cmyk', false],
      ['uchar', 4, 'srgb', true],
      ['uchar', 4, 'srgb', true],
    ]);
  });

  it('reads the first frame of an animated GIF', async () => {
    const red = await solid(30, 20, RED).png().toBuffer();
    const blue = await solid(30, 20, BLUE).png().toBuffer();
    const gif = await sharp([red, blue], { join: { animated: true } })
      .gif()
      .toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    const photo = await readPhoto(await folder.put('anim.gif', gif));
    expect(photo.info).toMatchObject({ width: 30, height: 20 });
    expect(photo.work).toMatchObject({ width: 30, height: 20 });
    expect(colourDistance(pixel(photo.work, 15, 10), RED)).toBeLessThanOrEqual(8);
  });

  it('accepts a complete JPEG followed by a vendor trailer', async () => {
    const jpeg = await noise(64, 48).jpeg().toBuffer();
    const path = await folder.put(
      'trailer.jpg',
      Buffer.concat([jpeg, Buffer.from('SEFT vendor trailer\0\0\0')]),
    );
    expect((await readPhoto(path)).work).toMatchObject({ width: 64, height: 48 });
  });

  it('reads the file bytes once: full() still works after the file is gone', async () => {
    const path = await folder.put('gone.png', await solid(40, 30, TEAL).png().toBuffer());
    const photo = await readPhoto(path);
    const { rm } = await import('node:fs/promises');
    await rm(path);
    expect(await photo.full()).toMatchObject({ width: 40, height: 30 });
  });

  it('reads into shared memory when asked, with the same bytes, facts and pixels', async () => {
    const bytes = await noise(64, 48).jpeg({ quality: 90 }).withMetadata().toBuffer();
    const path = await folder.put('shared.jpg', bytes);
    const plain = await readPhoto(path);
    const shared = await readPhoto(path, { sharedBytes: true });
    expect(shared.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(plain.bytes.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(shared.bytes).equals(bytes)).toBe(true);
    expect(shared.info).toEqual(plain.info);
    expect(Buffer.from(shared.work.data).equals(Buffer.from(plain.work.data))).toBe(true);
    const [a, b] = await Promise.all([shared.full(), plain.full()]);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });

  it('hashes the exact file bytes', async () => {
    const { createHash } = await import('node:crypto');
    const bytes = await solid(10, 10, TEAL).png().toBuffer();
    const photo = await readPhoto(await folder.put('hash.png', bytes));
    expect(photo.info.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(photo.info.bytes).toBe(bytes.length);
  });
});
