import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors';
import { verifyAuditChain } from '../../../src/core/db/audit';
import { checkVault } from '../../../src/core/vault/check';
import { interruptedRekeySalt } from '../../../src/core/vault/rekeyRecovery';
import { closeVault, createVault, openVault } from '../../../src/core/vault/vault';
import { after, bundleScript, runChild } from '../../helpers/child';
import { tablesDigest } from '../../helpers/dump';
import { PASSPHRASE, tempDir } from '../../helpers/vault';
import { readableDb } from '../../../src/core/vault/handles';

const COMMIT_KILLS = 55;
const REKEY_KILLS = 14;

/** Seeded, so a failure can be replayed with CRASH_SEED=<seed from the summary line>. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env.CRASH_SEED ?? randomBytes(4).readUInt32BE(0));

const head = (path: string) => {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    return buf;
  } finally {
    closeSync(fd);
  }
};

/**
 * Kills in the narrowest and worst moment of a re-key: page 1 already carries the new salt
 * while the journal that undoes the change still exists.
 */
const whenPageOneRekeyed = (path: string, extra: number) => (kill: () => void) => {
  const before = head(path);
  const poll = setInterval(() => {
    if (!head(path).equals(before) && existsSync(`${path}-journal`)) {
      clearInterval(poll);
      setTimeout(kill, extra);
    }
  }, 1);
  return () => clearInterval(poll);
};

describe('crash safety', () => {
  it(`every reported transaction survives ${COMMIT_KILLS} SIGKILLs at random moments, and integrity_check passes after each`, { timeout: 150_000 }, async () => {
    const random = rng(SEED);
    const dir = tempDir();
    const path = join(dir, 'crash.vault');
    closeVault(createVault(path, PASSPHRASE));
    const child = bundleScript(join(import.meta.dirname, 'crash-child.ts'), dir);
    const started = performance.now();
    let lastReported = 0;
    let checked = 0;
    let duringOpen = 0;
    for (let kill = 0; kill < COMMIT_KILLS; kill++) {
      // Most kills land while transactions commit; some while the vault is being reopened and recovered.
      const early = random() < 0.15 ? 200 + random() * 900 : undefined;
      const run = await runChild(child, ['commit', path, PASSPHRASE, String(lastReported)], '{', after(random() * 300), early);
      const verified = run.lines.find((l) => l.startsWith('{'));
      expect(run.signal, `run ${kill} ended by itself: ${run.stderr}`).toBe('SIGKILL');
      if (verified) {
        const v = JSON.parse(verified).verified as { max: number; count: number; missing: number[]; integrity: string; audit: boolean };
        expect(v, `after kill ${kill - 1} (seed ${SEED})`).toMatchObject({ missing: [], integrity: 'ok', audit: true, count: v.max });
        expect(v.max).toBeGreaterThanOrEqual(lastReported);
        checked += lastReported;
      } else duringOpen++;
      for (const line of run.lines) if (/^\d+$/.test(line)) lastReported = Number(line);
    }

    // The last kill is checked here, in the test's own process, by every means there is.
    const db = openVault(path, PASSPHRASE);
    const numbers = db.prepare(`SELECT CAST(substr(key, 7) AS INTEGER) FROM settings WHERE key LIKE 'crash.%' ORDER BY 1`).pluck().all() as number[];
    expect(numbers.length).toBeGreaterThanOrEqual(lastReported);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditChain(readableDb(db))).toMatchObject({ ok: true, entries: numbers.length });
    closeVault(db);
    expect(checkVault(path, PASSPHRASE)).toMatchObject({ ok: true, problems: [] });
    checked += lastReported;

    console.log(
      `crash (commit): ${COMMIT_KILLS} runs, ${COMMIT_KILLS} SIGKILLs (${duringOpen} during reopen/recovery), ` +
        `${lastReported} transactions reported and all present, ${checked} presence checks, integrity_check ok after every kill, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`,
    );
  });

  it(`a passphrase change killed at ${REKEY_KILLS} random moments leaves a vault that opens with exactly one of the two passphrases, intact`, { timeout: 150_000 }, async () => {
    const random = rng(SEED ^ 0x5bd1e995);
    const dir = tempDir();
    const path = join(dir, 'big.vault');
    const db = createVault(path, PASSPHRASE);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 1200; i++) insert.run(`row.${i}`, randomBytes(1000).toString('hex'));
    })();
    const expected = tablesDigest(db);
    closeVault(db);
    const child = bundleScript(join(import.meta.dirname, 'crash-child.ts'), dir);
    const started = performance.now();

    const passphrases = [PASSPHRASE, 'a second passphrase, long enough'];
    // An unkilled change first, to learn how long one takes on this machine.
    const calibration = await runChild(child, ['rekey', path, passphrases[0], passphrases[1]], 'rekeying', after(60_000));
    expect(calibration.lines, calibration.stderr).toContain('done');
    let current = 1;
    const duration = calibration.afterTrigger;

    const outcomes = { old: 0, new: 0, halfWritten: 0, finishedFirst: 0 };
    for (let kill = 0; kill < REKEY_KILLS; kill++) {
      const next = 1 - current;
      // Two kills in three at any moment of the change (or just after it); the third right after
      // page 1 took the new salt.
      const arm = kill % 3 === 2 ? whenPageOneRekeyed(path, random() * 5) : after(random() * duration * 1.3);
      const run = await runChild(child, ['rekey', path, passphrases[current], passphrases[next]], 'rekeying', arm);
      if (run.lines.includes('done')) outcomes.finishedFirst++;
      else expect(run.signal, run.stderr).toBe('SIGKILL');
      if (interruptedRekeySalt(path)) outcomes.halfWritten++;

      // Either passphrase may be tried first, as a user would.
      const order = random() < 0.5 ? [current, next] : [next, current];
      const opened: number[] = [];
      for (const which of order) {
        let v;
        try {
          v = openVault(path, passphrases[which]);
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).code, `kill ${kill} (seed ${SEED})`).toBe('WRONG_PASSPHRASE');
          continue;
        }
        expect(v.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(tablesDigest(v), `kill ${kill} (seed ${SEED})`).toBe(expected);
        closeVault(v);
        opened.push(which);
      }
      expect(opened, `kill ${kill} (seed ${SEED})`).toHaveLength(1);
      if (run.lines.includes('done')) expect(opened[0]).toBe(next);
      outcomes[opened[0] === next ? 'new' : 'old']++;
      current = opened[0];
    }
    console.log(
      `crash (passphrase change): ${REKEY_KILLS + 1} runs on a ${(statSync(path).size / 2 ** 20).toFixed(1)} MB vault (a change takes ~${duration.toFixed(0)} ms), ` +
        `${REKEY_KILLS - outcomes.finishedFirst} SIGKILLs mid-change (${outcomes.halfWritten} with page 1 already re-keyed), ${outcomes.finishedFirst} changes finished first; ` +
        `afterwards ${outcomes.old} opened with the old passphrase only, ${outcomes.new} with the new only, all intact; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`,
    );
  });
});
