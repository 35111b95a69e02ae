import { describe, expect, it } from 'vitest';
import { estimateJpegQuality } from '../../../../main/engine/input/jpegQuality.js';
import { noise } from './fixtures.js';

describe('estimateJpegQuality', () => {
  const photo = noise(64, 64);

  it.each([50, 75, 90, 95])('recovers quality %i within 2 from the luminance table', async (quality) => {
    const jpeg = await photo.clone().jpeg({ quality, mozjpeg: false }).toBuffer();
    const estimate = estimateJpegQuality(jpeg);
    expect(estimate).not.toBeNull();
    expect(Math.abs((estimate as number) - quality)).toBeLessThanOrEqual(2);
  });

  it('returns null for a PNG and for garbage', async () => {
    expect(estimateJpegQuality(await photo.clone().png().toBuffer())).toBeNull();
    expect(estimateJpegQuality(new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0x00]))).toBeNull();
    expect(estimateJpegQuality(new Uint8Array(0))).toBeNull();
  });
});
