/**
 * Decodes a file for the provenance checks: display-oriented 8-bit RGB with no colour management. The
 * audit's own decode (decodeRgb) converts embedded profiles to sRGB, which changes every pixel and
 * would blur the traces of the file's own JPEG quantization these checks read.
 */
import sharp from '../sharp.js';
import type { RgbImage } from '../../../shared/analysis/image.js';

/** Full-resolution pixels as the file's decoder produced them, turned upright. */
export async function decodeForProvenance(bytes: Uint8Array, maxPixels = 100_000_000): Promise<RgbImage> {
  const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, autoOrient: true })
    .keepIccProfile()
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`decodeForProvenance: expected 3 channels, got ${info.channels}`);
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}
