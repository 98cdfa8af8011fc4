import { resolve } from 'node:path';
import { call } from '../core/dispatcher';
import { VaultHost } from '../core/host';
import { actorName, readPassphrase, UsageError, type Io } from './io';

/** Opens the vault named on the command line, runs `fn`, and always locks it again. */
export async function withVault<T>(
  io: Io,
  vault: string | undefined,
  values: Record<string, string | boolean | undefined>,
  fn: (host: VaultHost, passphrase: string) => Promise<T>,
): Promise<T> {
  if (!vault) throw new UsageError('Name the vault file.');
  const host = new VaultHost({ path: resolve(vault) });
  const passphrase = await readPassphrase(io, values['passphrase-file'] as string | undefined);
  await call(host, 'vault.unlock', { passphrase, actor: actorName(io, values.as as string | undefined) });
  try {
    return await fn(host, passphrase);
  } finally {
    host.lock();
  }
}
