/**
 * HEIC/HEIF (HEVC-coded) decoding through heic-decode's libheif wasm build: sharp's prebuilt binaries
 * carry no HEVC decoder for licensing reasons. The wasm module is loaded on first use only, as most
 * audits never see a HEIC.
 */
import { createRequire } from 'node:module';

/** Interleaved 8-bit RGBA, as libheif hands it out. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface DecodeHeicOptions {
  /**
   * Called with the image size read from the container, before any pixel is allocated; throw from it
   * to refuse the image (the decompression-bomb guard lives with the caller, for every format alike).
   * @default undefined (no check)
   */
  checkSize?: (width: number, height: number) => void;
}

interface HeifFrame {
  width: number;
  height: number;
  decode(): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
}
type HeicDecodeAll = (input: { buffer: Uint8Array }) => Promise<HeifFrame[] & { dispose(): void }>;

let decodeAll: HeicDecodeAll | undefined;

/**
 * Decodes the primary (first top-level) image. libheif applies the container's rotation and mirror
 * (irot/imir), so the result is already oriented for display.
 */
export async function decodeHeic(bytes: Uint8Array, options: DecodeHeicOptions = {}): Promise<RgbaImage> {
  if (!decodeAll) {
    const require = createRequire(import.meta.url);
    decodeAll = (require('heic-decode') as { all: HeicDecodeAll }).all;
  }
  const frames = await decodeAll({ buffer: bytes });
  try {
    const first = frames[0];
    if (!first) throw new Error('no image in the HEIF container');
    options.checkSize?.(first.width, first.height);
    const { width, height, data } = await quietly(() => first.decode());
    return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } finally {
    frames.dispose();
  }
}

/**
 * libheif-js reports a failed decode with console.log, which would land in the middle of `--json` output
 * on stdout; the failure itself still surfaces as the rejected promise, so the log line is dropped.
 */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await fn();
  } finally {
    console.log = log;
  }
}
