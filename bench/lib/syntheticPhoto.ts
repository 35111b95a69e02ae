/**
 * Photos made in memory for the hair and coverage benches: a PhotoInfo that carries no metadata, and a
 * JPEG round trip so that a rendered photo carries the compression a real one would.
 */
import sharp from 'sharp';
import type { RgbImage } from '../../shared/analysis/image.js';
import type { PhotoInfo } from '../../shared/contract/report.js';

/** A PhotoInfo for an image that never was a file: named, sized, without metadata. */
export function syntheticInfo(name: string, img: RgbImage): PhotoInfo {
  return {
    path: name,
    name,
    bytes: img.data.length,
    sha256: `sha-${name}`,
    format: 'jpeg',
    width: img.width,
    height: img.height,
    orientation: 1,
    jpegQuality: 90,
    hasMetadata: false,
    exif: {
      captureTime: null,
      make: null,
      model: null,
      lens: null,
      focalLengthMm: null,
      focalLength35mm: null,
      exposureTimeS: null,
      fNumber: null,
      iso: null,
      flashFired: null,
      whiteBalance: null,
      software: null,
      hasGps: false,
      iccProfile: null,
    },
  };
}

/** The image saved as a JPEG at `quality` and decoded again. */
export async function jpegRoundTrip(img: RgbImage, quality: number): Promise<RgbImage> {
  const buf = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
  const { data, info } = await sharp(buf).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}
