/**
 * Photos made on the fly with known content, so every assertion has a known truth and no binary
 * fixture is committed. Written to a fresh temporary folder per test file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export async function tempFolder(): Promise<{
  dir: string;
  put(name: string, data: Uint8Array | string): Promise<string>;
  done(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'fairshot-input-'));
  return {
    dir,
    async put(name, data) {
      const path = join(dir, name);
      await writeFile(path, data);
      return path;
    },
    done: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A solid-colour image as a sharp pipeline, ready for an encoder. */
export function solid(width: number, height: number, colour: Rgb): Sharp {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

/** Left half `left`, right half `right`: lets a test see where the pixels went after a rotation. */
export function halves(width: number, height: number, left: Rgb, right: Rgb): Sharp {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = x < width / 2 ? left : right;
      data.set([c.r, c.g, c.b], (y * width + x) * 3);
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } });
}

/** Deterministic noise, so JPEG tables and decode times are those of a photo, not of a flat field. */
export function noise(width: number, height: number): Sharp {
  const data = Buffer.alloc(width * height * 3);
  let s = 12345;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    data[i] = (s >>> 16) & 0xff;
  }
  return sharp(data, { raw: { width, height, channels: 3 } });
}

/**
 * A valid PNG whose header claims width x height but whose pixel data is a few bytes: what a
 * decompression bomb looks like to a decoder that trusts the header. Built by hand so making it costs
 * nothing, where encoding a real 2500 MP image would take half a minute.
 */
export function pngBombHeader(width: number, height: number): Uint8Array {
  const chunk = (type: string, body: Uint8Array): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, adaptive filter, no interlace
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1 + width * 3))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The RGB at (x, y) of an interleaved 3-channel image. */
export function pixel(img: { width: number; data: Uint8Array }, x: number, y: number): Rgb {
  const i = (y * img.width + x) * 3;
  return { r: img.data[i] as number, g: img.data[i + 1] as number, b: img.data[i + 2] as number };
}

/** Largest per-channel difference between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b));
}
