/**
 * Full-resolution pixels of the photos the loupe is looking at, decoded from the original file when
 * asked and kept for a short while: a loupe asks for many crops of the same photo in a row, and decoding
 * a 12 MP JPEG each time would cost a few hundred milliseconds per crop. At most `maxPhotos` stay
 * decoded (36 MB each at 12 MP), and each is dropped after `idleMs` without a request, so an analysis
 * does not hold its originals in memory for as long as it is kept.
 */
import type { RgbImage } from '../../../shared/analysis/image.js';
import { PhotoError } from '../input/PhotoError.js';
import { readPhoto } from '../input/readPhoto.js';
import { ServiceError } from './ServiceError.js';

export interface PhotoPixelsOptions {
  /** Photos kept decoded at once (least recently used goes first). @default 2 (one pair) */
  maxPhotos?: number;
  /** Milliseconds a decoded photo is kept after its last request. @default 60_000 */
  idleMs?: number;
  /** The decoder (tests count its calls). @default readPhoto's full-resolution decode */
  decode?: (path: string) => Promise<{ sha256: string; pixels: RgbImage }>;
}

interface Entry {
  pixels: Promise<RgbImage>;
  timer: ReturnType<typeof setTimeout> | null;
}

async function decodeOriginal(path: string): Promise<{ sha256: string; pixels: RgbImage }> {
  const photo = await readPhoto(path);
  return { sha256: photo.info.sha256, pixels: await photo.full() };
}

export class PhotoPixels {
  /** Insertion order is recency. Keyed by path and content hash, so an edited file is decoded anew. */
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: PhotoPixelsOptions = {}) {}

  /**
   * The photo at `path`, oriented for display, at full resolution. `sha256` is the hash the analysis
   * recorded: a file changed since then is refused rather than shown as if it were the one analysed.
   * `name` is how the person knows the photo (errors name it, never the path).
   */
  get(path: string, sha256: string, name: string): Promise<RgbImage> {
    const key = `${sha256}:${path}`;
    let entry = this.entries.get(key);
    if (entry) this.entries.delete(key);
    else {
      const decode = this.options.decode ?? decodeOriginal;
      const pixels = decode(path).then(
        (d) => {
          if (d.sha256 !== sha256)
            throw new ServiceError(
              'bad-input',
              `${name}: changed on disk since it was analysed; analyze the pair again`,
            );
          return d.pixels;
        },
        (err: unknown) => {
          throw err instanceof PhotoError
            ? new ServiceError('bad-input', `${name}: ${err.cause_}`)
            : new ServiceError('internal', `${name}: could not be decoded again`);
        },
      );
      entry = { pixels, timer: null };
      // A failed decode is not kept: the next request tries again.
      pixels.catch(() => this.drop(key, entry));
    }
    this.entries.set(key, entry);
    this.touch(key, entry);
    while (this.entries.size > (this.options.maxPhotos ?? 2)) {
      const oldest = this.entries.keys().next().value as string;
      this.drop(oldest);
    }
    return entry.pixels;
  }

  /** Photos decoded now (tests). */
  get size(): number {
    return this.entries.size;
  }

  /** Drops everything (the service is closing). */
  clear(): void {
    for (const key of [...this.entries.keys()]) this.drop(key);
  }

  private touch(key: string, entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.drop(key), this.options.idleMs ?? 60_000);
    // The cache never keeps a process alive (the CLI's serve, a test run).
    entry.timer.unref?.();
  }

  /** Drops `key`, or only if it still holds `only` (a late failure must not drop a newer decode). */
  private drop(key: string, only?: Entry): void {
    const entry = this.entries.get(key);
    if (!entry || (only && entry !== only)) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.entries.delete(key);
  }
}
