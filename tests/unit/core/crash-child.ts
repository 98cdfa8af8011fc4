// Run by crash.test.ts in its own process, to be killed with SIGKILL at random moments.
//   commit VAULT PASSPHRASE LAST_REPORTED  reopen, verify, then commit numbered transactions
//   rekey VAULT CURRENT NEXT               change the passphrase of a large vault
import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { appendAudit, verifyAuditChain } from '../../../src/core/db/audit';
import { write, type Session } from '../../../src/core/session';
import { changePassphrase, openVault } from '../../../src/core/vault/vault';
import { readableDb } from '../../../src/core/vault/handles';

/** Straight to the pipe: a number is reported only once its commit has returned. */
const report = (line: string) => writeSync(1, `${line}\n`);

function commitLoop(path: string, passphrase: string, lastReported: number): void {
  const db = openVault(path, passphrase);
  const numbers = db.prepare(`SELECT CAST(substr(key, 7) AS INTEGER) FROM settings WHERE key LIKE 'crash.%' ORDER BY 1`).pluck().all() as number[];
  const max = numbers.length ? numbers[numbers.length - 1] : 0;
  const missing = [];
  for (let n = 1, i = 0; n <= Math.max(max, lastReported); n++) {
    if (numbers[i] === n) i++;
    else missing.push(n);
  }
  report(
    JSON.stringify({
      verified: { max, count: numbers.length, missing: missing.slice(0, 10), integrity: db.pragma('integrity_check', { simple: true }), audit: verifyAuditChain(readableDb(db)).ok },
    }),
  );
  const s: Session = { db: readableDb(db), actor: 'crash test', clock: () => new Date() };
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (let n = max + 1; ; n++) {
    // Sizes vary so that commits span one to several pages, and checkpoints come and go.
    const payload = randomBytes(1 + Math.floor(Math.random() * 3000)).toString('hex');
    write(s, (tx) => {
      insert.run(`crash.${n}`, payload);
      appendAudit(tx, 'crash.commit', 'crash', n, { payload });
    });
    report(String(n));
  }
}

function rekey(path: string, current: string, next: string): void {
  const db = openVault(path, current);
  report('rekeying');
  changePassphrase(db, path, current, next);
  report('done');
  db.close();
}

const [mode, path, a, b] = process.argv.slice(2);
if (mode === 'commit') commitLoop(path, a, Number(b));
else if (mode === 'rekey') rekey(path, a, b);
else throw new Error(`unknown mode ${mode}`);
