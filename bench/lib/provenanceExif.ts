/**
 * Writes an EXIF block holding only a JPEG thumbnail into a JPEG, as a camera does: sharp can write
 * EXIF tags but not a thumbnail, so the APP1 segment is built here (TIFF header, an empty IFD0, IFD1
 * with Compression = 6 and the thumbnail's offset and length, then the thumbnail's bytes).
 */

/** A copy of `jpeg` with an APP1 EXIF segment carrying `thumbnail` right after its SOI marker. */
export function withExifThumbnail(jpeg: Uint8Array, thumbnail: Uint8Array): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('withExifThumbnail: expected a JPEG (FF D8)');
  const tiff = new Uint8Array(56 + thumbnail.length);
  const v = new DataView(tiff.buffer);
  tiff.set([0x49, 0x49, 0x2a, 0x00]); // "II*\0": little-endian TIFF
  v.setUint32(4, 8, true); // IFD0 at 8
  v.setUint16(8, 0, true); // IFD0: no entries
  v.setUint32(10, 14, true); // IFD1 at 14
  v.setUint16(14, 3, true);
  const entry = (at: number, tag: number, type: number, value: number) => {
    v.setUint16(at, tag, true);
    v.setUint16(at + 2, type, true);
    v.setUint32(at + 4, 1, true);
    if (type === 3) v.setUint16(at + 8, value, true);
    else v.setUint32(at + 8, value, true);
  };
  entry(16, 0x0103, 3, 6); // Compression: JPEG
  entry(28, 0x0201, 4, 56); // JPEGInterchangeFormat: offset from the TIFF header
  entry(40, 0x0202, 4, thumbnail.length); // JPEGInterchangeFormatLength
  v.setUint32(52, 0, true); // no IFD2
  tiff.set(thumbnail, 56);
  const length = 2 + 6 + tiff.length;
  if (length > 0xffff)
    throw new Error(`withExifThumbnail: thumbnail too large for one APP1 (${length} bytes)`);
  const app1 = new Uint8Array(2 + length);
  app1.set([0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  app1.set(tiff, 10);
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, 2));
  out.set(app1, 2);
  out.set(jpeg.subarray(2), 2 + app1.length);
  return out;
}
