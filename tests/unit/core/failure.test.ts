import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../src/core/dispatcher';
import { writeFileAtomic } from '../../../src/core/files';
import { VaultHost } from '../../../src/core/host';
import { backupVault, restoreVault } from '../../../src/core/vault/backup';
import { checkVault } from '../../../src/core/vault/check';
import { closeVault, openVault } from '../../../src/core/vault/vault';
import { after, bundleScript, runChild } from '../../helpers/child';
import { dumpTables } from '../../helpers/dump';
import { errorOf } from '../../helpers/errors';
import { SAMPLE_MEETING } from '../../helpers/paths';
import { PASSPHRASE, tempDir, newVault } from '../../helpers/vault';

const SAMPLE = JSON.parse(readFileSync(SAMPLE_MEETING, 'utf8')) as {
  meeting: Record<string, unknown>;
};
const withNumber = (number: number) => ({ ...SAMPLE, meeting: { ...SAMPLE.meeting, number } });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A folder where space runs out on demand. */
interface TightSpace {
  dir: string;
  kind: 'tmpfs' | 'file-size limit';
  /** Runs `fn` with only about `room` bytes left for new data in `dir`. */
  squeeze<T>(room: number, fn: () => T | Promise<T>): Promise<T>;
  release(): void;
}

/**
 * A small tmpfs, filled up to the room a test wants: a real ENOSPC / SQLITE_FULL. Mounting needs
 * root (as in CI); where it is refused, or SECRETARIAT_TEST_NO_TMPFS is set, this process's
 * soft file-size limit stands in (writes past it fail with EFBIG), and is restored afterwards.
 */
function tightSpace(): TightSpace {
  const dir = mkdtempSync(join(tmpdir(), 'secretariat-full-'));
  let mounted = false;
  if (!process.env.SECRETARIAT_TEST_NO_TMPFS) {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
      mounted = true;
    } catch {
      mounted = false;
    }
  }
  const release = () => {
    if (mounted) execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  };
  if (mounted)
    return {
      dir,
      kind: 'tmpfs',
      release,
      async squeeze(room, fn) {
        const fs = statfsSync(dir);
        const filler = join(dir, 'filler.bin');
        writeFileSync(filler, Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - room)));
        try {
          return await fn();
        } finally {
          rmSync(filler);
        }
      },
    };
  const limit = (value: string) => execFileSync('prlimit', ['--pid', String(process.pid), `--fsize=${value}:`]);
  return {
    dir,
    kind: 'file-size limit',
    release,
    async squeeze(room, fn) {
      const largest = Math.max(0, ...readdirSync(dir).map((n) => statSync(join(dir, n)).size));
      limit(String(largest + room));
      try {
        return await fn();
      } finally {
        limit('unlimited');
      }
    },
  };
}

/** Everything in the folder but the test's own filler: what a failed write must not leave. */
const leftIn = (dir: string) => readdirSync(dir).filter((n) => n !== 'filler.bin');

async function filledVault() {
  const v = await newVault();
  const imported = await call(v.host, 'packages.import', { package: SAMPLE });
  const insert = v.host.session().db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  v.host.session().db.transaction(() => {
    for (let i = 0; i < 300; i++) insert.run(`note.${i}`, `Confidential note ${i} `.repeat(20));
  })();
  return { ...v, meetingId: imported.meetingId };
}

function expectIntact(host: VaultHost, before: Record<string, string[]>): void {
  expect(dumpTables(host.session().db)).toEqual(before);
  expect(host.session().db.pragma('quick_check', { simple: true })).toBe('ok');
}

describe('exports and backups under failure', () => {
  let tight: TightSpace;
  beforeAll(() => {
    tight = tightSpace();
    console.log(`failure: full disk simulated with ${tight.kind === 'tmpfs' ? 'a 4 MB tmpfs' : "this process's file-size limit (tmpfs could not be mounted)"}`);
  });
  afterAll(() => tight?.release());
  const expectFull = (err: { code: string; message: string }) => {
    expect(err.code).toBe('IO');
    if (tight.kind === 'tmpfs') expect(err.message).toMatch(/disk is full/);
  };

  it('a killed export leaves no partial file under the target name', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const child = bundleScript(join(import.meta.dirname, 'export-child.ts'), dir);
    const megabytes = 48;
    const expected = sha256(Buffer.alloc(megabytes * 2 ** 20, 'Minutes of the 3rd Meeting. '));
    const calibration = await runChild(child, [join(dir, 'calibration.docx'), String(megabytes)], 'writing', after(60_000));
    expect(calibration.lines, calibration.stderr).toContain('done');
    let midWrite = 0;
    let tempsLeft = 0;
    const kills = 12;
    for (let i = 0; i < kills; i++) {
      const target = join(dir, `minutes-${i}.docx`);
      const run = await runChild(child, [target, String(megabytes)], 'writing', after(Math.random() * calibration.afterTrigger * 1.2));
      const names = readdirSync(dir);
      if (names.includes(`minutes-${i}.docx`)) expect(sha256(readFileSync(target)), 'a target that exists is complete').toBe(expected);
      else midWrite++;
      // A SIGKILL leaves no chance to clean up; what may stay is the hidden temp file, never the target name.
      for (const name of names.filter((n) => n.includes(`minutes-${i}.docx`) && n !== `minutes-${i}.docx`)) {
        expect(name).toMatch(new RegExp(`^\\.minutes-${i}\\.docx\\.[0-9a-f]+\\.tmp$`));
        tempsLeft++;
      }
      if (run.signal !== 'SIGKILL') expect(run.lines).toContain('done');
    }
    console.log(
      `failure: ${kills} exports (48 MB each) killed at random moments, ${midWrite} before the file was complete: ` +
        `no partial file under the target name (${tempsLeft} hidden temp files left by the kills)`,
    );
  });

  it('an export onto a full disk: a clear IO error, no file and no temp left, the vault intact', async () => {
    const { host, meetingId } = await filledVault();
    const before = dumpTables(host.session().db);
    const file = await call(host, 'exports.minutes', { meetingId });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.length).toBeGreaterThan(4096);
    const err = await tight.squeeze(1024, () => errorOf(() => writeFileAtomic(join(tight.dir, file.fileName), bytes)));
    expectFull(err);
    expect(leftIn(tight.dir)).toEqual([]);
    expectIntact(host, before);
  });

  it('a backup onto a full disk: a clear IO error, nothing left behind, the vault intact and still able to back up', async () => {
    const { host, dir } = await filledVault();
    const before = dumpTables(host.session().db);
    const target = join(tight.dir, 'committee-backup.vault');
    const err = await tight.squeeze(64 * 1024, () => errorOf(() => backupVault(host.session().db, target)));
    expectFull(err);
    expect(leftIn(tight.dir)).toEqual([]);
    expectIntact(host, before);
    backupVault(host.session().db, join(dir, 'roomy.vault'));
    const copy = openVault(join(dir, 'roomy.vault'), PASSPHRASE);
    expect(dumpTables(copy)).toEqual(before);
    closeVault(copy);
  });

  it('a restore onto a full disk: a clear IO error and nothing left behind', async () => {
    const { host, dir } = await filledVault();
    const backup = join(dir, 'b.vault');
    backupVault(host.session().db, backup);
    const err = await tight.squeeze(64 * 1024, () => errorOf(() => restoreVault(backup, PASSPHRASE, join(tight.dir, 'restored.vault'))));
    expectFull(err);
    expect(leftIn(tight.dir)).toEqual([]);
  });

  it('a vault on a disk that fills up: the write fails with IO, nothing half-written, and it works again once there is room', async () => {
    const path = join(tight.dir, 'onfull.vault');
    const host = new VaultHost({ path });
    await call(host, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    await call(host, 'packages.import', { package: withNumber(3) });
    const before = dumpTables(host.session().db);
    const result = await tight.squeeze(8 * 1024, () => dispatch(host, 'packages.import', { package: withNumber(4) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expectFull(result.error);
    expectIntact(host, before);
    expect((await dispatch(host, 'packages.import', { package: withNumber(5) })).ok).toBe(true);
    host.lock();
    expect(checkVault(path, PASSPHRASE)).toMatchObject({ ok: true, problems: [] });
    rmSync(path);
  });
});
