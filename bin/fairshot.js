#!/usr/bin/env node
// The installed command. The CLI is compiled to dist/ by `npm install` (the "prepare" script).
import { main } from '../dist/main/cli/index.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // An audit is done when main returns (outputs written, reports printed): end the process once
    // stdout and stderr have taken everything, instead of waiting while Node frees the heaps and joins
    // the idle photo thread (e2e pair: 68 -> 54 ms from the 'exit' event to the process gone).
    if (process.argv[2] === 'audit') exitWhenWritten();
  },
  (err) => {
    console.error(`fairshot: internal error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);

/** process.exit() after every write so far has been handed to the OS (pipes are asynchronous on macOS). */
function exitWhenWritten() {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit();
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
