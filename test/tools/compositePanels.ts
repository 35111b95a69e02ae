/**
 * Photos for composite panels: a before and an after cut from one source image (a rendered scalp or a
 * real photo), framed a little differently and exposed differently, as a clinic's two visits would be.
 */
import sharp from 'sharp';
import type { RgbImage } from '../../shared/analysis/image.js';
import type { Rng } from './createRng.js';

/** A crop of `source` of aspect w/h covering 60-95 % of its short side, resized to w x h, times `gain`. */
export async function cutPanel(
  source: RgbImage,
  rng: Rng,
  w: number,
  h: number,
  gain: number,
): Promise<RgbImage> {
  const scale = 0.6 + 0.35 * rng();
  let cw = Math.round(source.width * scale);
  let ch = Math.round((cw * h) / w);
  if (ch > source.height * scale) {
    ch = Math.round(source.height * scale);
    cw = Math.round((ch * w) / h);
  }
  const left = Math.floor(rng() * (source.width - cw + 1));
  const top = Math.floor(rng() * (source.height - ch + 1));
  const { data, info } = await sharp(source.data, {
    raw: { width: source.width, height: source.height, channels: 3 },
  })
    .extract({ left, top, width: cw, height: ch })
    .resize(w, h, { fit: 'fill' })
    .linear(gain, 0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/** Decodes a photo file to RGB with its long side at most `maxSide` (sources for cutPanel). */
export async function loadSource(path: string, maxSide = 1000): Promise<RgbImage> {
  const { data, info } = await sharp(path)
    .rotate()
    .resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}
