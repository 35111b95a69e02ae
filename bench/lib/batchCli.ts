/**
 * `fairshot batch` from the TypeScript source, in a child process of its own, for the batch benchmark and
 * the resume test: prints the process's peak resident memory (main thread and workers together) as the
 * last stderr line, "maxrss-kib N".
 *   node --import tsx bench/lib/batchCli.ts FOLDER [--out DIR] [--jobs N] [--json]
 */
import { main } from '../../main/cli/index.js';

main(['batch', ...process.argv.slice(2)]).then(
  (code) => {
    process.stderr.write(`maxrss-kib ${process.resourceUsage().maxRSS}\n`);
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`batchCli: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
