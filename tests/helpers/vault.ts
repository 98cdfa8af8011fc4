import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { call } from '../../src/core/dispatcher';
import { VaultHost, type HostOptions } from '../../src/core/host';

export const PASSPHRASE = 'correct horse battery staple';

/**
 * Runs `fn` when the current test ends, or after the file when called from a hook: an afterAll
 * registered inside a test never runs, and these tests leave vaults of many megabytes.
 */
function whenDone(fn: () => void): void {
  try {
    onTestFinished(fn);
  } catch {
    afterAll(fn);
  }
}

/** A fresh folder, removed when the test (or, from a hook, the file) ends. */
export function tempDir(prefix = 'secretariat-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  whenDone(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real encrypted vault file, created and unlocked, in its own temp folder; locked when done. */
export async function newVault(options: Omit<HostOptions, 'path'> = {}, actor = 'Leila Nasser') {
  const dir = tempDir();
  const path = join(dir, 'committee.vault');
  const host = new VaultHost({ ...options, path });
  await call(host, 'vault.create', { passphrase: PASSPHRASE, actor });
  whenDone(() => void host.lock());
  return { host, dir, path };
}
