/**
 * Every quantization table a JPEG defines before its first scan, by table id, in natural (row-major)
 * order. Which tables an encoder writes (and in what precision) is a trace of the software that saved
 * the file, so two photos from one camera share them and a photo re-saved elsewhere does not.
 */
import { ZIGZAG } from '../../../shared/analysis/provenance/ijgTable.js';

/** Tables by id (0..3); empty when the bytes are not a JPEG or define none. */
export function readQuantTables(bytes: Uint8Array): Map<number, number[]> {
  const tables = new Map<number, number[]>();
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return tables;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return tables;
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return tables;
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (length < 2 || at + 2 + length > bytes.length) return tables;
    if (marker === 0xdb) readSegment(bytes.subarray(at + 4, at + 2 + length), tables);
    at += 2 + length;
  }
  return tables;
}

// One DQT segment may hold several tables: a byte Pq|Tq, then 64 values of 8 bits (Pq=0) or 16 (Pq=1).
function readSegment(segment: Uint8Array, tables: Map<number, number[]>): void {
  let at = 0;
  while (at < segment.length) {
    const precision = (segment[at] as number) >> 4;
    const id = (segment[at] as number) & 0x0f;
    const size = precision === 0 ? 64 : 128;
    if (at + 1 + size > segment.length) return;
    const natural = new Array<number>(64).fill(0);
    for (let k = 0; k < 64; k++) {
      natural[ZIGZAG[k] as number] =
        precision === 0
          ? (segment[at + 1 + k] as number)
          : ((segment[at + 1 + 2 * k] as number) << 8) | (segment[at + 2 + 2 * k] as number);
    }
    tables.set(id, natural);
    at += 1 + size;
  }
}
