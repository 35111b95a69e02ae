import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExifSchema } from '../../../../shared/contract/report.js';
import { readMetadata } from '../../../../main/engine/input/readMetadata.js';
import { readPhoto } from '../../../../main/engine/input/readPhoto.js';
import { solid, tempFolder } from './fixtures.js';

const GREY = { r: 128, g: 128, b: 128 };
const CAMERA = {
  IFD0: { Make: 'Acme', Model: 'Scalpcam 2', Software: 'Firmware 1.4' },
  IFD2: {
    DateTimeOriginal: '2024:05:06 07:08:09',
    OffsetTimeOriginal: '+02:00',
    ExposureTime: '1/125',
    FNumber: '28/10',
    ISOSpeedRatings: '200',
    Flash: '9', // fired (bit 0), compulsory mode
    WhiteBalance: '1',
    FocalLength: '50/1',
    FocalLengthIn35mmFilm: '75',
    LensModel: 'Acme 50mm F2.8 Macro',
  },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '48/1 51/1 2400/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '2/1 21/1 0/1',
  },
};

describe('readMetadata', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    folder = await tempFolder();
  });
  afterAll(() => folder.done());

  it('reads back every camera field of a JPEG, and only the presence of GPS', async () => {
    const jpeg = await solid(64, 48, GREY).jpeg().withExif(CAMERA).toBuffer();
    const { exif, hasMetadata } = await readMetadata(jpeg);
    expect(ExifSchema.parse(exif)).toEqual(exif);
    expect(hasMetadata).toBe(true);
    expect(exif).toEqual({
      captureTime: '2024-05-06T07:08:09+02:00',
      make: 'Acme',
      model: 'Scalpcam 2',
      lens: 'Acme 50mm F2.8 Macro',
      focalLengthMm: 50,
      focalLength35mm: 75,
      exposureTimeS: 0.008,
      fNumber: 2.8,
      iso: 200,
      flashFired: true,
      whiteBalance: 'Manual',
      software: 'Firmware 1.4',
      hasGps: true,
      // withExif alone embeds no ICC profile.
      iccProfile: null,
    });
    // Exactly the contract's fields: no coordinates ride along.
    expect(Object.keys(exif).sort()).toEqual(Object.keys(ExifSchema.shape).sort());
  });

  it('keeps a capture time local when no offset was recorded, and falls back to the digitised time', async () => {
    const local = await solid(16, 16, GREY)
      .jpeg()
      .withExif({ IFD2: { DateTimeOriginal: '2023:12:31 23:59:58', Flash: '16', WhiteBalance: '0' } })
      .toBuffer();
    expect((await readMetadata(local)).exif).toMatchObject({
      captureTime: '2023-12-31T23:59:58',
      flashFired: false,
      whiteBalance: 'Auto',
      hasGps: false,
    });
    const digitised = await solid(16, 16, GREY)
      .jpeg()
      .withExif({ IFD2: { DateTimeDigitized: '2022:01:02 03:04:05' } })
      .toBuffer();
    expect((await readMetadata(digitised)).exif.captureTime).toBe('2022-01-02T03:04:05');
    const unset = await solid(16, 16, GREY)
      .jpeg()
      .withExif({ IFD2: { DateTimeOriginal: '0000:00:00 00:00:00' } })
      .toBuffer();
    expect((await readMetadata(unset)).exif.captureTime).toBeNull();
  });

  it('reports no metadata for a web-gallery image (no EXIF at all)', async () => {
    for (const bytes of [
      await solid(16, 16, GREY).jpeg().toBuffer(),
      await solid(16, 16, GREY).png().toBuffer(),
    ]) {
      const { exif, hasMetadata } = await readMetadata(bytes);
      expect(hasMetadata).toBe(false);
      expect(Object.values(exif).filter((v) => v !== null && v !== false)).toEqual([]);
    }
  });

  it('does not count software or resolution tags alone as camera metadata', async () => {
    const edited = await solid(16, 16, GREY)
      .jpeg()
      .withExif({ IFD0: { Software: 'Photo Editor 3' } })
      .toBuffer();
    const { exif, hasMetadata } = await readMetadata(edited);
    expect(exif.software).toBe('Photo Editor 3');
    expect(hasMetadata).toBe(false);
  });

  it('names an embedded ICC profile', async () => {
    const p3 = await solid(16, 16, GREY).jpeg().withIccProfile('p3').toBuffer();
    expect((await readMetadata(p3)).exif.iccProfile).toMatch(/\S/);
    expect((await readMetadata(p3)).exif.iccProfile).not.toBe('sRGB');
  });

  it('reads EXIF from WebP and PNG containers too', async () => {
    for (const encode of ['webp', 'png'] as const) {
      const image = solid(16, 16, GREY);
      const encoded = encode === 'webp' ? image.webp() : image.png();
      const bytes = await encoded.withExif({ IFD0: { Make: 'Acme', Model: encode } }).toBuffer();
      const path = await folder.put(`tagged.${encode}`, bytes);
      const photo = await readPhoto(path);
      expect(photo.info.exif.make, encode).toBe('Acme');
      expect(photo.info.exif.model, encode).toBe(encode);
      expect(photo.info.hasMetadata).toBe(true);
    }
  });

  it('never throws on damaged metadata: unreadable fields are null', async () => {
    const jpeg = await solid(32, 32, GREY).jpeg().withExif(CAMERA).toBuffer();
    // Scribble over the EXIF segment body (after "Exif\0\0" and the TIFF header), keeping the image data.
    const app1 = jpeg.indexOf('Exif\0\0', 0, 'latin1');
    const damaged = Buffer.from(jpeg);
    for (let i = app1 + 14; i < app1 + 200 && i < damaged.length; i++) damaged[i] = (i * 151) & 0xff;
    await expect(readMetadata(damaged)).resolves.toBeDefined();
    await expect(readMetadata(new Uint8Array([1, 2, 3]))).resolves.toMatchObject({ hasMetadata: false });
    const photo = await readPhoto(await folder.put('damaged.jpg', damaged));
    expect(photo.work).toMatchObject({ width: 32, height: 32 });
  });
});
