#!/usr/bin/env node
// Builds the database driver for Electron's ABI into .native-electron/better_sqlite3.node.
// node_modules keeps the Node build that `npm install` made (tests and the CLI load that one);
// main hands this other file to the driver through its `nativeBinding` option. Work happens on
// a copy of the package, so nothing under node_modules is ever rewritten.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const DRIVER = 'better-sqlite3-multiple-ciphers';
export const NATIVE_DIR = join(root, '.native-electron');
export const NATIVE_BINARY = join(NATIVE_DIR, 'better_sqlite3.node');
const STAMP = join(NATIVE_DIR, 'stamp.json');

function packageDir(name) {
  return join(require.resolve(`${name}/package.json`), '..');
}

function versionOf(name) {
  return JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
}

function run(args, cwd) {
  return spawnSync(process.execPath, args, { cwd, stdio: 'inherit' }).status === 0;
}

/** What the binary must match; a change of any of these means preparing it again. */
function target(arch) {
  return { driver: versionOf(DRIVER), electron: versionOf('electron'), platform: process.platform, arch };
}

function isCurrent(wanted) {
  if (!existsSync(NATIVE_BINARY) || !existsSync(STAMP)) return false;
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  return Object.entries(wanted).every(([key, value]) => stamp[key] === value);
}

/**
 * Prebuilt for Electron when the driver publishes one (prebuild-install, runtime electron), else
 * compiled against Electron's headers (node-gyp with Electron's --target and --dist-url, as
 * Electron's "native modules" guide describes). Both need the internet the first time.
 */
export function prepareElectronNative({ arch = process.arch, log = console.log } = {}) {
  const wanted = target(arch);
  if (isCurrent(wanted)) return NATIVE_BINARY;
  const stage = join(NATIVE_DIR, 'stage');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const source = packageDir(DRIVER);
  for (const entry of ['package.json', 'binding.gyp', 'lib', 'src', 'deps'])
    cpSync(join(source, entry), join(stage, entry), { recursive: true });

  log(`Preparing ${DRIVER} ${wanted.driver} for Electron ${wanted.electron} (${wanted.platform}-${arch})…`);
  const flags = [`--arch=${arch}`, `--platform=${process.platform}`];
  let how = 'prebuilt';
  try {
    if (!run([require.resolve('prebuild-install/bin.js'), '--runtime=electron', `--target=${wanted.electron}`, '--tag-prefix=v', ...flags], stage)) {
      how = 'compiled';
      log('No prebuilt binary for this Electron; compiling against its headers (needs Python and a C++ toolchain)…');
      const gyp = [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${wanted.electron}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'];
      if (!run(gyp, stage))
        throw new Error(
          `Could not prepare ${DRIVER} for Electron ${wanted.electron}: no prebuilt binary could be downloaded and compiling failed. ` +
            'Check the internet connection (both steps download from GitHub or electronjs.org the first time) and, for compiling, Python 3 and a C++ toolchain.',
        );
    }
    copyFileSync(join(stage, 'build', 'Release', 'better_sqlite3.node'), NATIVE_BINARY);
    writeFileSync(STAMP, `${JSON.stringify({ ...wanted, how }, null, 2)}\n`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  log(`Ready: ${NATIVE_BINARY} (${how}).`);
  return NATIVE_BINARY;
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  try {
    const arch = process.argv.find((a) => a.startsWith('--arch='))?.slice('--arch='.length);
    prepareElectronNative(arch ? { arch } : {});
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
