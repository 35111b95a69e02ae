/**
 * Removes the uniform dark bars a camera adds around an EXIF thumbnail when the photo's shape differs from
 * the thumbnail's fixed 160x120 (a 3:2 or 16:9 photo is letterboxed): without this, every such
 * thumbnail would look like a different crop of its photo.
 */
import type { GrayImage } from '../image.js';

/** A row or column is a bar when its mean and spread are at most these gray levels (black, JPEG noise). */
const BAR_MEAN = 24;
const BAR_SPREAD = 6;

/** The thumbnail without its bars; as it was when trimming would leave less than half of either side. */
export function trimBars(img: GrayImage): GrayImage {
  const { width: w, height: h, data } = img;
  const isBar = (at: number, step: number, n: number) => {
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const v = data[at + i * step] as number;
      sum += v;
      sq += v * v;
    }
    const mean = sum / n;
    return mean <= BAR_MEAN && Math.sqrt(Math.max(0, sq / n - mean * mean)) <= BAR_SPREAD;
  };
  let top = 0;
  while (top < h && isBar(top * w, 1, w)) top++;
  let bottom = h;
  while (bottom > top && isBar((bottom - 1) * w, 1, w)) bottom--;
  let left = 0;
  while (left < w && isBar(top * w + left, w, bottom - top)) left++;
  let right = w;
  while (right > left && isBar(top * w + right - 1, w, bottom - top)) right--;
  const tw = right - left;
  const th = bottom - top;
  if (tw < w / 2 || th < h / 2 || (tw === w && th === h)) return img;
  const out = new Uint8Array(tw * th);
  for (let y = 0; y < th; y++) out.set(data.subarray((top + y) * w + left, (top + y) * w + right), y * tw);
  return { width: tw, height: th, data: out };
}
