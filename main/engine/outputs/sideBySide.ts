/**
 * Two photos next to each other at one height, each with a caption.
 */
import sharp from '../sharp.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { captionOverlay } from './captionOverlay.js';
import { resizeImage } from './resizeImage.js';

export interface SideBySideOptions {
  /** Gap between the panels, px. @default 8 */
  gap?: number;
  /** Colour of the gap. @default '#202020' */
  background?: string;
  /** JPEG quality. @default 90 */
  quality?: number;
}

/**
 * `left` | `right` as a JPEG. Panels of different heights are scaled down to the smaller one (never up),
 * keeping their aspect, so photos shot at different sizes or orientations still line up at the bottom.
 */
export async function sideBySide(
  left: RgbImage,
  right: RgbImage,
  labels: readonly [string, string],
  options: SideBySideOptions = {},
): Promise<Buffer> {
  const gap = options.gap ?? 8;
  const height = Math.min(left.height, right.height);
  const panels = await Promise.all(
    [left, right].map((img) =>
      resizeImage(img, Math.max(1, Math.round((img.width * height) / img.height)), height),
    ),
  );
  const [l, r] = panels as [RgbImage, RgbImage];
  const width = l.width + gap + r.width;
  return sharp({
    create: { width, height, channels: 3, background: options.background ?? '#202020' },
  })
    .composite([
      { input: bytes(l), raw: { width: l.width, height, channels: 3 }, left: 0, top: 0 },
      { input: bytes(r), raw: { width: r.width, height, channels: 3 }, left: l.width + gap, top: 0 },
      { input: captionOverlay(l.width, height, labels[0]), left: 0, top: 0 },
      { input: captionOverlay(r.width, height, labels[1]), left: l.width + gap, top: 0 },
    ])
    .jpeg({ quality: options.quality ?? 90, chromaSubsampling: '4:4:4' })
    .toBuffer();
}

function bytes(img: RgbImage): Buffer {
  // A view, not a copy: sharp's composite takes Buffers only.
  return Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
}
