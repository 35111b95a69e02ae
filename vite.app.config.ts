/**
 * Bundles the preload into one CommonJS file, dist/app/preload.cjs: a sandboxed preload cannot load
 * modules of its own (only 'electron' and a few Node built-ins are there to require). Main itself is
 * compiled by tsc (npm run build) into dist/main, as ES modules Electron loads directly.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // No public/ folder, no .env lookups in the project root: this build has one input.
  publicDir: false,
  envDir: false,
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'main/app/preload.ts',
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    rollupOptions: { external: ['electron'] },
  },
});
