import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/renderer', import.meta.url));

/**
 * The renderer as static files for the harness and for Electron (loaded from file://, hence the
 * relative base). Nothing may need an inline script or style: the page runs under
 * `default-src 'self'`.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    modulePreload: { polyfill: false },
    // Inlined assets would become data: URLs that the policy does not allow for fonts and scripts.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
