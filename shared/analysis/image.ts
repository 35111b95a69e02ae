/**
 * Pixel buffers passed into the analysis. The runtime (sharp in Node, a canvas in a browser worker)
 * decodes; the analysis only ever sees these.
 */

/** Interleaved 8-bit sRGB, 3 channels, row-major, no padding. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** One 8-bit channel, row-major, no padding. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Throws a clear error when a buffer does not hold width x height x channels bytes. */
export function checkImage(
  img: { width: number; height: number; data: Uint8Array },
  channels: number,
  what: string,
): void {
  const want = img.width * img.height * channels;
  if (img.data.length !== want) {
    throw new Error(
      `${what}: expected ${img.width}x${img.height}x${channels} = ${want} bytes, got ${img.data.length}`,
    );
  }
}

/** Rec. 601 luma of an RGB image. */
export function toGray(img: RgbImage): GrayImage {
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  const d = img.data;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    out[i] = (77 * (d[j] as number) + 150 * (d[j + 1] as number) + 29 * (d[j + 2] as number) + 128) >> 8;
  }
  return { width: img.width, height: img.height, data: out };
}
