/**
 * Reads one photo for an audit: the file once into memory (the original is never touched again), its
 * identity (sha256), format, size, orientation, metadata and JPEG quality, and a small working copy.
 * Every way a file can be unusable becomes a one-line PhotoError naming it.
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import sharp from '../sharp.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import type { PhotoInfo } from '../../../shared/contract/report.js';
import { decodeHeic } from './decodeHeic.js';
import { decodeRgb, type DecodeSource } from './decodeRgb.js';
import { estimateJpegQuality } from './jpegQuality.js';
import { jpegIsComplete } from './jpegIsComplete.js';
import { PhotoError } from './PhotoError.js';
import type { ErrorLevelMap, MeasuredProvenance } from '../provenance/measureProvenance.js';
import { readMetadata } from './readMetadata.js';
import { sniffFormat, type PhotoFormat } from './sniffFormat.js';

export interface ReadPhotoOptions {
  /** Long side of `work`, in pixels; smaller photos are kept as they are. @default 1024 */
  workMaxSide?: number;
  /**
   * Decompression-bomb guard: photos with more pixels are refused before any pixel is allocated.
   * 100 MP is above every phone and most cameras (a 61 MP full-frame sensor fits).
   * @default 100_000_000
   */
  maxPixels?: number;
  /** Files larger than this are refused before being read into memory. @default 512 MiB */
  maxBytes?: number;
  /**
   * Read the file into a SharedArrayBuffer: a thread then hands `bytes` to another without copying
   * them (the photo thread: photoWorker.ts). @default false
   */
  sharedBytes?: boolean;
  /**
   * Measure info.provenance (and keep the error-level map): an audit wants it; a preview, a crop or a
   * digest does not, and it costs a second decode of the photo. @default false
   */
  provenance?: boolean;
  /**
   * Measure the error level over the whole photo for its heat map; false reads only a central crop
   * for the provenance checks, which is what an audit without rendered outputs needs. @default true
   */
  errorLevelMap?: boolean;
}

export interface LoadedPhoto {
  /** Identity and metadata, as the report carries it. */
  info: PhotoInfo;
  /** Decoded, oriented, sRGB, 3 channels, long side <= workMaxSide. */
  work: RgbImage;
  /** work.width / info.width. */
  workScale: number;
  /** The file as read, once: everything here was measured from these bytes (kept anyway for `full`). */
  bytes: Uint8Array;
  /** Decodes again from the bytes in memory at full size, or with the long side capped at maxSide. */
  full(maxSide?: number): Promise<RgbImage>;
  /** The error-level map behind info.provenance.errorLevel (for the heat map); null when not measured. */
  errorLevel?: ErrorLevelMap | null;
  /**
   * info.provenance and errorLevel still being measured, for a photo read on the photo thread
   * (photoThread.ts): null when it could not be measured. Absent when readPhoto measured it.
   */
  pendingProvenance?: Promise<MeasuredProvenance | null>;
}

const FORMAT_NAMES: Record<PhotoFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  tiff: 'TIFF',
  avif: 'AVIF',
  gif: 'GIF',
  heic: 'HEIC',
};
/** ReadPhotoOptions.maxPixels' default (see there). */
const DEFAULT_MAX_PIXELS = 100_000_000;
const SUPPORTED = 'Fairshot reads JPEG, PNG, WebP, TIFF, AVIF, GIF and HEIC';

/** Loads a photo for auditing. Throws PhotoError, and only PhotoError, for an unusable file. */
export async function readPhoto(path: string, options: ReadPhotoOptions = {}): Promise<LoadedPhoto> {
  const workMaxSide = options.workMaxSide ?? 1024;
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const fail = (cause: string) => new PhotoError(path, cause);
  if (!(Number.isInteger(workMaxSide) && workMaxSide > 0)) {
    throw new RangeError(`readPhoto: workMaxSide must be a positive integer, got ${workMaxSide}`);
  }

  const bytes = await readBytes(path, options.maxBytes ?? 512 * 1024 * 1024, fail, options.sharedBytes);
  const sniffed = sniffFormat(bytes);
  if (sniffed.kind === 'other') throw fail(`unsupported format: ${sniffed.what} (${SUPPORTED})`);
  const format = sniffed.format;
  const checkSize = sizeCheck(maxPixels, fail);
  const decodeFailure = (error: unknown) => describeDecodeError(error, format, fail);

  let width: number;
  let height: number;
  let orientation = 1;
  let exifBlock: Uint8Array | undefined;
  let iccPresent = false;
  let first: DecodeSource;
  if (format === 'heic') {
    const rgba = await decodeHeic(bytes, { checkSize }).catch(decodeFailure);
    ({ width, height } = rgba);
    // Not kept for full(), which decodes again: 4 bytes a pixel of a 12 MP photo is 48 MB held for
    // the whole audit.
    first = { rgba };
    // libheif applied the container's irot/imir; a HEIC's EXIF Orientation only mirrors that and must
    // not be applied a second time, so nothing was applied "from EXIF".
  } else {
    if (format === 'jpeg' && !jpegIsComplete(bytes)) throw fail('not a readable image (truncated JPEG data)');
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata().catch(decodeFailure);
    // A multi-frame GIF/WebP/TIFF reports the first frame's size as pageHeight; only that frame is read.
    const frameHeight =
      meta.pages !== undefined && meta.pages > 1 ? (meta.pageHeight ?? meta.height) : meta.height;
    checkSize(meta.width, frameHeight);
    // Values outside 1..8 are not orientations; sharp ignores them, so nothing was applied.
    orientation =
      meta.orientation !== undefined && meta.orientation >= 1 && meta.orientation <= 8 ? meta.orientation : 1;
    const sideways = orientation >= 5 && orientation <= 8;
    width = sideways ? frameHeight : meta.width;
    height = sideways ? meta.width : frameHeight;
    exifBlock = meta.exif;
    iccPresent = meta.icc !== undefined;
    first = { bytes };
  }

  // Provenance decodes on its own (no colour management) in sharp's threads, alongside the work copy.
  // It never fails the read: a photo whose history cannot be measured is still audited.
  // Its modules load only when asked for: the photo thread reads photos without them (photoWorker.ts).
  const provenance =
    options.provenance !== true
      ? null
      : import('../provenance/measureProvenance.js')
          .then(({ measureProvenance }) =>
            measureProvenance({ bytes, orientation, errorLevelMap: options.errorLevelMap }),
          )
          .catch(() => null);
  // The metadata is read (and exifr loaded, the first time on a thread) while sharp decodes on its own
  // threads: this thread is otherwise idle then. It never rejects, so a failed decode leaves nothing.
  const metadata = readMetadata(bytes, { exifBlock, iccPresent });
  const work = await decodeRgb(first, { maxSide: workMaxSide, maxPixels }).catch(decodeFailure);
  const { exif, hasMetadata } = await metadata;
  const measured = await provenance;
  const info: PhotoInfo = {
    path,
    name: basename(path),
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format,
    width,
    height,
    orientation,
    jpegQuality: format === 'jpeg' ? estimateJpegQuality(bytes) : null,
    hasMetadata,
    exif,
    ...(measured ? { provenance: measured.provenance } : {}),
  };
  return {
    info,
    work,
    bytes,
    workScale: work.width / width,
    errorLevel: measured?.errorLevel ?? null,
    full: reopenPhoto(path, bytes, format, maxPixels),
  };
}

/**
 * LoadedPhoto.full: decodes the photo's bytes again, at full size or with the long side capped. Also
 * for a photo read on the photo thread, whose bytes came back with it.
 */
export function reopenPhoto(
  path: string,
  bytes: Uint8Array,
  format: PhotoFormat,
  maxPixels = DEFAULT_MAX_PIXELS,
): (maxSide?: number) => Promise<RgbImage> {
  const fail = (cause: string) => new PhotoError(path, cause);
  const decodeFailure = (error: unknown) => describeDecodeError(error, format, fail);
  const checkSize = sizeCheck(maxPixels, fail);
  return async (maxSide) => {
    const source: DecodeSource =
      format === 'heic' ? { rgba: await decodeHeic(bytes, { checkSize }).catch(decodeFailure) } : { bytes };
    return decodeRgb(source, { maxSide, maxPixels }).catch(decodeFailure);
  };
}

/** Throws when a photo of this size is over the decompression-bomb limit, before any pixel exists. */
function sizeCheck(maxPixels: number, fail: (cause: string) => PhotoError) {
  return (width: number, height: number) => {
    if (width * height > maxPixels) {
      throw fail(
        `image too large (${width}x${height} = ${pixels(width * height)}, limit ${pixels(maxPixels)})`,
      );
    }
  };
}

/** The file's bytes, read once, after checking it is a non-empty regular file of a sane size. */
async function readBytes(
  path: string,
  maxBytes: number,
  fail: (cause: string) => PhotoError,
  shared = false,
): Promise<Uint8Array> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw fail('is a folder, not a photo');
    if (!s.isFile()) throw fail('not a regular file (a device, pipe or socket), not a photo');
    size = s.size;
  } catch (error) {
    throw fileError(error, fail);
  }
  if (size === 0) throw fail('empty file (0 bytes)');
  if (size > maxBytes) throw fail(`file too large (${megabytes(size)}, limit ${megabytes(maxBytes)})`);
  try {
    const bytes = (shared && (await readShared(path, size))) || (await readFile(path));
    // The file may have changed between stat and read; the bytes read are what gets audited.
    if (bytes.length === 0) throw fail('empty file (0 bytes)');
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (error) {
    throw fileError(error, fail);
  }
}

/**
 * The whole file in a SharedArrayBuffer of its size at `stat`, read to the end; null when it has grown
 * since (the caller reads it the ordinary way), a shorter view when it has shrunk.
 */
async function readShared(path: string, size: number): Promise<Uint8Array | null> {
  const file = await open(path, 'r');
  try {
    const out = new Uint8Array(new SharedArrayBuffer(size));
    let got = 0;
    while (got < size) {
      const { bytesRead } = await file.read(out, got, size - got, null);
      if (bytesRead === 0) return out.subarray(0, got);
      got += bytesRead;
    }
    return (await file.read(new Uint8Array(1), 0, 1, null)).bytesRead === 0 ? out : null;
  } finally {
    await file.close();
  }
}

function fileError(error: unknown, fail: (cause: string) => PhotoError): PhotoError {
  if (error instanceof PhotoError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return fail('file not found');
    case 'ENOTDIR':
      return fail('file not found (a parent in the path is not a folder)');
    case 'EACCES':
    case 'EPERM':
      return fail('cannot be read (permission denied)');
    case 'EISDIR':
      return fail('is a folder, not a photo');
    default:
      return fail(`cannot be read (${code ?? firstLine(error)})`);
  }
}

// Maps a decoder's message to words; never lets a library error (or its stack) reach the user raw.
function describeDecodeError(
  error: unknown,
  format: PhotoFormat,
  fail: (cause: string) => PhotoError,
): never {
  if (error instanceof PhotoError) throw error;
  const name = FORMAT_NAMES[format];
  const message = firstLine(error);
  if (/premature end|truncat|unexpected end|end of (file|stream)/i.test(message)) {
    throw fail(`not a readable image (truncated ${name} data)`);
  }
  if (/pixel limit/i.test(message)) throw fail('image too large for the pixel limit');
  // Library prefixes ("vipspng: ", "VipsJpeg: ", "Input buffer has corrupt header: ") mean nothing to a reader.
  const detail = message.replace(/^(?:[\w ]+: )+/, '').trim() || message;
  throw fail(`not a readable image (damaged ${name} data: ${detail})`);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').trim() || 'unknown error';
}

// "2500 MP", "12.2 MP", or plain pixels below a tenth of a megapixel (only ever seen with a test limit).
function pixels(n: number): string {
  if (n >= 10_000_000) return `${Math.round(n / 1e6)} MP`;
  if (n >= 100_000) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')} MP`;
  return `${n} pixels`;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
