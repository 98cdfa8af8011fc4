import { AppError } from '../errors';
import type { VaultHost } from '../host';
import { backupNow, backupSettings, listOwnBackups, recoveryInfo, restoreBackup, setBackupSettings } from '../services/backup';
import type { HandlersFor } from './types';

function vaultPath(host: VaultHost): string {
  if (!host.path) throw new AppError('VAULT_MISSING', 'Choose a vault file first.');
  return host.path;
}

export const backupHandlers: HandlersFor<'backup'> = {
  'backup.create': (_, call) => backupNow(call.session(), vaultPath(call.host)),
  'backup.list': (_, call) => listOwnBackups(call.session(), vaultPath(call.host)),
  'backup.settings.get': (_, call) => backupSettings(call.session()),
  'backup.settings.set': (settings, call) => setBackupSettings(call.session(), settings),
  'backup.restore': ({ backup, out, passphrase }, call) => restoreBackup(backup, passphrase, out, call.host.driver),
  'backup.recovery': ({ passphrase, folder }, call) => recoveryInfo(vaultPath(call.host), passphrase, folder, call.host.driver),
};
