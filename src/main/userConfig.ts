import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../core/files';

const rememberedSchema = z.object({
  /** safeStorage ciphertext, base64; absent while "remember" waits for the next unlock. */
  encryptedPassphrase: z.string().optional(),
  actor: z.string().optional(),
});

const configSchema = z.object({
  lastVault: z.string().optional(),
  /** The safeStorage backend the remembered passphrases were encrypted with. */
  safeStorageBackend: z.string().optional(),
  /** Keyed by vault path. */
  remembered: z.record(z.string(), rememberedSchema).optional(),
});

export type UserConfig = z.infer<typeof configSchema>;

/** Main's small settings file in the user-data folder; never holds a secret in clear. */
export class ConfigFile {
  constructor(readonly path: string) {}

  read(): UserConfig {
    if (!existsSync(this.path)) return {};
    try {
      const parsed = configSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // Unreadable JSON is treated like a malformed one below.
    }
    console.warn(`[secretariat] ignoring unreadable settings in ${this.path}`);
    return {};
  }

  update(change: (config: UserConfig) => void): UserConfig {
    const config = this.read();
    change(config);
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileAtomic(this.path, Buffer.from(`${JSON.stringify(config, null, 2)}\n`, 'utf8'), { force: true });
    return config;
  }
}
