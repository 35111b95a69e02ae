/** A one-line progress bar on stderr, redrawn in place (only used when stderr is a terminal). */
import type { Io } from './index.js';

export function progressBar(io: Io, label: string) {
  let last = '';
  return {
    update(fraction: number, detail: string) {
      const width = 24;
      const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ${detail}`;
      if (line !== last) io.stderr(`\r${line.padEnd(last.length)}`);
      last = line;
    },
    done() {
      if (last) io.stderr(`\r${' '.repeat(last.length)}\r`);
      last = '';
    },
  };
}
