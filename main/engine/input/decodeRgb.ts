/**
 * One decode path for every format: whatever arrives (CMYK, 16-bit, grey, alpha, an ICC profile, an
 * EXIF rotation) leaves as display-oriented 8-bit sRGB with 3 channels, optionally shrunk.
 */
import sharp from '../sharp.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import type { RgbaImage } from './decodeHeic.js';

export interface DecodeRgbOptions {
  /** Longest side of the result; the image is shrunk to fit, never enlarged. @default undefined (full size) */
  maxSide?: number;
  /** sharp's limitInputPixels: refuse to decode more pixels than this. @default 100_000_000 */
  maxPixels?: number;
}

/** The encoded file bytes (sharp decodes them), or pixels another decoder already produced. */
export type DecodeSource = { bytes: Uint8Array } | { rgba: RgbaImage };

// sharp's default here is 1 thread; two match the cores these machines have, and leave the rest to the
// worker pool. Set once at load because it is process-wide.
sharp.concurrency(2);

/** Decodes to display-oriented sRGB RGB. Errors are sharp's own; the caller words them for the user. */
export async function decodeRgb(source: DecodeSource, options: DecodeRgbOptions = {}): Promise<RgbImage> {
  const limitInputPixels = options.maxPixels ?? 100_000_000;
  const image =
    'bytes' in source
      ? // 'truncated': a cut-off file fails instead of decoding with a grey band; benign warnings
        // (extraneous bytes, odd markers) that phones produce every day still pass.
        sharp(source.bytes, { failOn: 'truncated', limitInputPixels, autoOrient: true })
      : sharp(source.rgba.data, {
          limitInputPixels,
          raw: { width: source.rgba.width, height: source.rgba.height, channels: 4 },
        });
  if (options.maxSide !== undefined) {
    image.resize({
      width: options.maxSide,
      height: options.maxSide,
      fit: 'inside',
      withoutEnlargement: true,
    });
  }
  // Transparent areas become white, as a viewer would show them, rather than whatever the
  // hidden colour under alpha = 0 happens to be.
  const { data, info } = await image
    .flatten({ background: { r: 255, g: 255, b: 255 } })
    .toColourspace('srgb')
    .removeAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 || data.length !== info.width * info.height * 3) {
    throw new Error(
      `decoder returned ${info.width}x${info.height}x${info.channels} in ${data.length} bytes, expected 3 channels`,
    );
  }
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}
