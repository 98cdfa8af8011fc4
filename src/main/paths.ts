import { join, sep } from 'node:path';

/** Where scripts/prepare-electron-native.mjs puts the driver built for Electron, from the app root. */
export const NATIVE_BINDING = ['.native-electron', 'better_sqlite3.node'] as const;

/**
 * The Electron build of the driver; the copy in node_modules stays built for Node (tests, CLI).
 * In a package it sits in app.asar.unpacked: a native module cannot be loaded from inside an asar.
 */
export function nativeBindingPath(appPath: string, packaged: boolean): string {
  const file = join(appPath, ...NATIVE_BINDING);
  return packaged ? file.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`) : file;
}
