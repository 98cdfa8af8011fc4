import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KeyStore, type SafeStorageLike } from '../../../src/main/keyStore';
import { ConfigFile } from '../../../src/main/userConfig';
import { tempDir } from '../../helpers/vault';

const VAULT = '/home/leila/committee.vault';
const SECRET = { passphrase: 'correct horse battery staple', actor: 'Leila Nasser' };

/** Stands in for safeStorage: "encrypts" by reversing and tagging with the backend in use. */
class FakeSafeStorage implements SafeStorageLike {
  constructor(public backend = 'gnome_libsecret', public available = true) {}
  async isAsyncEncryptionAvailable() {
    return this.available;
  }
  getSelectedStorageBackend() {
    return this.backend;
  }
  async encryptStringAsync(text: string) {
    return Buffer.from(`${this.backend}:${[...text].reverse().join('')}`);
  }
  async decryptStringAsync(data: Buffer) {
    const [backend, body] = data.toString().split(/:(.*)/s);
    if (backend !== this.backend) throw new Error('cannot decrypt');
    return { shouldReEncrypt: false, result: [...body!].reverse().join('') };
  }
}

function setUp(platform: NodeJS.Platform = 'linux', safe = new FakeSafeStorage()) {
  const config = new ConfigFile(join(tempDir(), 'settings.json'));
  return { config, safe, keys: new KeyStore(safe, config, platform) };
}

describe('KeyStore', () => {
  it('is offered on Linux only with a real keyring, never with basic_text', async () => {
    expect(await setUp('linux', new FakeSafeStorage('gnome_libsecret')).keys.availability()).toEqual({ available: true, backend: 'gnome_libsecret' });
    expect(await setUp('linux', new FakeSafeStorage('kwallet6')).keys.availability()).toEqual({ available: true, backend: 'kwallet6' });
    expect(await setUp('linux', new FakeSafeStorage('basic_text')).keys.availability()).toEqual({ available: false });
    expect(await setUp('linux', new FakeSafeStorage('unknown')).keys.availability()).toEqual({ available: false });
    expect(await setUp('linux', new FakeSafeStorage('gnome_libsecret', false)).keys.availability()).toEqual({ available: false });
  });

  it('is offered on macOS and Windows when safeStorage says so', async () => {
    expect(await setUp('darwin').keys.availability()).toEqual({ available: true, backend: 'darwin' });
    expect(await setUp('win32', new FakeSafeStorage('unknown')).keys.availability()).toEqual({ available: true, backend: 'win32' });
    expect(await setUp('darwin', new FakeSafeStorage('unknown', false)).keys.availability()).toEqual({ available: false });
  });

  it('stores only ciphertext, records the backend, and gives the passphrase back', async () => {
    const { keys, config } = setUp();
    keys.arm(VAULT);
    expect(keys.wants(VAULT)).toBe(true);
    expect(await keys.recall(VAULT)).toBeNull();
    await keys.store(VAULT, SECRET);
    const text = readFileSync(config.path, 'utf8');
    expect(text).not.toContain(SECRET.passphrase);
    expect(config.read().safeStorageBackend).toBe('gnome_libsecret');
    expect(await keys.recall(VAULT)).toEqual(SECRET);
  });

  it('stores nothing where it is not offered', async () => {
    const { keys, config } = setUp('linux', new FakeSafeStorage('basic_text'));
    keys.arm(VAULT);
    await keys.store(VAULT, SECRET);
    expect(config.read().remembered?.[VAULT]?.encryptedPassphrase).toBeUndefined();
    expect(await keys.recall(VAULT)).toBeNull();
  });

  it('forgets every key, with a message, when the backend changed', async () => {
    const { keys, safe, config } = setUp();
    await keys.store(VAULT, SECRET);
    expect(keys.checkBackend()).toBeNull();
    safe.backend = 'kwallet6';
    const message = keys.checkBackend();
    expect(message).toMatch(/password storage changed \(from gnome_libsecret to kwallet6\).*forgot/);
    expect(keys.wants(VAULT)).toBe(false);
    expect(config.read().safeStorageBackend).toBeUndefined();
    expect(await keys.recall(VAULT)).toBeNull();
    expect(keys.checkBackend()).toBeNull();
  });

  it('treats a switch to basic_text as a change of backend', async () => {
    const { keys, safe } = setUp();
    await keys.store(VAULT, SECRET);
    safe.backend = 'basic_text';
    expect(keys.checkBackend()).toMatch(/to basic_text/);
    expect(keys.wants(VAULT)).toBe(false);
  });

  it('forgets a passphrase it can no longer decrypt, and on request', async () => {
    const { keys, config } = setUp();
    await keys.store(VAULT, SECRET);
    config.update((c) => {
      c.remembered![VAULT]!.encryptedPassphrase = Buffer.from('other:xyz').toString('base64');
    });
    expect(await keys.recall(VAULT)).toBeNull();
    expect(keys.wants(VAULT)).toBe(false);
    await keys.store(VAULT, SECRET);
    keys.forget(VAULT);
    expect(keys.wants(VAULT)).toBe(false);
  });

  it('re-encrypts when safeStorage asks for it', async () => {
    const safe = new FakeSafeStorage();
    const { keys } = setUp('linux', safe);
    await keys.store(VAULT, SECRET);
    const decrypt = safe.decryptStringAsync.bind(safe);
    safe.decryptStringAsync = async (data) => ({ ...(await decrypt(data)), shouldReEncrypt: true });
    const encrypt = vi.spyOn(safe, 'encryptStringAsync');
    expect(await keys.recall(VAULT)).toEqual(SECRET);
    expect(encrypt).toHaveBeenCalledExactlyOnceWith(SECRET.passphrase);
  });

  it('ignores a damaged settings file instead of failing to start', () => {
    const { config } = setUp();
    config.update((c) => {
      c.lastVault = VAULT;
    });
    expect(config.read().lastVault).toBe(VAULT);
    writeFileSync(config.path, '{"remembered": 42');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(config.read()).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
