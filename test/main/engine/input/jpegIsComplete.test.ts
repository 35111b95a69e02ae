import { describe, expect, it } from 'vitest';
import { jpegIsComplete } from '../../../../main/engine/input/jpegIsComplete.js';
import { halves } from './fixtures.js';

const red = { r: 200, g: 20, b: 20 };
const blue = { r: 20, g: 20, b: 200 };

describe('jpegIsComplete', () => {
  it('accepts a whole JPEG, with or without bytes after its end marker', async () => {
    const jpeg = new Uint8Array(await halves(320, 240, red, blue).jpeg({ quality: 90 }).toBuffer());
    expect(jpegIsComplete(jpeg)).toBe(true);
    // A vendor trailer or an MPF secondary image follows the primary image's EOI.
    const trailer = new Uint8Array(jpeg.length + 300).fill(0x41);
    trailer.set(jpeg);
    expect(jpegIsComplete(trailer)).toBe(true);
  });

  it('refuses a JPEG cut anywhere in its scan, or before it', async () => {
    const jpeg = new Uint8Array(await halves(320, 240, red, blue).jpeg({ quality: 90 }).toBuffer());
    for (const keep of [0.1, 0.5, 0.9, 0.999]) {
      expect(jpegIsComplete(jpeg.subarray(0, Math.floor(jpeg.length * keep)))).toBe(false);
    }
    // Cut just before the EOI's second byte: an FF alone is no marker.
    expect(jpegIsComplete(jpeg.subarray(0, jpeg.length - 1))).toBe(false);
    expect(jpegIsComplete(jpeg.subarray(0, 40))).toBe(false);
  });

  it('does not take an FF D9 before the scan for the end of the image', async () => {
    const jpeg = new Uint8Array(await halves(320, 240, red, blue).jpeg({ quality: 90 }).toBuffer());
    const cut = jpeg.slice(0, Math.floor(jpeg.length / 2));
    // A COM segment holding FF D9 ahead of the scan: the marker must come after the scan starts.
    const comment = new Uint8Array([0xff, 0xfe, 0x00, 0x04, 0xff, 0xd9]);
    const withComment = new Uint8Array(cut.length + comment.length);
    withComment.set(cut.subarray(0, 2));
    withComment.set(comment, 2);
    withComment.set(cut.subarray(2), 2 + comment.length);
    expect(jpegIsComplete(withComment)).toBe(false);
  });

  it('refuses what is not a JPEG', () => {
    expect(jpegIsComplete(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
  });
});
