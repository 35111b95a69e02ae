/**
 * exifr, loaded on first use from its ES module build. The package's main entry is a UMD script, and
 * importing a CommonJS file from an ES module makes Node scan its source for export names first: for
 * exifr's 75 kB that scan ran in the slow tiers and V8 then optimized the scanner on a background
 * thread, about 80 ms of CPU per thread that reads metadata (an import measured alone: 290 ms process
 * CPU with the UMD entry, 210 ms with this build; wall 150 ms against 70 ms). The ES build is the same
 * library, built from the same sources by the package.
 */
import type exifrDefault from 'exifr';

/** The file inside the package (it declares no "exports", so the path is public). */
const EXIFR_ESM: string = 'exifr/dist/full.esm.mjs';

let loading: Promise<typeof exifrDefault> | undefined;

/** exifr's default export (parse, thumbnail, ...), the same module for every caller on this thread. */
export function loadExifr(): Promise<typeof exifrDefault> {
  loading ??= import(EXIFR_ESM).then((m: { default: typeof exifrDefault }) => m.default);
  return loading;
}
