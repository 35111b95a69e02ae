import exifrPackage from 'exifr';
import { describe, expect, it } from 'vitest';
import { loadExifr } from '../../../../main/engine/input/loadExifr.js';
import { solid } from './fixtures.js';

describe('loadExifr', () => {
  it("is exifr's ES build: it reads a JPEG's tags as the package's main entry does, and loads once", async () => {
    const jpeg = await solid(64, 48, { r: 90, g: 120, b: 150 })
      .jpeg()
      .withExif({ IFD0: { Make: 'Acme', Model: 'Scalpcam 2' }, IFD2: { ExposureTime: '1/125' } })
      .toBuffer();
    const exifr = await loadExifr();
    // Another module instance than the package entry (which is the UMD script), reading the same tags.
    expect(exifr).not.toBe(exifrPackage);
    const got = (await exifr.parse(jpeg)) as Record<string, unknown>;
    expect(got).toEqual(await exifrPackage.parse(jpeg));
    expect(got).toMatchObject({ Make: 'Acme', Model: 'Scalpcam 2', ExposureTime: 1 / 125 });
    expect(await loadExifr()).toBe(exifr);
  });
});
