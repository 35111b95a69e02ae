// Runs the renderer tests alone (npx vitest run -c test/renderer/vitest.config.ts) with the same settings
// as the root config; the root config picks them up too once its include lists *.test.tsx.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['test/renderer/**/*.test.{ts,tsx}'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
