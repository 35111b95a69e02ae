/**
 * The React UI's build. Root is renderer/; the output goes to dist/renderer with relative URLs ('./') so
 * Electron can load index.html from a file and the serve mode from any path.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Electron 45 and current Chromium: no legacy transforms needed.
    target: 'es2022',
    // The CSP forbids inline scripts; keep the module preload polyfill (an inline script) out.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
