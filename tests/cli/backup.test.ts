import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { sha256 } from '../helpers/files';
import { SAMPLE_MEETING as SAMPLE } from '../helpers/paths';
import { PASSPHRASE, tempDir } from '../helpers/vault';

const env = { SECRETARIAT_PASSPHRASE: PASSPHRASE };

describe('secretariat backup and restore', () => {
  it('backs up, restores, and never overwrites a file', () => {
    const dir = tempDir();
    const vault = join(dir, 'committee.vault');
    expect(cli(['init', vault], env).code).toBe(0);
    expect(cli(['import', vault, SAMPLE], env).code).toBe(0);

    const copy = join(dir, 'copy.vault');
    const backup = cli(['backup', vault, '--out', copy], env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(copy);
    expect(readFileSync(copy).includes(Buffer.from('Salma Yusuf Al-Mannai'))).toBe(false);

    const before = sha256(copy);
    const again = cli(['backup', vault, '--out', copy], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(sha256(copy)).toBe(before);

    const restored = join(dir, 'restored.vault');
    const restore = cli(['restore', copy, '--out', restored], env);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain(restored);
    const meetings = cli(['meetings', restored, '--json'], env);
    expect(meetings.code, meetings.stderr).toBe(0);
    expect(meetings.stdout).toMatch(/Higher Committee for Occupational Safety and Health|"number": ?3/);

    const overwrite = cli(['restore', copy, '--out', vault], env);
    expect(overwrite.code).toBe(1);
    expect(overwrite.stderr).toMatch(/never replaces/);

    writeFileSync(join(dir, 'fresh.vault-wal'), 'stale');
    const stale = cli(['restore', copy, '--out', join(dir, 'fresh.vault')], env);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/fresh\.vault-wal/);
    expect(existsSync(join(dir, 'fresh.vault'))).toBe(false);

    const wrong = cli(['restore', copy, '--out', join(dir, 'other.vault')], { SECRETARIAT_PASSPHRASE: 'not the passphrase at all' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/passphrase/);
    expect(readdirSync(dir).filter((n) => n.startsWith('.') || n.startsWith('other'))).toEqual([]);
  });

  it('needs --out (exit 2)', () => {
    const dir = tempDir();
    expect(cli(['backup', join(dir, 'v.vault')], env).code).toBe(2);
    expect(cli(['restore', join(dir, 'b.vault')], env).code).toBe(2);
  });
});
