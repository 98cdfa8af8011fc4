import type { ConfigFile } from './userConfig';

/** The part of Electron's safeStorage this module uses (its non-deprecated async API). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  getSelectedStorageBackend(): string;
}

export type Availability = { available: true; backend: string } | { available: false };

export interface Remembered {
  passphrase: string;
  actor: string;
}

/**
 * "Remember on this device": the passphrase encrypted with the operating system's key store
 * (Keychain, DPAPI, libsecret or KWallet), in main's settings file. Offered only where that
 * store really protects it: on Linux, Chromium falls back to `basic_text`, a key hard-coded in
 * every Chromium, which would be the passphrase in clear with extra steps.
 */
export class KeyStore {
  constructor(
    private readonly safe: SafeStorageLike,
    private readonly config: ConfigFile,
    private readonly platform: NodeJS.Platform,
  ) {}

  /** The backend name for the settings file: only Linux has a choice that can change. */
  private backend(): string {
    return this.platform === 'linux' ? this.safe.getSelectedStorageBackend() : this.platform;
  }

  async availability(): Promise<Availability> {
    const backend = this.backend();
    if (backend === 'basic_text' || backend === 'unknown') return { available: false };
    if (!(await this.safe.isAsyncEncryptionAvailable())) return { available: false };
    return { available: true, backend };
  }

  /**
   * Run once at startup. A passphrase encrypted by one backend cannot be read by another (a
   * desktop switched from GNOME to KDE, or a `--password-store` flag): forget them all and
   * say why, rather than failing later as if the passphrase were wrong.
   */
  checkBackend(): string | null {
    const current = this.backend();
    const { safeStorageBackend: recorded, remembered } = this.config.read();
    if (!recorded || recorded === current) return null;
    const hadKeys = Object.values(remembered ?? {}).some((entry) => entry.encryptedPassphrase);
    this.config.update((config) => {
      delete config.remembered;
      delete config.safeStorageBackend;
    });
    return hadKeys
      ? `The system's password storage changed (from ${recorded} to ${current}), so Secretariat forgot the passphrases it remembered on this device. Unlock with your passphrase; you can ask Secretariat to remember it again from the File menu.`
      : null;
  }

  /** True once the user asked to remember this vault's passphrase, stored yet or not. */
  wants(vaultPath: string): boolean {
    return Object.hasOwn(this.config.read().remembered ?? {}, vaultPath);
  }

  /** Asks to remember the passphrase at the next successful unlock of this vault. */
  arm(vaultPath: string): void {
    this.config.update((config) => {
      config.remembered = { ...config.remembered, [vaultPath]: config.remembered?.[vaultPath] ?? {} };
    });
  }

  forget(vaultPath: string): void {
    this.config.update((config) => {
      if (config.remembered) delete config.remembered[vaultPath];
    });
  }

  async store(vaultPath: string, secret: Remembered): Promise<void> {
    const availability = await this.availability();
    if (!availability.available) return;
    const encrypted = (await this.safe.encryptStringAsync(secret.passphrase)).toString('base64');
    this.config.update((config) => {
      config.safeStorageBackend = availability.backend;
      config.remembered = { ...config.remembered, [vaultPath]: { encryptedPassphrase: encrypted, actor: secret.actor } };
    });
  }

  /** The remembered passphrase, or null; one that cannot be decrypted any more is forgotten. */
  async recall(vaultPath: string): Promise<Remembered | null> {
    const entry = this.config.read().remembered?.[vaultPath];
    if (!entry?.encryptedPassphrase || !entry.actor) return null;
    if (!(await this.availability()).available) return null;
    let decrypted: { shouldReEncrypt: boolean; result: string };
    try {
      decrypted = await this.safe.decryptStringAsync(Buffer.from(entry.encryptedPassphrase, 'base64'));
    } catch {
      this.forget(vaultPath);
      return null;
    }
    const secret = { passphrase: decrypted.result, actor: entry.actor };
    if (decrypted.shouldReEncrypt) await this.store(vaultPath, secret);
    return secret;
  }
}
