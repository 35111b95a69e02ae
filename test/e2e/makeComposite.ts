/**
 * A gallery composite with known truth, made at test time from the bundled sample pair: the two photos
 * scaled to `panelWidth`, side by side on a plain band (white by default), as clinics post them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const SAMPLES = fileURLToPath(new URL('../../assets/samples/', import.meta.url));

export interface MadeComposite {
  bytes: Buffer;
  width: number;
  height: number;
  /** Where each photo was placed: [x, y, w, h] of before (left) and after (right). */
  truth: { before: [number, number, number, number]; after: [number, number, number, number] };
}

export async function makeComposite(
  options: { panelWidth?: number; band?: number; background?: string } = {},
): Promise<MadeComposite> {
  const panelWidth = options.panelWidth ?? 640;
  const band = options.band ?? 32;
  const scaled = async (name: string) =>
    sharp(await readFile(join(SAMPLES, name)))
      .resize({ width: panelWidth })
      .jpeg({ quality: 92 })
      .toBuffer({ resolveWithObject: true });
  const [b, a] = await Promise.all([scaled('before.jpg'), scaled('after.jpg')]);
  const h = b.info.height;
  const width = 2 * panelWidth + 3 * band;
  const height = h + 2 * band;
  const bytes = await sharp({
    create: { width, height, channels: 3, background: options.background ?? '#ffffff' },
  })
    .composite([
      { input: b.data, left: band, top: band },
      { input: a.data, left: 2 * band + panelWidth, top: band },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
  return {
    bytes,
    width,
    height,
    truth: { before: [band, band, panelWidth, h], after: [2 * band + panelWidth, band, panelWidth, h] },
  };
}
