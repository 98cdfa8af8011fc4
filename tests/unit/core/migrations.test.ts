import { copyFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { call } from '../../../src/core/dispatcher';
import { VaultHost } from '../../../src/core/host';
import { MATTERS_ARISING_TITLE } from '../../../src/core/services/arising';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion, type Migration } from '../../../src/core/vault/migrations';
import { checkVault } from '../../../src/core/vault/check';
import type { Db } from '../../../src/core/vault/handles';
import { closeVault, createVault, openVault } from '../../../src/core/vault/vault';
import { dumpTables } from '../../helpers/dump';
import { errorOf } from '../../helpers/errors';
import { sha256 } from '../../helpers/files';
import {
  ATTENDANCE,
  BACKUP_SETTINGS,
  CHAIR,
  COMMITTEE,
  FIXTURE_PASSPHRASE,
  FIXTURES,
  ITEMS,
  LATER_ITEM,
  MEETINGS,
  PEOPLE,
  PRESS,
  REVIEW,
  SECRETARY,
  fixtureVault,
  type Fixture,
} from '../../helpers/vaultFixtures';
import { PASSPHRASE, tempDir } from '../../helpers/vault';

// How this file opens and migrates a vault, in one place.

/** A copy of fixture vN in a temp folder: opening a vault, even to read, writes beside it. */
function fixtureCopy(version: number): string {
  const path = join(tempDir(), `v${version}.vault`);
  copyFileSync(fixtureVault(version), path);
  return path;
}

/** The copy at the version it was written at: opening does not migrate. */
const openAsWritten = (path: string): Db => openVault(path, FIXTURE_PASSPHRASE);

/** Runs the migrations up to `version` and no further, so that each is checked on its own. */
const migrateTo = (db: Db, version: number) => migrate(db, MIGRATIONS.slice(0, version));

/** Unlocked as the app unlocks it, through the contract. */
async function unlocked(path: string): Promise<VaultHost> {
  const host = new VaultHost({ path });
  await call(host, 'vault.unlock', { passphrase: FIXTURE_PASSPHRASE, actor: SECRETARY });
  return host;
}

const names = (db: Db, type: 'table' | 'index' | 'trigger') =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all(type) as string[];
const schemaOf = (db: Db) => db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`).all();
/** An index's key columns in order; an expression is null. */
const keyColumns = (db: Db, index: string) =>
  (db.prepare(`SELECT name, key FROM pragma_index_xinfo(?) ORDER BY seqno`).all(index) as { name: string | null; key: number }[])
    .filter((c) => c.key === 1)
    .map((c) => c.name);
const planOf = (db: Db, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

/** Every row of the tables that were there before, as the migration found them. */
function expectRowsKept(before: Record<string, string[]>, db: Db): void {
  const after = dumpTables(db);
  for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
}

describe('migrations', () => {
  it('are numbered upwards without gaps, and a new vault is at the latest version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const db = createVault(join(tempDir(), 'v.vault'), PASSPHRASE);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    closeVault(db);
  });

  it('each have a fixture vault written by the version before them', () => {
    const fixtures = FIXTURES.map((f) => f.version);
    expect(MIGRATIONS.slice(1).map((m) => m.version - 1).filter((v) => !fixtures.includes(v))).toEqual([]);
    expect(Math.max(...fixtures)).toBeLessThanOrEqual(SCHEMA_VERSION);
  });

  it('run in one transaction: a failing step leaves the vault at its old version with no half schema', () => {
    const db = createVault(join(tempDir(), 'v.vault'), PASSPHRASE);
    const before = names(db, 'table');
    const failing: Migration[] = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, name: 'adds a table', up: (d) => d.exec('CREATE TABLE extra (x INTEGER) STRICT') },
      { version: SCHEMA_VERSION + 2, name: 'breaks', up: (d) => d.exec('ALTER TABLE no_such_table ADD COLUMN y TEXT') },
    ];
    expect(() => migrate(db, failing)).toThrow(/no such table/);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(names(db, 'table')).toEqual(before);
    closeVault(db);
  });

  it('apply pending steps in order and record the version', () => {
    const db = createVault(join(tempDir(), 'v.vault'), PASSPHRASE);
    const order: number[] = [];
    const next: Migration[] = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, name: 'a', up: () => order.push(SCHEMA_VERSION + 1) },
      { version: SCHEMA_VERSION + 2, name: 'b', up: () => order.push(SCHEMA_VERSION + 2) },
    ];
    migrate(db, next);
    expect(order).toEqual([SCHEMA_VERSION + 1, SCHEMA_VERSION + 2]);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION + 2);
    migrate(db, next);
    expect(order).toHaveLength(2);
    closeVault(db);
  });

  it('refuse a vault written by a newer version, leaving it untouched', () => {
    const path = join(tempDir(), 'v.vault');
    const db = createVault(path, PASSPHRASE);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    // In rollback-journal mode, even switching to WAL would rewrite the header: it must not happen.
    db.pragma('journal_mode=DELETE');
    closeVault(db);
    const before = sha256(path);
    const err = errorOf(() => openVault(path, PASSPHRASE));
    expect(err.code).toBe('VAULT_TOO_NEW');
    expect(err.message).toMatch(/newer version of Secretariat/);
    expect(sha256(path)).toBe(before);
  });

  it('are taken only by a session that will write: check and audit verify leave an older vault exactly as it was', async () => {
    for (const version of [1, 2, 3]) {
      const path = fixtureCopy(version);
      const dir = readdirSync(dirname(path));
      const before = sha256(path);
      expect(checkVault(path, FIXTURE_PASSPHRASE)).toMatchObject({ ok: true, problems: [] });
      const io: Io = { stdin: process.stdin, stdout: new PassThrough(), stderr: new PassThrough(), env: { SECRETARIAT_PASSPHRASE: FIXTURE_PASSPHRASE } };
      expect(await main(['audit', 'verify', path], io)).toBe(0);
      expect(sha256(path), `v${version}`).toBe(before);
      expect(readdirSync(dirname(path)), 'nothing written beside it').toEqual(dir);
      const host = await unlocked(path);
      expect(schemaVersion(host.session().db)).toBe(SCHEMA_VERSION);
      host.lock();
      expect(sha256(path)).not.toBe(before);
    }
  });
});

describe('migration 2 on a vault written at version 1', () => {
  it('adds the matters-arising links, the minutes-in-review index and the audit head and guards, keeping every row', () => {
    const db = openAsWritten(fixtureCopy(1));
    expect(schemaVersion(db)).toBe(1);
    expect(names(db, 'table')).not.toContain('audit_head');
    const before = dumpTables(db);
    const log = db.prepare('SELECT id, hash FROM audit_log ORDER BY id').all() as { id: number; hash: string }[];
    expect(log.length).toBeGreaterThan(20);

    migrateTo(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(names(db, 'table')).toEqual(expect.arrayContaining(['matters_arising_actions', 'matters_arising_decisions', 'audit_head']));
    expect(names(db, 'index')).toEqual(expect.arrayContaining(['matters_arising_actions_action', 'matters_arising_decisions_decision', 'meetings_status']));
    expect(names(db, 'trigger')).toEqual(['audit_head_no_delete', 'audit_log_no_delete', 'audit_log_no_update']);
    expect(keyColumns(db, 'meetings_status')).toEqual(['status', 'committee_id']);
    expect(db.prepare('SELECT * FROM audit_head').all()).toEqual([{ id: 1, entries: log.length, hash: log.at(-1)!.hash }]);
    expect(log.at(-1)!.id).toBe(log.length);
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'someone else'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_head').run()).toThrow(/append-only/);
    expectRowsKept(before, db);
    expect(db.prepare('SELECT count(*) FROM matters_arising_actions').pluck().get()).toBe(0);
    db.close();
  });
});

describe('migration 3 on a vault written at version 2', () => {
  it("counts a meeting's open actions from an index on meeting and status, which replaces the meeting-only one", () => {
    const db = openAsWritten(fixtureCopy(2));
    expect(schemaVersion(db)).toBe(2);
    expect(names(db, 'index')).toContain('action_items_meeting');
    const before = dumpTables(db);

    migrateTo(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(names(db, 'index')).not.toContain('action_items_meeting');
    expect(keyColumns(db, 'action_items_meeting_status')).toEqual(['meeting_id', 'status']);
    expect(planOf(db, `SELECT count(*) FROM action_items WHERE meeting_id = 1 AND status IN ('open', 'in_progress')`)).toMatch(
      /USING COVERING INDEX action_items_meeting_status/,
    );
    expect(dumpTables(db)).toEqual(before);
    db.close();
  });
});

describe('migration 4 on a vault written at version 3', () => {
  it("gives the tracker's due order, undated last, and the owner columns from indexes", () => {
    const db = openAsWritten(fixtureCopy(3));
    expect(schemaVersion(db)).toBe(3);
    expect(names(db, 'index')).not.toContain('action_items_status_due_order');
    const before = dumpTables(db);
    const tracker = `SELECT id, owner_person_id, owner_body FROM action_items WHERE status = 'done' ORDER BY due_date IS NULL, due_date, id`;
    expect(planOf(db, tracker)).toMatch(/TEMP B-TREE/);

    migrateTo(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(keyColumns(db, 'action_items_status_due_order')).toEqual(['status', null, 'due_date', 'id', 'owner_person_id', 'owner_body']);
    expect(keyColumns(db, 'action_items_due_order')).toEqual([null, 'due_date']);
    expect(planOf(db, tracker)).toMatch(/USING COVERING INDEX action_items_status_due_order/);
    expect(planOf(db, tracker)).not.toMatch(/TEMP B-TREE/);
    expect(db.prepare('SELECT description FROM action_items ORDER BY due_date IS NULL, due_date, id').pluck().all()).toEqual(
      ITEMS.flatMap((i) => i.actions).map((a) => a.description),
    );
    expect(dumpTables(db)).toEqual(before);
    db.close();
  });
});

const byName = (a: { name: string | null }, b: { name: string | null }) => (a.name ?? '').localeCompare(b.name ?? '');

/** What the contract reads back from a fixture, with ids replaced by names and numbers. */
async function readBack(host: VaultHost, fixture: Fixture) {
  const [committee, ...others] = await call(host, 'committees.list', {});
  expect(others).toEqual([]);
  const members = await call(host, 'memberships.list', { committeeId: committee!.id });
  const name = (personId: number | null) => members.find((m) => m.personId === personId)?.person.name ?? null;
  const summaries = (await call(host, 'meetings.list', { committeeId: committee!.id })).sort((a, b) => a.number - b.number);
  const meetings = [];
  for (const summary of summaries) {
    const record = await call(host, 'meetings.get', { id: summary.id });
    const agenda = [];
    for (const item of record.agenda) {
      const arising = item.arisingCount ? await call(host, 'arising.of', { agendaItemId: item.id }) : null;
      agenda.push({
        title: item.title,
        presenter: name(item.presenterId),
        minutes: item.minutes,
        isPublic: item.isPublic,
        decisions: item.decisions.map((d) => ({ number: d.number, text: d.text, status: d.implementationStatus })),
        actions: await Promise.all(
          item.actions.map(async (a) => ({
            description: a.description,
            owner: a.ownerName,
            dueDate: a.dueDate,
            status: a.status,
            decision: item.decisions.find((d) => d.id === a.decisionId)?.number ?? null,
            notes: (await call(host, 'actions.get', { id: a.id })).notes.map((n) => ({ date: n.date, text: n.text })),
          })),
        ),
        arising: arising && { actions: arising.actions.map((a) => a.description).sort(), decisions: arising.decisions.map((d) => d.number).sort() },
      });
    }
    const review = fixture.review && {
      transitions: (await call(host, 'review.transitions', { id: summary.id })).map((t) => ({ from: t.from, to: t.to, actor: t.actor, note: t.note })),
      comments: (await call(host, 'review.list', { meetingId: summary.id })).map((c) => ({ body: c.body, author: c.author, resolvedBy: c.resolvedBy })),
      amendments: (await call(host, 'amendments.list', { meetingId: summary.id })).map((a) => ({ field: a.field, before: a.before, after: a.after, reason: a.reason, author: a.author })),
    };
    const { meeting } = record;
    meetings.push({
      number: meeting.number,
      status: meeting.status,
      startsAt: meeting.startsAt,
      venue: meeting.venue,
      approvedBy: meeting.approvedBy,
      attendance: record.attendance.map((a) => ({ name: name(a.personId), status: a.status, representedBy: a.representedBy })).sort(byName),
      agenda,
      review,
    });
  }
  const press = await call(host, 'press.get', { meetingId: summaries[0]!.id });
  const backup = fixture.backupSettings && (await call(host, 'backup.settings.get', {}));
  return {
    committee: { name: committee!.name, nameAr: committee!.nameAr, shortName: committee!.shortName, legalBasis: committee!.legalBasis, pattern: committee!.decisionNumberPattern, quorum: committee!.quorumRule },
    members: members.map((m) => ({ name: m.person.name, honorific: m.person.honorific, position: m.person.position, organisation: m.person.organisation, role: m.role })),
    meetings,
    press: { headline: press.headline, body: press.body, status: press.status },
    backup: backup && { folder: backup.folder, keep: backup.keep, enabled: backup.enabled },
  };
}

/** What the fixture script wrote, as readBack shows it. */
function written(fixture: Fixture): Awaited<ReturnType<typeof readBack>> {
  const numbers = ITEMS.map((_, i) => `2026/1/${i + 1}`);
  const first = ITEMS.map((item, i) => ({
    title: item.title,
    presenter: item.presenter,
    minutes: fixture.review && i === 0 ? REVIEW.amendedMinutes : item.minutes,
    isPublic: item.isPublic,
    decisions: [{ number: numbers[i]!, text: item.decision.text, status: item.decision.status }],
    actions: item.actions.map((a) => ({
      description: a.description,
      owner: 'person' in a.owner ? a.owner.person : a.owner.body,
      dueDate: a.dueDate,
      status: a.note?.status ?? 'open',
      decision: a.forDecision ? numbers[i]! : null,
      notes: a.note ? [{ date: a.note.date, text: a.note.text }] : [],
    })),
    arising: null,
  }));
  const still = (status: string) => status === 'open' || status === 'in_progress';
  const arising = {
    title: MATTERS_ARISING_TITLE,
    presenter: null,
    minutes: null,
    isPublic: false,
    decisions: [],
    actions: [],
    arising: {
      actions: first.flatMap((i) => i.actions).filter((a) => still(a.status)).map((a) => a.description).sort(),
      decisions: first.flatMap((i) => i.decisions).filter((d) => d.status !== 'implemented').map((d) => d.number).sort(),
    },
  };
  const later = { title: LATER_ITEM.title, presenter: null, minutes: LATER_ITEM.minutes, isPublic: false, decisions: [], actions: [], arising: null };
  return {
    committee: { name: COMMITTEE.name, nameAr: COMMITTEE.nameAr, shortName: COMMITTEE.shortName, legalBasis: COMMITTEE.legalBasis, pattern: COMMITTEE.decisionNumberPattern, quorum: COMMITTEE.quorumRule },
    members: PEOPLE.map((p) => ({ name: p.name, honorific: p.honorific, position: p.position, organisation: p.organisation, role: p.role })),
    meetings: [
      {
        number: 1,
        status: fixture.review ? 'approved' : 'draft',
        startsAt: MEETINGS[0].startsAt,
        venue: MEETINGS[0].venue,
        approvedBy: fixture.review ? CHAIR : null,
        attendance: ATTENDANCE.map((a) => ({ name: a.name, status: a.status, representedBy: a.representedBy ?? null })).sort(byName),
        agenda: first,
        review: fixture.review && {
          transitions: [
            { from: 'draft', to: 'in_review', actor: SECRETARY, note: null },
            { from: 'in_review', to: 'approved', actor: CHAIR, note: REVIEW.approvalNote },
          ],
          comments: [{ body: REVIEW.comment, author: CHAIR, resolvedBy: SECRETARY }],
          amendments: [{ field: 'minutes', before: ITEMS[0]!.minutes, after: REVIEW.amendedMinutes, reason: REVIEW.amendmentReason, author: SECRETARY }],
        },
      },
      {
        number: 2,
        status: 'draft',
        startsAt: MEETINGS[1].startsAt,
        venue: MEETINGS[1].venue,
        approvedBy: null,
        attendance: [],
        agenda: fixture.review ? [arising, later] : [later],
        review: fixture.review && {
          transitions: [
            { from: 'draft', to: 'in_review', actor: SECRETARY, note: null },
            { from: 'in_review', to: 'draft', actor: SECRETARY, note: REVIEW.returnReason },
          ],
          comments: [],
          amendments: [],
        },
      },
    ],
    press: { ...PRESS, status: 'approved' },
    backup: fixture.backupSettings && BACKUP_SETTINGS,
  };
}

describe('migration 5 on a vault written at version 4', () => {
  it('adds the table that keeps approved minutes as a record, append-only, keeping every row', () => {
    const db = openAsWritten(fixtureCopy(4));
    expect(schemaVersion(db)).toBe(4);
    expect(names(db, 'table')).not.toContain('approved_minutes');
    const before = dumpTables(db);

    migrateTo(db, 5);
    expect(schemaVersion(db)).toBe(5);
    expect(names(db, 'table')).toContain('approved_minutes');
    expect(names(db, 'trigger')).toEqual(expect.arrayContaining(['approved_minutes_no_update', 'approved_minutes_no_delete']));
    expect(dumpTables(db)).toEqual({ ...before, approved_minutes: [] });
    db.prepare(`INSERT INTO approved_minutes (meeting_id, content, sha256, frozen_at, frozen_by) VALUES (1, '{}', ?, 'now', 'test')`).run('0'.repeat(64));
    expect(() => db.exec(`UPDATE approved_minutes SET content = '{"x":1}'`)).toThrow(/amend them instead/);
    expect(() => db.exec('DELETE FROM approved_minutes')).toThrow(/amend them instead/);
    db.close();
  });
});

describe.each(FIXTURES)('a vault written at version $version (by $commit), opened by this version', (fixture) => {
  it('unlocks at the latest version with the schema of a new vault', async () => {
    const path = fixtureCopy(fixture.version);
    const old = openAsWritten(path);
    expect(schemaVersion(old)).toBe(fixture.version);
    old.close();
    const host = await unlocked(path);
    const fresh = createVault(join(tempDir(), 'new.vault'), PASSPHRASE);
    expect(schemaVersion(host.session().db)).toBe(SCHEMA_VERSION);
    expect(schemaOf(host.session().db)).toEqual(schemaOf(fresh));
    closeVault(fresh);
    host.lock();
  });

  it('reads back everything that version wrote, through the contract, with its audit trail whole', async () => {
    const path = fixtureCopy(fixture.version);
    const old = openAsWritten(path);
    const entries = old.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    old.close();
    const host = await unlocked(path);
    expect(await readBack(host, fixture)).toEqual(written(fixture));
    // Minutes approved before approved minutes were kept as a record are kept at the first unlock, and the trail says so.
    const kept = fixture.review ? 1 : 0;
    expect(await call(host, 'audit.verify', {})).toMatchObject({ ok: true, entries: entries + kept });
    const first = (await call(host, 'meetings.list', {})).find((m) => m.number === 1)!;
    const keptEntries = (await call(host, 'audit.history', { entity: 'meeting', entityId: first.id })).filter((e) => e.action === 'minutes.keep');
    expect(keptEntries).toHaveLength(kept);
    host.lock();
  });
});
