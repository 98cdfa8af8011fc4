import { z } from 'zod';
import { command, query } from './define';
import { passphrase } from './vault';

export const DEFAULT_BACKUPS_KEPT = 10;
export const MAX_BACKUPS_KEPT = 1000;

export interface BackupInfo {
  path: string;
  name: string;
  /** When the backup was taken, from its file name (ISO 8601, UTC). */
  createdAt: string;
  size: number;
}

export interface BackupSettings {
  /** Where automatic backups go; chosen by the user in a folder dialog. */
  folder: string | null;
  /** How many automatic backups to keep; older ones are deleted after each new one. */
  keep: number;
  enabled: boolean;
}

export interface LastAutomaticBackup {
  at: string;
  ok: boolean;
  path: string | null;
  /** Why it failed, in a sentence; null when it worked. */
  error: string | null;
}

export interface BackupSettingsView extends BackupSettings {
  /** The outcome of the latest automatic backup, so a silent failure is seen at the next unlock. */
  last: LastAutomaticBackup | null;
}

export interface RecoveryInfo {
  damaged: boolean;
  /** One sentence per problem, as `secretariat check` prints them. */
  problems: string[];
  /** The backup folder searched (from the vault's settings, or the one given). */
  folder: string | null;
  latest: BackupInfo | null;
  /** Newest first. */
  backups: BackupInfo[];
}

const WINDOWS_ABSOLUTE = /^([A-Za-z]:[\\/]|\\\\[^\\/]+[\\/])/;

/**
 * A path from a file dialog in main. The renderer can send anything, so relative paths and
 * ".." segments are refused here; core checks existence with the platform's own rules.
 */
export const absolutePath = z
  .string()
  .min(1, { message: 'Required.' })
  .max(4096, { message: 'Must be at most 4096 characters.' })
  // eslint-disable-next-line no-control-regex
  .refine((p) => !/[\u0000-\u001F\u007F]/.test(p), { message: 'Contains control characters.' })
  .refine((p) => p.startsWith('/') || WINDOWS_ABSOLUTE.test(p), { message: 'Must be an absolute path.' })
  .refine((p) => !p.split(/[\\/]/).includes('..'), { message: 'Must not contain "..".' });

export const backupApi = {
  /** Takes a verified, encrypted backup now, into the folder of the backup settings. */
  'backup.create': command<BackupInfo>()(z.object({}).strict(), ['backup.list', 'backup.settings.get']),
  /** The backups of this vault in the backup folder, newest first. */
  'backup.list': query<BackupInfo[]>()(z.object({}).strict()),
  'backup.settings.get': query<BackupSettingsView>()(z.object({}).strict()),
  'backup.settings.set': command<BackupSettingsView>()(
    z
      .object({
        folder: absolutePath.nullable(),
        keep: z.number().int().min(1).max(MAX_BACKUPS_KEPT),
        enabled: z.boolean(),
      })
      .strict()
      .refine((s) => !s.enabled || s.folder !== null, { message: 'Choose a folder before turning automatic backups on.', path: ['folder'] }),
    ['backup.settings.get', 'backup.list'],
  ),
  /**
   * Writes the backup, checked first, as a new vault file at `out` (never over an existing file).
   * The passphrase is the one the vault had when the backup was taken. Works while locked.
   */
  'backup.restore': command<{ path: string }>()(z.object({ backup: absolutePath, out: absolutePath, passphrase }).strict(), ['backup.list']),
  /**
   * Whether the current vault file is damaged, and which backups could replace it. For the
   * screen shown when unlock fails with VAULT_DAMAGED; works while locked. `folder` is searched
   * when given (the vault's own settings may be unreadable).
   */
  'backup.recovery': query<RecoveryInfo>()(z.object({ passphrase, folder: absolutePath.optional() }).strict()),
};
