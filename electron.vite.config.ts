import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type RendererViteConfig, type UserConfig as ElectronViteConfig } from 'electron-vite';
import { loadConfigFromFile, mergeConfig, type UserConfig } from 'vite';
import { CSP_NONCE_PLACEHOLDER } from './src/main/csp';

const RENDERER_CONFIG = fileURLToPath(new URL('./vite.renderer.config.ts', import.meta.url));

/**
 * The renderer is the same app the harness serves: its settings come from vite.renderer.config.ts
 * (the UI's file), plus the nonce placeholder that main's app:// handler fills in per response.
 * Its output folder is left to electron-vite (out/renderer, or --outDir), next to main and preload.
 */
async function rendererConfig(mode: string): Promise<RendererViteConfig> {
  const shared: UserConfig = existsSync(RENDERER_CONFIG)
    ? ((await loadConfigFromFile({ command: 'build', mode }, RENDERER_CONFIG))?.config ?? {})
    : { root: fileURLToPath(new URL('./src/renderer', import.meta.url)), plugins: [react()] };
  const build = { ...shared.build };
  delete build.outDir;
  return mergeConfig({ ...shared, build }, { base: './', html: { cspNonce: CSP_NONCE_PLACEHOLDER } }) as RendererViteConfig;
}

export default defineConfig(async ({ mode }): Promise<ElectronViteConfig> => ({
  main: {
    // Dependencies stay external and load from node_modules: the native driver cannot be
    // bundled, and main hands it the Electron build through `nativeBinding`.
    build: { externalizeDeps: true },
  },
  preload: {
    // A sandboxed preload is a classic script with a 'require' limited to electron's modules:
    // one self-contained CommonJS file, nothing external but 'electron'.
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: await rendererConfig(mode),
}));
