import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import type { MethodName } from '../../../src/shared/api';
import type { ActionFilter } from '../../../src/shared/api/actions';
import type { Db } from '../../../src/core/vault/handles';
import { seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

/**
 * The hot paths of the app (the tracker with its sorts and pages, loading a meeting for the
 * editor, the meetings list and dashboard, an autosave) must never read a whole table: with
 * ten years of data that is what turns milliseconds into seconds. Every statement a call
 * prepares is traced and its plan checked. tests/unit/core/actions.test.ts checks which index each
 * tracker filter uses; this file checks that nothing else in these calls scans.
 */

const { host } = await newVault({ clock: () => new Date('2026-05-01T12:00:00') });
const { committee, meeting, people } = await seedMeeting(host, { roster: [['Amal Haddad', 'chair'], ['Omar Saleh', 'member']] });
const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Referral mechanism' });
const decision = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Approve the mechanism.' });
const action = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Circulate it', ownerPersonId: people['Amal Haddad'].id, dueDate: '2026-04-30', decisionId: decision.id });
await call(host, 'actions.addNote', { actionId: action.id, text: 'Sent to the members.' });
await call(host, 'attendance.set', { meetingId: meeting.id, personId: people['Omar Saleh'].id, status: 'present' });
const next = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-06-15T10:00:00+03:00' });
const arising = await call(host, 'arising.add', { meetingId: next.id });

interface Traced {
  sql: string;
  plan: string[];
}

/** Unbound parameters are NULL: the plan depends on the schema and the SQL, not on values. */
function planOf(db: Db, sql: string): string[] {
  const names = [...new Set([...sql.matchAll(/[:@$]([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
  const params = Object.fromEntries(names.map((n) => [n, null]));
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(names.length > 0 ? params : []) as { detail: string }[]).map((r) => r.detail);
}

/** Every data statement the call prepares, with SQLite's plan for it. */
async function trace<M extends MethodName>(method: M, input: unknown): Promise<Traced[]> {
  const db = host.session().db;
  const seen = new Set<string>();
  const prepare = db.prepare;
  db.prepare = ((sql: string) => {
    seen.add(sql);
    return prepare.call(db, sql);
  }) as Db['prepare'];
  try {
    await call(host, method, input);
  } finally {
    db.prepare = prepare;
  }
  return [...seen].filter((sql) => /^\s*(SELECT|WITH|UPDATE|DELETE|INSERT)\b/i.test(sql)).map((sql) => ({ sql, plan: planOf(db, sql) }));
}

/**
 * `SCAN t` reads all of t, through an index or not. A CTE or subquery of the statement's own
 * is no table, nor is json_each over a list of ids the statement was given.
 */
const FULL_SCAN = /^SCAN (?!CONSTANT ROW|page\b|\(|json_each VIRTUAL TABLE)(\S+)/;

function scans(traced: Traced[]): string[] {
  return traced.flatMap((t) => t.plan.filter((line) => FULL_SCAN.test(line)).map((line) => `${line}   in: ${t.sql.replace(/\s+/g, ' ').trim()}`));
}

describe('hot queries read index ranges, never whole tables', () => {
  const tracker: [string, ActionFilter][] = [
    ['the screen default (open or in progress, by due date)', { status: 'active', sort: 'due' }],
    ['overdue', { status: 'overdue', sort: 'due' }],
    ['a name typed in the owner filter', { status: 'active', owner: 'amal', sort: 'due' }],
    ['one owner', { ownerPersonId: people['Amal Haddad'].id, status: 'active' }],
    ['one committee', { committeeId: committee.id, status: 'active', sort: 'due' }],
    ['one committee, overdue', { committeeId: committee.id, status: 'overdue' }],
    ['in progress and overdue', { status: 'in_progress', overdue: true }],
    ['one committee, open and overdue', { committeeId: committee.id, status: 'open', overdue: true }],
    ['due within a week', { dueWithinDays: 7 }],
    ['done', { status: 'done' }],
  ];
  const sorts = ['due', 'owner', 'meeting', 'status'] as const;

  it.each(tracker.flatMap(([name, filter]) => sorts.map((sort) => [`${name}, sorted by ${sort}`, { ...filter, sort }] as const)))(
    'the tracker: %s',
    async (_, filter) => {
      expect(scans(await trace('actions.list', filter))).toEqual([]);
      expect(scans(await trace('actions.list', { ...filter, limit: 200 }))).toEqual([]);
      // The screen's read: a page and the count of the same filter.
      expect(scans(await trace('actions.page', { ...filter, offset: 100, limit: 100 }))).toEqual([]);
    },
  );

  it.each([
    ['any status', {}],
    ['done', { status: 'done' }],
    ['open or in progress, overdue', { status: 'active', overdue: true }],
  ] as [string, ActionFilter][])('a page of the tracker takes its due order from an index, not a sort of every match: %s', async (_, filter) => {
    const [page] = (await trace('actions.page', { ...filter, sort: 'due', offset: 0, limit: 100 })).filter((t) => /WITH page AS/.test(t.sql));
    const steps = page!.plan.join('\n');
    // The only sort left is the outer one, of the page's own hundred rows.
    expect(page!.plan.filter((line) => line.startsWith('USE TEMP B-TREE')), steps).toHaveLength(filter.overdue ? 2 : 1);
    expect(steps).toMatch(filter.overdue ? /action_items_status_due\b/ : /USING COVERING INDEX action_items_(status_)?due_order/);
  });

  it('a page of the tracker with no filter reads only the due-date index, not the actions', async () => {
    const traced = await trace('actions.list', { sort: 'due', limit: 200 });
    expect(scans(traced).every((line) => /^SCAN a USING COVERING INDEX /.test(line)), scans(traced).join('\n')).toBe(true);
  });

  it('the count of every action reads one covering index, never the actions themselves', async () => {
    const traced = await trace('actions.page', { sort: 'due', offset: 0, limit: 100 });
    expect(scans(traced).length).toBeGreaterThan(0);
    expect(scans(traced).every((line) => /^SCAN (a|action_items) USING COVERING INDEX /.test(line)), scans(traced).join('\n')).toBe(true);
  });

  it('loading a meeting for the editor, and the originals its matters arising follow up', async () => {
    expect(scans(await trace('meetings.get', { id: meeting.id }))).toEqual([]);
    expect(scans(await trace('meetings.get', { id: next.id }))).toEqual([]);
    expect(scans(await trace('arising.of', { agendaItemId: arising.id }))).toEqual([]);
  });

  it("one committee's meetings list", async () => {
    expect(scans(await trace('meetings.list', { committeeId: committee.id }))).toEqual([]);
  });

  it('the list of all meetings reads each once, and counts their decisions and open actions from indexes', async () => {
    const traced = await trace('meetings.list', {});
    expect(scans(traced).every((line) => /^SCAN m\b/.test(line)), scans(traced).join('\n')).toBe(true);
    const counts = traced.flatMap((t) => t.plan).filter((line) => /^SEARCH (a|d) /.test(line));
    expect(counts.length).toBeGreaterThan(0);
    for (const line of counts) expect(line).toMatch(/USING COVERING INDEX/);
  });

  it("the chair's dashboard", async () => {
    expect(scans(await trace('dashboard.get', {}))).toEqual([]);
  });

  it('an autosave of an agenda item, with its audit entry', async () => {
    expect(scans(await trace('agenda.update', { id: item.id, minutes: 'The committee reviewed the draft.' }))).toEqual([]);
  });

  it('changing an action and noting progress from the tracker', async () => {
    expect(scans(await trace('actions.update', { id: action.id, status: 'in_progress' }))).toEqual([]);
    expect(scans(await trace('actions.addNote', { actionId: action.id, text: 'Reminder sent.' }))).toEqual([]);
  });
});
