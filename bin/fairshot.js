#!/usr/bin/env node
// The installed command. The CLI is compiled to dist/ by `npm install` (the "prepare" script).
import { main } from '../dist/main/cli/index.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`fairshot: internal error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
