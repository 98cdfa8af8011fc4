import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/core/dispatcher';
import type { Db } from '../../src/core/vault/handles';
import { closeVault, openVault } from '../../src/core/vault/vault';
import { cli } from '../helpers/cli';
import { seedMeeting } from '../helpers/seed';
import { newVault, PASSPHRASE } from '../helpers/vault';

const env = { SECRETARIAT_PASSPHRASE: PASSPHRASE };

describe('secretariat approve and audit verify', () => {
  let vault: string;
  let dir: string;
  let inReview: number;
  let draft: number;
  let entries: number;

  beforeAll(async () => {
    const made = await newVault();
    ({ dir, path: vault } = made);
    const { meeting, committee } = await seedMeeting(made.host, { committee: { name: 'National Committee to Combat Human Trafficking' } });
    await call(made.host, 'agenda.add', { meetingId: meeting.id, title: 'Referral mechanism' });
    await call(made.host, 'review.submit', { id: meeting.id });
    inReview = meeting.id;
    draft = (await call(made.host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-06-01T10:00:00+03:00' })).id;
    entries = (made.host.session().db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number);
    made.host.lock();
  });

  /** A copy of the vault changed in SQL by someone holding the passphrase. */
  function tampered(name: string, sql: (db: Db) => void): string {
    const copy = join(dir, `${name}.vault`);
    copyFileSync(vault, copy);
    const db = openVault(copy, PASSPHRASE);
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    sql(db);
    closeVault(db);
    return copy;
  }

  it('audit verify: exit 0 with the count and the last hash to keep', () => {
    const r = cli(['audit', 'verify', vault], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`The audit trail is intact: ${entries} entries, each following from the one before.`);
    const anchor = /--anchor (\d+:[0-9a-f]{64})/.exec(r.stdout)![1]!;
    expect(cli(['audit', 'verify', vault, '--anchor', anchor], env).code).toBe(0);
    const wrong = cli(['audit', 'verify', vault, '--anchor', `${anchor.split(':')[0]}:${'ab'.repeat(32)}`], env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/entry \d+ is not the entry recorded outside the vault/);
  });

  it.each([
    ['edited', 'edited', (db: Db) => db.exec(`UPDATE audit_log SET actor = 'Someone else' WHERE id = 2`), 'entry 2 was changed after it was written.'],
    ['removed from the middle', 'middle', (db: Db) => db.exec('DELETE FROM audit_log WHERE id = 3'), 'entry 3 was removed.'],
    ['removed at the end', 'last', (db: Db) => db.exec('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)'), 'entry LAST was removed: the app wrote LAST entries.'],
    [
      'swapped with the next',
      'swapped',
      (db: Db) => db.exec('UPDATE audit_log SET id = -1 WHERE id = 4; UPDATE audit_log SET id = 4 WHERE id = 5; UPDATE audit_log SET id = 5 WHERE id = -1;'),
      'entry 4 does not follow from entry 3: entries here were changed, removed or put out of order.',
    ],
  ])('audit verify: exit 1 naming the first broken entry when one was %s in SQL', (_, file, sql, message) => {
    const r = cli(['audit', 'verify', tampered(file, sql)], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`The audit trail was altered outside the app: ${message.replaceAll('LAST', String(entries))}`);
  });

  it('audit: usage mistakes are exit 2', () => {
    expect(cli(['audit', vault], env).code).toBe(2);
    expect(cli(['audit', 'verify'], env).code).toBe(2);
    expect(cli(['audit', 'verify', vault, '--anchor', '12'], env).code).toBe(2);
  });

  it('approve: approves minutes in review, says who and when, and refuses what cannot be approved', () => {
    const r = cli(['approve', vault, '--meeting', String(inReview), '--note', 'Approved at the 2nd meeting.'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^The minutes of meeting 1 of National Committee to Combat Human Trafficking are approved by Tariq Aziz \(command line\) \(\d{4}-\d\d-\d\dT[\d:.]+Z\) and locked\.\nAudit trail: entry \d+, sha256 [0-9a-f]{64}\.\n$/);

    const again = cli(['approve', vault, '--meeting', String(inReview)], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^The minutes of meeting 1 were approved on \d{4}-\d\d-\d\d by Tariq Aziz \(command line\); they are locked/);
    const early = cli(['approve', vault, '--meeting', String(draft)], env);
    expect(early.code).toBe(1);
    expect(early.stderr.trim()).toBe('The minutes of meeting 2 are still a draft: submit them for review before approving them.');
    expect(cli(['approve', vault], env).code).toBe(2);

    const verified = cli(['audit', 'verify', vault], env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`${entries + 1} entries`);
  });
});
