/**
 * Images for report.html, which must be self-contained: data: URIs at a modest size.
 */
import sharp from '../sharp.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { rawSharp } from './rawSharp.js';

export interface EmbedImageOptions {
  /** Long side, px: enough to judge a photo on screen while keeping the HTML a few MB. @default 800 */
  maxSide?: number;
  /** JPEG quality. @default 82 */
  quality?: number;
}

/**
 * A `data:image/jpeg;base64,...` URI of `img` (raw pixels, or an image file already encoded by us),
 * downscaled to fit `maxSide`. Like every output, it carries no metadata.
 */
export async function embedImage(img: RgbImage | Buffer, options: EmbedImageOptions = {}): Promise<string> {
  const maxSide = options.maxSide ?? 800;
  const jpeg = await (Buffer.isBuffer(img) ? sharp(img) : rawSharp(img))
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: options.quality ?? 82 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
