/**
 * Estimates the quality setting a JPEG was last saved at, on the IJG (libjpeg) 1..100 scale, from its
 * luminance quantization table. A low quality (heavy compression) smears fine hair and is a confounder.
 */

// IJG standard luminance table (JPEG Annex K, Table K.1), in natural (row-major) order.
const IJG_LUMA = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
  29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
  121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

// DQT stores coefficients in zigzag order; ZIGZAG[k] is the natural index of the k-th stored value.
const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
  53, 60, 61, 54, 47, 55, 62, 63,
];

/**
 * Returns the IJG quality 1..100 whose scaled standard luminance table is closest to the file's table 0,
 * or null when the bytes are not a JPEG or carry no usable table. Encoders with their own tables
 * (some phones, mozjpeg's defaults) get the nearest IJG equivalent, which is what a comparison needs.
 */
export function estimateJpegQuality(bytes: Uint8Array): number | null {
  const table = readLumaTable(bytes);
  if (!table) return null;
  let best: number | null = null;
  let bestError = Infinity;
  for (let q = 1; q <= 100; q++) {
    const scale = q < 50 ? Math.floor(5000 / q) : 200 - 2 * q;
    let error = 0;
    for (let i = 0; i < 64; i++) {
      // libjpeg's jpeg_add_quant_table, with force_baseline: clamp to 1..255.
      const expected = Math.min(255, Math.max(1, Math.floor(((IJG_LUMA[i] as number) * scale + 50) / 100)));
      error += Math.abs(expected - (table[i] as number));
    }
    // '<' keeps the lowest q on ties; at the top end q=99/100 differ, so ties only occur in clamped ranges.
    if (error < bestError) {
      bestError = error;
      best = q;
    }
  }
  return best;
}

/** Table 0 from the DQT segments before the first scan, in natural order; null if absent or malformed. */
function readLumaTable(bytes: Uint8Array): number[] | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] as number;
    // Fill bytes (0xFF padding) may precede a marker.
    if (marker === 0xff) {
      at++;
      continue;
    }
    // Start of scan or end of image: the tables, if any, came before.
    if (marker === 0xda || marker === 0xd9) return null;
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (marker === 0xdb) {
      const table = tableZeroIn(bytes.subarray(at + 4, at + 2 + length));
      if (table) return table;
    }
    at += 2 + length;
  }
  return null;
}

// One DQT segment may hold several tables: a byte Pq|Tq, then 64 values of 8 bits (Pq=0) or 16 bits (Pq=1).
function tableZeroIn(segment: Uint8Array): number[] | null {
  let at = 0;
  while (at < segment.length) {
    const precision = (segment[at] as number) >> 4;
    const id = (segment[at] as number) & 0x0f;
    const size = precision === 0 ? 64 : 128;
    if (at + 1 + size > segment.length) return null;
    if (id === 0) {
      const natural = new Array<number>(64).fill(0);
      for (let k = 0; k < 64; k++) {
        const value =
          precision === 0
            ? (segment[at + 1 + k] as number)
            : ((segment[at + 1 + 2 * k] as number) << 8) | (segment[at + 2 + 2 * k] as number);
        natural[ZIGZAG[k] as number] = value;
      }
      return natural;
    }
    at += 1 + size;
  }
  return null;
}
