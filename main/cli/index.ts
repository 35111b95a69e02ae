/**
 * `fairshot`: argument parsing and dispatch only. Every command calls the engine.
 * Exit codes: 0 done, 1 internal error, 2 bad input or usage.
 */
import { UsageError } from './UsageError.js';
import { toolVersion } from '../engine/version.js';

export const USAGE = `Usage:
  fairshot audit BEFORE AFTER [--json] [--out DIR] [--rect X,Y,W,H]
      Is this before/after pair a fair comparison? A readable summary, or the report as JSON.
      --out DIR writes the aligned photos, side by side, difference map, flicker, report.json and report.html.
  fairshot audit COMPOSITE [--json] [--out DIR] [--rect X,Y,W,H]
      One gallery image holding the before and the after (side by side, stacked, or a grid of cases):
      split into panels, each case audited. The summary says the layout, which panel is before and how
      the order was decided. --json prints the report, or with several cases one report per line
      (NDJSON, in reading order); --out DIR writes each case into DIR/pair-N when there are several.
  fairshot batch MANIFEST.csv|FOLDER [--json] [--out DIR] [--jobs N]
      Audits every row of a manifest (columns: before, after, optional label; paths relative to it), or
      every photo directly in a folder, in name order. In a folder, two files pair when their names
      differ only by a last word before/after, pre/post or b/a ("case12 before.jpg" + "case12 after.jpg",
      "x_pre.png" + "x_post.png", "x_b.jpg" + "x_a.jpg") or a first word before/after; every other image
      is audited as a gallery composite. --json prints one report per case per line (NDJSON) in order.
      --out DIR writes a folder per case, summary.csv and summary.html (thumbnails, verdicts, flags,
      photos reused across cases); re-run with the same DIR to resume an interrupted batch.
  fairshot serve [--port P] [BEFORE AFTER]
      The app in a browser: serves on 127.0.0.1 only and prints the URL (with its access token).
  fairshot --version | --help`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (progress bars redraw in place only then). */
  stderrIsTty: boolean;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTty: Boolean(process.stderr.isTTY),
};

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'audit':
        // Each command loads only its own modules: a cold audit should not pay for the server or the pool.
        // The photo thread starts (it loads sharp and the readers) and OpenCV's wasm compiles while the
        // rest loads (both are kept for the audit: loadOpenCv caches its module). A thread started for a
        // composite (read on this thread), a usage error or a missing file sits unreferenced and the
        // process still exits (test/main/cli/exit.test.ts).
        (await import('../engine/input/photoThread.js')).warmPhotoThread();
        void (await import('../engine/opencv.js')).loadOpenCv().catch(() => undefined);
        return await (await import('./auditCommand.js')).auditCommand(rest, io);
      case 'batch':
        return await (await import('./batchCommand.js')).batchCommand(rest, io);
      case 'serve':
        return await (await import('./serveCommand.js')).serveCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(`fairshot ${toolVersion()}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`fairshot: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}
