/**
 * A DCT perceptual hash (pHash) of a photo: 64 bits that survive re-encoding, resizing and small crops,
 * so the same photo can be recognised when a gallery uses it twice. The photo is averaged down to 32x32,
 * transformed, and each of the 8x8 lowest frequencies (the DC term excluded) becomes one bit: above or
 * below their median.
 */
import type { GrayImage } from '../image.js';
import { dct2 } from './dct2.js';
import { shrinkGray } from './shrinkGray.js';

/** Side of the averaged image. 32 is the classic pHash choice: 4x the kept 8 frequencies. */
const SIDE = 32;
/** Kept frequencies per axis: 8 x 8 = 64 bits. */
const KEEP = 8;

/** The 64-bit pHash of `img` as 16 hex digits. */
export function perceptualHash(img: GrayImage): string {
  const coeffs = dct2(shrinkGray(img, SIDE), SIDE, KEEP);
  // The DC term is the mean brightness: leaving it out makes the hash blind to exposure, and the median
  // of the other 63 splits them into two halves whatever the contrast.
  const ac = Array.from(coeffs.subarray(1));
  const median = [...ac].sort((a, b) => a - b)[Math.floor(ac.length / 2)] as number;
  let hex = '';
  for (let nib = 0; nib < KEEP * KEEP; nib += 4) {
    let v = 0;
    for (let b = 0; b < 4; b++) {
      const i = nib + b;
      // Bit 0 stands for the DC term, always 0, so every hash has the same 64-bit width.
      const bit = i === 0 ? 0 : (coeffs[i] as number) > median ? 1 : 0;
      v = (v << 1) | bit;
    }
    hex += v.toString(16);
  }
  return hex;
}
