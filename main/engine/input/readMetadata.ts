/**
 * Camera metadata from the original bytes, read before anything re-encodes them. Values are copied,
 * never guessed: an absent tag is null, and a capture time keeps the camera's local clock.
 */
import type { Exif } from '../../../shared/contract/report.js';
import { loadExifr } from './loadExifr.js';

export interface ReadMetadataOptions {
  /**
   * The raw EXIF block as sharp reports it (`metadata().exif`, "Exif\0\0" + TIFF), tried when exifr
   * cannot find EXIF in the container itself (exifr does not walk every format sharp reads, e.g. WebP).
   * @default undefined
   */
  exifBlock?: Uint8Array;
  /**
   * Whether the decoder saw an embedded ICC profile, so a profile exifr cannot name is still reported.
   * @default false
   */
  iccPresent?: boolean;
}

export interface PhotoMetadata {
  exif: Exif;
  /** True when any camera field (capture time, make, model, lens, exposure, GPS...) is present. */
  hasMetadata: boolean;
}

type Block = Record<string, unknown>;
interface Parsed {
  ifd0?: Block;
  exif?: Block;
  gps?: Block;
  icc?: Block;
}

// Raw numbers rather than exifr's English ("Flash fired, ..."), and strings rather than Date objects,
// which would silently put the camera's local time into this machine's time zone.
const EXIFR_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  icc: true,
  ifd1: false,
  interop: false,
  xmp: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  makerNote: false,
  userComment: false,
  translateKeys: true,
  translateValues: false,
  reviveValues: false,
  mergeOutput: false,
  silentErrors: true,
} as const;

/** Reads the EXIF, GPS presence and ICC description of a photo. Never throws: unreadable metadata is null. */
export async function readMetadata(
  bytes: Uint8Array,
  options: ReadMetadataOptions = {},
): Promise<PhotoMetadata> {
  let parsed = await parseQuietly(bytes);
  if (!parsed.ifd0 && !parsed.exif && options.exifBlock) {
    const block = options.exifBlock;
    const tiff = startsWithExifHeader(block) ? block.subarray(6) : block;
    const fromBlock = await parseQuietly(tiff);
    parsed = { ...fromBlock, icc: parsed.icc ?? fromBlock.icc };
  }
  const ifd0 = parsed.ifd0 ?? {};
  const ex = parsed.exif ?? {};
  const gps = parsed.gps ?? {};

  const flash = num(ex.Flash);
  const wb = num(ex.WhiteBalance);
  const exif: Exif = {
    captureTime:
      captureTime(ex.DateTimeOriginal, ex.OffsetTimeOriginal) ??
      captureTime(ex.CreateDate, ex.OffsetTimeDigitized),
    make: str(ifd0.Make),
    model: str(ifd0.Model),
    lens: str(ex.LensModel),
    focalLengthMm: positive(ex.FocalLength),
    focalLength35mm: positive(ex.FocalLengthIn35mmFormat),
    exposureTimeS: positive(ex.ExposureTime),
    fNumber: positive(ex.FNumber),
    iso: positive(Array.isArray(ex.ISO) ? ex.ISO[0] : ex.ISO),
    // Bit 0 of the Flash tag is "flash fired"; the other bits describe mode and return light.
    flashFired: flash === null ? null : (flash & 1) === 1,
    whiteBalance: wb === 0 ? 'Auto' : wb === 1 ? 'Manual' : null,
    software: str(ifd0.Software),
    // Presence only: coordinates are personal data and never leave this function.
    hasGps: gps.GPSLatitude !== undefined || gps.GPSLongitude !== undefined,
    iccProfile: str(parsed.icc?.ProfileDescription) ?? (options.iccPresent ? 'embedded (unnamed)' : null),
  };
  const { software: _software, whiteBalance: _wb, iccProfile: _icc, ...camera } = exif;
  // A recorded "flash did not fire" is camera metadata too; only hasGps is false by default.
  const hasMetadata = Object.entries(camera).some(([key, v]) => (key === 'hasGps' ? v === true : v !== null));
  return { exif, hasMetadata };
}

async function parseQuietly(bytes: Uint8Array): Promise<Parsed> {
  try {
    // Imported on first use: exifr costs ~0.1 s of start-up that a CLI run should not pay up front.
    const exifr = await loadExifr();
    const out: unknown = await exifr.parse(bytes, EXIFR_OPTIONS);
    return out && typeof out === 'object' ? (out as Parsed) : {};
  } catch {
    // Odd metadata must not cost the user the audit: the photo itself is still evidence.
    return {};
  }
}

function startsWithExifHeader(b: Uint8Array): boolean {
  return b[0] === 0x45 && b[1] === 0x78 && b[2] === 0x69 && b[3] === 0x66 && b[4] === 0 && b[5] === 0;
}

/** "YYYY:MM:DD HH:MM:SS" -> "YYYY-MM-DDTHH:MM:SS", plus the offset only when the camera recorded one. */
function captureTime(value: unknown, offset: unknown): string | null {
  const text = str(value);
  const m = text?.match(/^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  // Cameras with an unset clock write zeros; that is no time at all.
  if (y === '0000' || mo === '00' || d === '00') return null;
  const zone = str(offset);
  const suffix = zone && /^[+-]\d{2}:\d{2}$/.test(zone) ? zone : '';
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${suffix}`;
}

function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // EXIF ASCII fields are NUL-padded to a fixed length by some cameras.
  const text = value.replace(/\0+$/g, '').trim();
  return text === '' ? null : text;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function positive(value: unknown): number | null {
  const n = num(value);
  return n !== null && n > 0 ? n : null;
}
