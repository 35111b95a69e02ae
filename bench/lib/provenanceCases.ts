/**
 * Provenance calibration cases built from one real photo: untouched copies (saved once, as a camera or
 * a plain export would) and edited ones (re-saved, cloned, pasted into, a stale thumbnail), each naming
 * the check that should catch it. Used by bench/provenance.ts and by the provenance tests.
 */
import sharp from 'sharp';
import type { RgbImage } from '../../shared/analysis/image.js';
import type { Rng } from '../../test/tools/createRng.js';
import { withExifThumbnail } from './provenanceExif.js';

/** The check an edited case is built to trip; null for an untouched copy. */
export type ProvenanceTarget = 'recompressed' | 'errorLevel' | 'clone' | 'thumbnail' | null;

export interface ProvenanceCase {
  name: string;
  target: ProvenanceTarget;
  bytes: Uint8Array;
}

const raw = (img: RgbImage) => ({ raw: { width: img.width, height: img.height, channels: 3 as const } });

/** Encodes pixels as a JPEG (libjpeg-turbo tables unless `mozjpeg`). */
export async function jpeg(img: RgbImage, quality: number, mozjpeg = false): Promise<Uint8Array> {
  return new Uint8Array(await sharp(img.data, raw(img)).jpeg({ quality, mozjpeg }).toBuffer());
}

/** Decodes to RGB, optionally scaled by `scale` (resampling removes any earlier 8x8 grid). */
export async function rgb(bytes: Uint8Array, scale = 1): Promise<RgbImage> {
  let s = sharp(bytes).removeAlpha();
  if (scale !== 1) {
    const m = await sharp(bytes).metadata();
    s = s.resize(Math.round(m.width * scale), Math.round(m.height * scale));
  }
  const { data, info } = await s.raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/** A camera-like JPEG: saved once, with a 160-pixel thumbnail of the same pixels in its EXIF. */
export async function cameraJpeg(
  img: RgbImage,
  quality: number,
  thumbOf: RgbImage = img,
): Promise<Uint8Array> {
  const thumb = await sharp(thumbOf.data, raw(thumbOf))
    .resize(160, 160, { fit: 'inside' })
    .jpeg({ quality: 80 })
    .toBuffer();
  return withExifThumbnail(await jpeg(img, quality), new Uint8Array(thumb));
}

/** Copies the w x h block at (sx, sy) of `from` onto `to` at (dx, dy). */
export function paste(
  to: RgbImage,
  from: RgbImage,
  sx: number,
  sy: number,
  w: number,
  h: number,
  dx: number,
  dy: number,
): RgbImage {
  const out = new Uint8Array(to.data);
  for (let r = 0; r < h; r++) {
    const a = ((sy + r) * from.width + sx) * 3;
    out.set(from.data.subarray(a, a + w * 3), ((dy + r) * to.width + dx) * 3);
  }
  return { width: to.width, height: to.height, data: out };
}

/** The centre `share` of the width, full height. */
function cropWidth(img: RgbImage, share: number): RgbImage {
  const w = Math.round(img.width * share);
  const x = Math.floor((img.width - w) / 2);
  const blank = { width: w, height: img.height, data: new Uint8Array(w * img.height * 3) };
  return paste(blank, img, x, 0, w, img.height, 0, 0);
}

/**
 * Every case for one photo (`file`, a JPEG) with `donor` (another photo's bytes) for pastes. The scene
 * is the photo scaled by 0.9, so no case inherits the published file's own 8x8 grid by accident.
 */
export async function provenanceCases(
  file: Uint8Array,
  donor: Uint8Array,
  rng: Rng,
): Promise<ProvenanceCase[]> {
  const base = await rgb(file, 0.9);
  const { width: w, height: h } = base;
  const pick = (max: number) => Math.floor(rng() * Math.max(1, max));
  const cases: ProvenanceCase[] = [];
  const add = (name: string, target: ProvenanceTarget, bytes: Uint8Array) =>
    cases.push({ name, target, bytes });

  add('original file', null, file);
  add('camera q92', null, await cameraJpeg(base, 92));
  add('camera q85', null, await cameraJpeg(base, 85));
  add('camera q75', null, await jpeg(base, 75));
  add('mozjpeg q90', null, await jpeg(base, 90, true));
  add('png', null, new Uint8Array(await sharp(base.data, raw(base)).png().toBuffer()));
  add('resized, saved once q80', null, await jpeg(await rgb(await jpeg(base, 100), 0.6), 80));

  const once = await rgb(await jpeg(base, 75));
  add('q75 re-saved q90', 'recompressed', await jpeg(once, 90));
  add('q75 re-saved q95', 'recompressed', await jpeg(once, 95));
  add('q85 re-saved q70', 'recompressed', await jpeg(await rgb(await jpeg(base, 85)), 70));

  // A clone: a textured square a tenth of the side copied at least a quarter of the side away.
  const s = Math.round(w / 8);
  const sx = pick(w - s);
  const sy = pick(h - s);
  let dx = pick(w - s);
  let dy = pick(h - s);
  for (let i = 0; i < 20 && Math.hypot(dx - sx, dy - sy) < w / 4; i++) {
    dx = pick(w - s);
    dy = pick(h - s);
  }
  add('clone', 'clone', await cameraJpeg(paste(base, base, sx, sy, s, s, dx, dy), 92));

  // A paste: a patch of another photo that was a q50 JPEG, off the 8x8 grid, saved once at q92.
  const d = await rgb(await jpeg(await rgb(donor, 0.9), 50));
  const p = Math.round(w / 4);
  add(
    'paste from a q50 photo',
    'errorLevel',
    await jpeg(
      paste(
        base,
        d,
        pick(d.width - p),
        pick(d.height - p),
        p,
        p,
        3 + 8 * pick((w - p - 3) / 8),
        5 + 8 * pick((h - p - 5) / 8),
      ),
      92,
    ),
  );
  add('cropped, stale thumbnail', 'thumbnail', await cameraJpeg(cropWidth(base, 0.7), 92, base));
  add("another photo's thumbnail", 'thumbnail', await cameraJpeg(base, 92, d));
  return cases;
}
