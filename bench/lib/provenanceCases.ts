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
  /** Where an edit went, in the case's pixels: the copied or pasted area [x, y, w, h], and a clone's source. */
  edit?: { at: [number, number, number, number]; from?: [number, number, number, number] };
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
  const add = (name: string, target: ProvenanceTarget, bytes: Uint8Array, edit?: ProvenanceCase['edit']) =>
    cases.push({ name, target, bytes, ...(edit ? { edit } : {}) });

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

  // A clone: a square of 1/8 of the side from anywhere (a plain wall too), copied at least a quarter of
  // the side away with hard edges.
  const s = Math.round(w / 8);
  const sx = pick(w - s);
  const sy = pick(h - s);
  let dx = pick(w - s);
  let dy = pick(h - s);
  for (let i = 0; i < 20 && Math.hypot(dx - sx, dy - sy) < w / 4; i++) {
    dx = pick(w - s);
    dy = pick(h - s);
  }
  add('clone', 'clone', await cameraJpeg(paste(base, base, sx, sy, s, s, dx, dy), 92), {
    at: [dx, dy, s, s],
    from: [sx, sy, s, s],
  });

  // A paste: a patch of another photo that was a q50 JPEG, off the 8x8 grid, saved once at q92.
  const d = await rgb(await jpeg(await rgb(donor, 0.9), 50));
  const p = Math.round(w / 4);
  const [px, py] = [pick(d.width - p), pick(d.height - p)];
  const [qx, qy] = [3 + 8 * pick((w - p - 3) / 8), 5 + 8 * pick((h - p - 5) / 8)];
  add('paste from a q50 photo', 'errorLevel', await jpeg(paste(base, d, px, py, p, p, qx, qy), 92), {
    at: [qx, qy, p, p],
  });
  // A clone-stamp dab as an editor makes it: a round, soft-edged brush of 1/8 of the side whose source
  // is textured (the most detailed of 12 random spots: hair or scalp, not a wall), put down at least a
  // quarter of the side away, saved once at q92. 'healed' also shifts the patch's colour to its new
  // surroundings, as a healing brush does.
  const src = texturedSpot(base, s, rng);
  const [tx, ty] = farSpot(w, h, s, src, rng);
  const brush = { at: [tx, ty, s, s], from: [...src, s, s] } as ProvenanceCase['edit'];
  add('clone, soft brush', 'clone', await cameraJpeg(stamp(base, base, src, s, [tx, ty], false), 92), brush);
  add('clone, healed', 'clone', await cameraJpeg(stamp(base, base, src, s, [tx, ty], true), 92), brush);

  // A splice as an editor makes it: a soft-edged disc of 1/6 of the side from another photo saved at q75,
  // off the 8x8 grid, saved once at q92.
  const d75 = await rgb(await jpeg(await rgb(donor, 0.9), 75));
  const q = Math.round(w / 6);
  const from = texturedSpot(d75, q, rng);
  const to: [number, number] = [3 + 8 * pick((w - q - 3) / 8), 2 + 8 * pick((h - q - 2) / 8)];
  add(
    'splice from a q75 photo, soft edge',
    'errorLevel',
    await jpeg(stamp(base, d75, from, q, to, false), 92),
    {
      at: [...to, q, q],
    },
  );
  // A photo that was shared once (q75) gets a soft disc from another photo (never compressed on this
  // photo's grid) and is saved again at q92: the disc lacks the first save's traces that the rest keeps.
  const shared = await rgb(await jpeg(base, 75));
  const fresh = await rgb(donor, 0.9);
  const at = farSpot(w, h, q, [0, 0], rng);
  add(
    'shared q75 photo with a splice, saved q92',
    'errorLevel',
    await jpeg(stamp(shared, fresh, texturedSpot(fresh, q, rng), q, at, false), 92),
    { at: [...at, q, q] },
  );
  add('cropped, stale thumbnail', 'thumbnail', await cameraJpeg(cropWidth(base, 0.7), 92, base));
  add("another photo's thumbnail", 'thumbnail', await cameraJpeg(base, 92, d));
  return cases;
}

/** The most textured of 12 random s x s windows of `img` (mean absolute gradient of the green channel). */
function texturedSpot(img: RgbImage, s: number, rng: Rng): [number, number] {
  let best: [number, number] = [0, 0];
  let bestEnergy = -1;
  for (let i = 0; i < 12; i++) {
    const x = Math.floor(rng() * (img.width - s));
    const y = Math.floor(rng() * (img.height - s));
    let e = 0;
    for (let r = 0; r < s; r += 2) {
      for (let c = 0; c < s - 1; c += 2) {
        const j = ((y + r) * img.width + x + c) * 3 + 1;
        e += Math.abs((img.data[j] as number) - (img.data[j + 3] as number));
      }
    }
    if (e > bestEnergy) [best, bestEnergy] = [[x, y], e];
  }
  return best;
}

/** A random s x s window at least a quarter of the side from `from` (20 tries). */
function farSpot(w: number, h: number, s: number, from: [number, number], rng: Rng): [number, number] {
  let at: [number, number] = [0, 0];
  for (let i = 0; i < 20; i++) {
    at = [Math.floor(rng() * (w - s)), Math.floor(rng() * (h - s))];
    if (Math.hypot(at[0] - from[0], at[1] - from[1]) >= w / 4) break;
  }
  return at;
}

/**
 * A round brush of diameter `s` from `from` at `src` put down on `to` at `dst`: full strength inside 60%
 * of the radius, fading linearly to nothing at the rim. `heal` moves the patch's mean colour to the
 * mean colour under it.
 */
export function stamp(
  to: RgbImage,
  from: RgbImage,
  src: [number, number],
  s: number,
  dst: [number, number],
  heal: boolean,
): RgbImage {
  const out = new Uint8Array(to.data);
  const shift = [0, 0, 0];
  if (heal) {
    for (let r = 0; r < s; r++) {
      for (let c = 0; c < s; c++) {
        for (let k = 0; k < 3; k++) {
          const a = ((dst[1] + r) * to.width + dst[0] + c) * 3 + k;
          const b = ((src[1] + r) * from.width + src[0] + c) * 3 + k;
          shift[k] = (shift[k] as number) + ((to.data[a] as number) - (from.data[b] as number)) / (s * s);
        }
      }
    }
  }
  const radius = s / 2;
  for (let r = 0; r < s; r++) {
    for (let c = 0; c < s; c++) {
      const d = Math.hypot(r + 0.5 - radius, c + 0.5 - radius) / radius;
      const alpha = Math.min(1, Math.max(0, (1 - d) / 0.4));
      if (alpha === 0) continue;
      for (let k = 0; k < 3; k++) {
        const a = ((dst[1] + r) * to.width + dst[0] + c) * 3 + k;
        const b = ((src[1] + r) * from.width + src[0] + c) * 3 + k;
        const v = (from.data[b] as number) + (shift[k] as number);
        out[a] = Math.round((1 - alpha) * (to.data[a] as number) + alpha * v);
      }
    }
  }
  return { width: to.width, height: to.height, data: out };
}
