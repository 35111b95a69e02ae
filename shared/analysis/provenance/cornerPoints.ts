/**
 * The most corner-like points of a band-passed plane: local maxima of the structure tensor's smaller
 * eigenvalue over a 5x5 window, strongest first. Corners rather than every pixel: an edge or a strand
 * matches itself all along its length, a corner only at one place.
 */
import { boxSums } from './boxSums.js';

/** Radius of the corner response window and of the local-maximum neighbourhood (pixels). */
const R = 2;

/** Corner positions, strongest first. */
export interface Corners {
  readonly xs: Int32Array;
  readonly ys: Int32Array;
}

/**
 * At most `count` corners of a w x h plane given its gradient products, each at least `margin` pixels
 * from the border (so a descriptor around it stays inside); ties in strength go to the earlier pixel.
 */
export function cornerPoints(
  g: { xx: Float32Array; yy: Float32Array; xy: Float32Array },
  w: number,
  h: number,
  margin: number,
  count: number,
): Corners {
  const k = 2 * R + 1;
  const response = new Float32Array(w * h);
  cornerResponse(
    boxSums(g.xx, w, h, k),
    boxSums(g.yy, w, h, k),
    boxSums(g.xy, w, h, k),
    response,
    w,
    h,
    margin,
  );
  const found = localMaxima(response, w, h, margin);
  const order = strongestFirst(found, response);
  const n = Math.min(order.length, count);
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = order[i] as number;
    xs[i] = p % w;
    ys[i] = (p - (p % w)) / w;
  }
  return { xs, ys };
}

/**
 * The pixels sorted by response, strongest first, ties in pixel order. Sorted as numbers by the
 * engine's own sort, not with a comparator: a positive float's bits grow with it, so each pixel's key
 * is its response's bits above its index reversed (exact below 2^53).
 */
function strongestFirst(pixels: Int32Array, response: Float32Array): Int32Array {
  const span = 2 ** Math.ceil(Math.log2(response.length + 1));
  // Finite floats' bits are below 2^31: the keys stay exact up to 4 MP (the copies searched are 0.2 MP).
  if (span > 2 ** 22) {
    return Int32Array.from(pixels).sort((p, q) => (response[q] as number) - (response[p] as number) || p - q);
  }
  const bits = new Uint32Array(response.buffer, response.byteOffset, response.length);
  const keys = new Float64Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) {
    const p = pixels[i] as number;
    keys[i] = (bits[p] as number) * span + (span - 1 - p);
  }
  keys.sort();
  const out = new Int32Array(pixels.length);
  for (let i = 0; i < keys.length; i++) {
    out[i] = span - 1 - ((keys[keys.length - 1 - i] as number) % span);
  }
  return out;
}

/** The smaller eigenvalue of the 5x5 structure tensor centred on each pixel at least `margin` inside. */
function cornerResponse(
  sxx: Float64Array,
  syy: Float64Array,
  sxy: Float64Array,
  out: Float32Array,
  w: number,
  h: number,
  margin: number,
): void {
  const rw = w - 2 * R;
  for (let y = margin; y < h - margin; y++) {
    for (let x = margin; x < w - margin; x++) {
      const i = (y - R) * rw + x - R;
      const a = sxx[i] as number;
      const b = syy[i] as number;
      const c = sxy[i] as number;
      const d = (a - b) / 2;
      const m = (a + b) / 2 - Math.sqrt(d * d + c * c);
      out[y * w + x] = m > 0 ? m : 0;
    }
  }
}

/** Pixels (index y * w + x) whose positive response is above every other in their 5x5, in scan order. */
function localMaxima(response: Float32Array, w: number, h: number, margin: number): Int32Array {
  // Two peaks lie at least 3 pixels apart (each is above all of its 5x5), so this many fit.
  const out = new Int32Array(Math.ceil(w / 3) * Math.ceil(h / 3));
  let n = 0;
  for (let y = margin; y < h - margin; y++) {
    for (let x = margin; x < w - margin; x++) {
      const i = y * w + x;
      const v = response[i] as number;
      if (v <= 0 || !isPeak(response, i, v, w)) continue;
      out[n++] = i;
    }
  }
  return out.subarray(0, n);
}

function isPeak(response: Float32Array, i: number, v: number, w: number): boolean {
  for (let dy = -R; dy <= R; dy++) {
    const row = i + dy * w;
    for (let dx = -R; dx <= R; dx++) if ((dy || dx) && (response[row + dx] as number) >= v) return false;
  }
  return true;
}
