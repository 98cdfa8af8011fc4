import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { call } from '../../src/core/dispatcher';
import { VaultHost, type HostOptions } from '../../src/core/host';

export const PASSPHRASE = 'correct horse battery staple';

/** A fresh folder removed after the test file. */
export function tempDir(prefix = 'secretariat-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real encrypted vault file, created and unlocked, in its own temp folder. */
export async function newVault(options: Omit<HostOptions, 'path'> = {}, actor = 'Leila Nasser') {
  const dir = tempDir();
  const path = join(dir, 'committee.vault');
  const host = new VaultHost({ ...options, path });
  await call(host, 'vault.create', { passphrase: PASSPHRASE, actor });
  afterAll(() => host.lock());
  return { host, dir, path };
}
