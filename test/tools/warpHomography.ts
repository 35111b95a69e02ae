/**
 * Resamples an RGB image through a homography with bilinear interpolation. Test tooling only: it makes
 * fixtures with a known transform, so it must not share code with the engine it checks.
 */

/** 8-bit interleaved RGB. */
export interface RgbBuffer {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export interface WarpHomographyOptions {
  /** Output width. @default the source width */
  readonly width?: number;
  /** Output height. @default the source height */
  readonly height?: number;
  /** Colour where the mapped point falls outside the source. @default [0, 0, 0] */
  readonly fill?: readonly [number, number, number];
}

/**
 * For every output pixel (x, y) (centres at integers), samples `src` at `dstToSrc` · (x, y, 1): a 3x3
 * row-major matrix that maps output coordinates to source coordinates (the inverse-map convention of
 * OpenCV's WARP_INVERSE_MAP).
 */
export function warpHomography(
  src: RgbBuffer,
  dstToSrc: ArrayLike<number>,
  opts: WarpHomographyOptions = {},
): RgbBuffer {
  if (dstToSrc.length !== 9) throw new Error(`warpHomography: expected 9 numbers, got ${dstToSrc.length}`);
  if (src.data.length !== src.width * src.height * 3)
    throw new Error(`warpHomography: expected ${src.width}x${src.height}x3 bytes, got ${src.data.length}`);
  const W = opts.width ?? src.width;
  const H = opts.height ?? src.height;
  const fill = opts.fill ?? [0, 0, 0];
  const m = Array.from(dstToSrc);
  const [a, b, c, d, e, f, g, h, k] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const sw = src.width;
  const sh = src.height;
  const s = src.data;
  const out = new Uint8Array(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const w = g * x + h * y + k;
      const sx = (a * x + b * y + c) / w;
      const sy = (d * x + e * y + f) / w;
      const o = 3 * (y * W + x);
      // Half a pixel of grace at the border (edge pixels repeat) so that identity maps copy exactly.
      if (!(sx >= -0.5 && sy >= -0.5 && sx <= sw - 0.5 && sy <= sh - 0.5)) {
        out[o] = fill[0];
        out[o + 1] = fill[1];
        out[o + 2] = fill[2];
        continue;
      }
      const cx = Math.min(sw - 1, Math.max(0, sx));
      const cy = Math.min(sh - 1, Math.max(0, sy));
      const x0 = Math.min(sw - 2, Math.floor(cx));
      const y0 = Math.min(sh - 2, Math.floor(cy));
      const fx = cx - x0;
      const fy = cy - y0;
      const i00 = 3 * (y0 * sw + x0);
      const i10 = i00 + 3;
      const i01 = i00 + 3 * sw;
      const i11 = i01 + 3;
      for (let ch = 0; ch < 3; ch++) {
        const top = s[i00 + ch]! + (s[i10 + ch]! - s[i00 + ch]!) * fx;
        const bot = s[i01 + ch]! + (s[i11 + ch]! - s[i01 + ch]!) * fx;
        out[o + ch] = Math.round(top + (bot - top) * fy);
      }
    }
  }
  return { width: W, height: H, data: out };
}
