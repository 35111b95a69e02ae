/**
 * Whether a JPEG's image data runs to its end-of-image marker. libjpeg pads a cut-off scan with grey
 * and only warns, so a truncated photo would otherwise be audited as if its lower part were real.
 */

/**
 * True when an EOI marker (FF D9) follows the first start-of-scan. Entropy-coded data cannot contain
 * FF D9 (a data byte FF is stuffed as FF 00), so any later FF D9 is a real marker. Bytes after the EOI
 * (vendor trailers, MPF secondary images, padding) are allowed, unlike a plain "ends with FF D9" test.
 */
export function jpegIsComplete(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd9) return false;
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (marker === 0xda) return hasEoi(bytes, at + 2 + length);
    at += 2 + length;
  }
  return false;
}

function hasEoi(bytes: Uint8Array, from: number): boolean {
  // Any FF D9 at or after `from` is the marker, so it is enough to find one: a complete photo has it
  // within a few bytes of its end (or of a trailer's), so the search runs from the end. Searching
  // forward read the whole scan, about 20 ms for a 12 MP photo.
  for (let i = bytes.lastIndexOf(0xd9); i > from; i = bytes.lastIndexOf(0xd9, i - 1)) {
    if (bytes[i - 1] === 0xff) return true;
  }
  return false;
}
