/**
 * Tells what a file is from its first bytes, never from its name: a photo renamed to .jpg is still
 * whatever it really is, and the error message should say so.
 */

/** The formats the engine decodes. */
export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'avif' | 'gif' | 'heic';

export type Sniffed = { kind: 'photo'; format: PhotoFormat } | { kind: 'other'; what: string };

// ISO BMFF brands (ftyp box). HEVC-coded HEIF goes to heic-decode; AV1-coded (AVIF) to sharp.
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1', 'miaf', 'mif2']);
const VIDEO_BRANDS = new Set([
  'isom',
  'iso2',
  'mp41',
  'mp42',
  'avc1',
  'qt  ',
  'M4V ',
  '3gp4',
  '3gp5',
  'dash',
]);

/** Identifies a photo format by magic bytes, or describes what the bytes are instead. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  const b = (i: number): number => bytes[i] ?? -1;
  const ascii = (from: number, to: number): string =>
    String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
  const photo = (format: PhotoFormat): Sniffed => ({ kind: 'photo', format });
  const other = (what: string): Sniffed => ({ kind: 'other', what });

  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return photo('jpeg');
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return photo('png');
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return photo('webp');
  if (ascii(0, 4) === 'II*\0' && ascii(8, 10) === 'CR')
    return other('a Canon raw (CR2) file; export it as JPEG or TIFF');
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return photo('tiff');
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return photo('gif');
  if (ascii(4, 8) === 'ftyp') return sniffIsoMedia(bytes, ascii);

  if (ascii(0, 2) === 'BM') return other('a BMP image');
  if (ascii(0, 5) === '%PDF-') return other('a PDF document');
  if (ascii(0, 4) === '8BPS') return other('a Photoshop document');
  if (ascii(0, 4) === 'II+\0' || ascii(0, 4) === 'MM\0+') return other('a BigTIFF image');
  if ((b(0) === 0xff && b(1) === 0x0a) || ascii(4, 8) === 'JXL ') return other('a JPEG XL image');
  if (ascii(0, 4) === '\0\0\x01\0') return other('an icon (.ico) file');
  if (ascii(0, 4) === 'PK\x03\x04') return other('a ZIP archive (or an Office document)');
  if (ascii(0, 4) === 'RIFF') return other('a RIFF file (video or audio), not an image');
  if (b(0) === 0x1f && b(1) === 0x8b) return other('a gzip archive');
  if (looksLikeText(bytes)) {
    const head = ascii(0, 256).trimStart().toLowerCase();
    if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) {
      return other('an SVG drawing, not a photo');
    }
    if (head.startsWith('<')) return other('an HTML or XML text file, not an image');
    return other('a text file, not an image');
  }
  return other('not a recognised image format');
}

function sniffIsoMedia(bytes: Uint8Array, ascii: (from: number, to: number) => string): Sniffed {
  const major = ascii(8, 12);
  // Compatible brands follow the major brand and minor version, up to the end of the ftyp box.
  const boxSize =
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length, 256); at += 4)
    compatible.push(ascii(at, at + 4));
  const brands = [major, ...compatible];

  if (AVIF_BRANDS.has(major)) return { kind: 'photo', format: 'avif' };
  if (HEIC_BRANDS.has(major)) return { kind: 'photo', format: 'heic' };
  if (GENERIC_HEIF_BRANDS.has(major)) {
    // A generic HEIF brand says nothing about the codec; the compatible brands do.
    if (brands.some((x) => AVIF_BRANDS.has(x))) return { kind: 'photo', format: 'avif' };
    return { kind: 'photo', format: 'heic' };
  }
  if (major === 'crx ') return { kind: 'other', what: 'a Canon raw (CR3) file; export it as JPEG or TIFF' };
  if (VIDEO_BRANDS.has(major)) return { kind: 'other', what: 'a video file, not a photo' };
  return { kind: 'other', what: `an ISO media file of brand "${major.trim()}", not a supported image` };
}

// Text if the first 512 bytes hold no NUL and almost only printable ASCII or UTF-8 continuation bytes.
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512);
  if (head.length === 0) return false;
  let odd = 0;
  for (const c of head) {
    if (c === 0) return false;
    const printable = c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 127);
    if (!printable) odd++;
  }
  return odd / head.length < 0.02;
}
