import { defineConfig } from '@playwright/test';

// `npm run test:electron`: needs Electron's binary, so it is not part of `npm test` or CI.
export default defineConfig({
  testDir: '.',
  testMatch: '*.electron.ts',
  timeout: 60_000,
  workers: 1,
  reporter: 'list',
});
