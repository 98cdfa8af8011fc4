#!/usr/bin/env node
// `npm start`: Electron's binary (downloaded by the electron package on first use), the driver
// built for Electron, a fresh electron-vite build, then the app. Arguments go to Electron.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareElectronNative } from './prepare-electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

function fail(message) {
  console.error(message);
  process.exit(1);
}

let electron;
try {
  electron = require('electron');
} catch (err) {
  fail(`Electron is not installed and could not be downloaded (${err instanceof Error ? err.message : err}). The first "npm start" needs the internet.`);
}

try {
  prepareElectronNative();
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

const electronVite = join(require.resolve('electron-vite/package.json'), '..', 'bin', 'electron-vite.js');
if (spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) fail('The build failed; see above.');

const env = { ...process.env };
// Set in some shells by Electron tooling; it would start Electron as plain Node instead of the app.
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    if (app.exitCode === null) app.kill(signal);
  });
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
