/**
 * Saves pixels as a JPEG at one quality and decodes them again, in sharp's threads: the reference the
 * error level analysis compares a photo against.
 */
import sharp from '../sharp.js';
import type { RgbImage } from '../../../shared/analysis/image.js';

/** The pixels after one JPEG round trip at `quality` (libjpeg-turbo tables, 4:2:0 chroma). */
export async function resaveJpeg(image: RgbImage, quality: number): Promise<RgbImage> {
  const raw = { width: image.width, height: image.height, channels: 3 as const };
  const jpeg = await sharp(image.data, { raw }).jpeg({ quality }).toBuffer();
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}
