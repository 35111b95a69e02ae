/** One panel of a composite as the pipeline takes a photo: facts, a working copy and full-size access. */
import type { PanelRect } from '../../../shared/contract/composite.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { cropRgb } from '../../../shared/analysis/composite/cropRgb.js';
import type { PhotoSource } from '../auditPair.js';
import { rawSharp } from '../outputs/rawSharp.js';
import type { LoadedComposite } from './readComposite.js';

/** Shrinks raw RGB to fit maxSide (never enlarges), as decodeRgb does for a file. */
async function fit(img: RgbImage, maxSide: number | undefined): Promise<RgbImage> {
  if (maxSide === undefined || Math.max(img.width, img.height) <= maxSide) return img;
  const { data, info } = await rawSharp(img)
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}

/**
 * The panel at `rect`, cut from the composite's full-resolution decode. Its PhotoInfo is the
 * composite's (file, bytes, sha256, format, metadata: a panel has none of its own) with the panel's
 * name and size; JPEG quality is the composite's, the last encoding both panels went through. Its
 * provenance is measured on the panel's region of the file (see measureProvenance).
 */
export async function panelSource(
  composite: LoadedComposite,
  rect: PanelRect,
  name: string,
  opts: { workMaxSide: number; provenance: boolean; errorLevelMap: boolean },
): Promise<PhotoSource> {
  const pixels = cropRgb(composite.pixels, rect);
  const measured = opts.provenance ? await composite.panelProvenance(rect, opts.errorLevelMap) : null;
  return {
    info: {
      ...composite.info,
      name,
      width: rect[2],
      height: rect[3],
      orientation: 1,
      ...(measured ? { provenance: measured.provenance } : {}),
    },
    errorLevel: measured?.errorLevel ?? null,
    work: await fit(pixels, opts.workMaxSide),
    full: (maxSide?: number) => fit(pixels, maxSide),
  };
}
