/**
 * The one way the outputs hand pixels to sharp.
 */
import sharp from '../sharp.js';
import type { Sharp } from 'sharp';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { checkImage } from '../../../shared/analysis/image.js';

/**
 * A sharp pipeline over raw RGB. Raw input carries no metadata at all, and sharp writes none unless
 * asked (withMetadata / keepExif): outputs built from here never carry the originals' EXIF or GPS.
 */
export function rawSharp(img: RgbImage): Sharp {
  checkImage(img, 3, 'rawSharp');
  return sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } });
}
