import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import { actionListQuery, type ActionQuery } from '../../../src/core/db/actions';
import type { ActionItem } from '../../../src/shared/domain';
import { dumpTables } from '../../helpers/dump';
import { failure, seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

/** Noon local time, so that "today" is the same date in every time zone the tests run in. */
const day = (iso: string) => new Date(`${iso}T12:00:00`);
let now = day('2026-05-01');
const { host } = await newVault({ clock: () => now });
const db = () => host.session().db;

describe('action items', () => {
  it('takes meeting and committee from the agenda item and shows the owner by name', async () => {
    const { committee, meeting, people } = await seedMeeting(host, { meeting: { number: 4 } });
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Follow-up' });
    const byPerson = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Draft the plan', ownerPersonId: people['Amal Haddad'].id, dueDate: '2026-06-30' });
    expect(byPerson).toMatchObject({
      meetingId: meeting.id,
      committeeId: committee.id,
      meetingNumber: 4,
      agendaItemId: item.id,
      ownerName: 'Amal Haddad',
      status: 'open',
      overdue: false,
      latestNote: null,
    });
    const byBody = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Report figures', ownerBody: 'Ministry of Labour' });
    expect(byBody).toMatchObject({ ownerPersonId: null, ownerName: 'Ministry of Labour', dueDate: null });
    const history = await call(host, 'audit.history', { entity: 'action_item', entityId: byPerson.id });
    expect(history[0]).toMatchObject({ action: 'action_item.create', actor: 'Leila Nasser', detail: { description: 'Draft the plan', dueDate: '2026-06-30' } });
  });

  it('needs an owner, an existing person and a decision of the same meeting', async () => {
    const { meeting } = await seedMeeting(host);
    const other = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Item' });
    const otherItem = await call(host, 'agenda.add', { meetingId: other.meeting.id, title: 'Item' });
    const foreign = await call(host, 'decisions.add', { agendaItemId: otherItem.id, text: 'Elsewhere.' });
    const before = dumpTables(db());
    expect(await failure(host, 'actions.add', { agendaItemId: item.id, description: 'Nobody' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'ownerPersonId' }],
    });
    expect((await failure(host, 'actions.add', { agendaItemId: item.id, description: 'Ghost', ownerPersonId: 123456 })).code).toBe('NOT_FOUND');
    expect(await failure(host, 'actions.add', { agendaItemId: item.id, description: 'Linked', ownerBody: 'X', decisionId: foreign.id })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'decisionId' }],
    });
    expect(dumpTables(db())).toEqual(before);
    const a = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Body', ownerBody: 'Customs' });
    expect(await failure(host, 'actions.update', { id: a.id, ownerBody: '' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'ownerPersonId' }] });
  });

  it('derives overdue from today: active and due before today', async () => {
    const { meeting, people } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Item' });
    const owner = people['Amal Haddad'].id;
    const a = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Due yesterday', ownerPersonId: owner, dueDate: '2026-04-30' });
    const b = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Due today', ownerPersonId: owner, dueDate: '2026-05-01' });
    expect((await call(host, 'actions.get', { id: a.id })).overdue).toBe(true);
    expect((await call(host, 'actions.get', { id: b.id })).overdue).toBe(false);
    now = day('2026-05-02');
    expect((await call(host, 'actions.get', { id: b.id })).overdue).toBe(true);
    await call(host, 'actions.update', { id: b.id, status: 'done' });
    expect((await call(host, 'actions.get', { id: b.id })).overdue).toBe(false);
    now = day('2026-04-01');
    expect((await call(host, 'actions.get', { id: a.id })).overdue).toBe(false);
    now = day('2026-05-01');
  });

  it('sets completed_at when done and clears it when reopened', async () => {
    const { meeting } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Item' });
    const a = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Finish', ownerBody: 'Customs' });
    const completedAt = () => (db().prepare('SELECT completed_at FROM action_items WHERE id = ?').get(a.id) as { completed_at: string | null }).completed_at;
    await call(host, 'actions.update', { id: a.id, status: 'done' });
    expect(completedAt()).toBe(now.toISOString());
    await call(host, 'actions.update', { id: a.id, status: 'in_progress' });
    expect(completedAt()).toBeNull();
    const history = await call(host, 'audit.history', { entity: 'action_item', entityId: a.id });
    expect(history.slice(1).map((h) => h.detail)).toEqual([
      { status: { before: 'open', after: 'done' } },
      { status: { before: 'done', after: 'in_progress' } },
    ]);
  });

  it('does not give a removed action\'s id to the next one', async () => {
    const { meeting } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Item' });
    const a = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Mistake', ownerBody: 'Customs' });
    await call(host, 'actions.remove', { id: a.id });
    expect((await failure(host, 'actions.get', { id: a.id })).code).toBe('NOT_FOUND');
    const b = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Correct', ownerBody: 'Customs' });
    expect(b.id).not.toBe(a.id);
    expect((await call(host, 'audit.history', { entity: 'action_item', entityId: a.id })).map((h) => h.action)).toEqual([
      'action_item.create',
      'action_item.remove',
    ]);
  });
});

describe('progress notes', () => {
  it('dates a note today unless told, and shows the latest by date', async () => {
    const { meeting } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Item' });
    const a = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Survey', ownerBody: 'Statistics Office' });
    const first = await call(host, 'actions.addNote', { actionId: a.id, text: 'Questionnaire drafted.' });
    expect(first).toMatchObject({ date: '2026-05-01', author: 'Leila Nasser', actionId: a.id });
    await call(host, 'actions.addNote', { actionId: a.id, text: 'Kick-off held (recorded late).', date: '2026-04-10' });
    const got = await call(host, 'actions.get', { id: a.id });
    expect(got.latestNote?.text).toBe('Questionnaire drafted.');
    expect(got.notes.map((n) => n.date)).toEqual(['2026-04-10', '2026-05-01']);
    expect((await call(host, 'actions.list', { meetingId: meeting.id }))[0].latestNote?.id).toBe(first.id);
  });

  it('changes the status in the same step and records both', async () => {
    const { meeting } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Item' });
    const a = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Circulate', ownerBody: 'Secretariat' });
    const note = await call(host, 'actions.addNote', { actionId: a.id, text: 'Sent to all members.', status: 'done', date: '2026-04-28' });
    expect(await call(host, 'actions.get', { id: a.id })).toMatchObject({ status: 'done', latestNote: { id: note.id } });
    const history = await call(host, 'audit.history', { entity: 'action_item', entityId: a.id });
    expect(history[1]).toMatchObject({
      action: 'action_item.note',
      actor: 'Leila Nasser',
      detail: { noteId: note.id, date: '2026-04-28', text: 'Sent to all members.', status: { before: 'open', after: 'done' } },
    });
  });

  it('refuses a note for an unknown action and writes nothing', async () => {
    const before = dumpTables(db());
    expect((await failure(host, 'actions.addNote', { actionId: 999999, text: 'Lost', status: 'done' })).code).toBe('NOT_FOUND');
    expect(dumpTables(db())).toEqual(before);
  });
});

describe('the tracker', async () => {
  const tracker = await newVault({ clock: () => now });
  const ids: Record<string, number> = {};
  let committees: { a: number; b: number };
  let meetings: { a2: number };
  let people: Record<string, number>;
  const list = async (filter: object) => (await call(tracker.host, 'actions.list', filter)).map((x: ActionItem) => label(x.id));
  const label = (id: number) => Object.keys(ids).find((k) => ids[k] === id);

  beforeAll(async () => {
    const a = await seedMeeting(tracker.host, {
      committee: { name: 'Committee A' },
      roster: [['Amal Haddad', 'chair'], ['Khalid Saeed', 'member']],
      meeting: { startsAt: '2026-01-10T10:00:00+03:00' },
    });
    const b = await seedMeeting(tracker.host, {
      committee: { name: 'Committee B' },
      roster: [['Sara Odeh', 'chair']],
      meeting: { startsAt: '2026-02-10T10:00:00+03:00' },
    });
    const a2 = await call(tracker.host, 'meetings.create', { committeeId: a.committee.id, startsAt: '2026-03-10T10:00:00+03:00' });
    committees = { a: a.committee.id, b: b.committee.id };
    meetings = { a2: a2.id };
    people = { amal: a.people['Amal Haddad'].id, khalid: a.people['Khalid Saeed'].id, sara: b.people['Sara Odeh'].id };
    const items = {
      a1: (await call(tracker.host, 'agenda.add', { meetingId: a.meeting.id, title: 'A1' })).id,
      a2: (await call(tracker.host, 'agenda.add', { meetingId: a2.id, title: 'A2' })).id,
      b1: (await call(tracker.host, 'agenda.add', { meetingId: b.meeting.id, title: 'B1' })).id,
    };
    const add = async (key: string, item: number, owner: { ownerPersonId?: number; ownerBody?: string }, dueDate: string | null, status = 'open') => {
      const x = await call(tracker.host, 'actions.add', { agendaItemId: item, description: key, dueDate, ...owner });
      if (status !== 'open') await call(tracker.host, 'actions.update', { id: x.id, status });
      ids[key] = x.id;
    };
    await add('a1', items.a1, { ownerPersonId: people.amal }, '2026-04-20');
    await add('a2', items.a1, { ownerPersonId: people.khalid }, '2026-05-01', 'in_progress');
    await add('a3', items.a1, { ownerBody: 'Ministry of Labour' }, '2026-05-05');
    await add('a4', items.a2, { ownerPersonId: people.amal }, '2026-05-20');
    await add('a5', items.a2, { ownerBody: 'Public Prosecution' }, null);
    await add('a6', items.a2, { ownerPersonId: people.khalid }, '2026-04-01', 'done');
    await add('a7', items.b1, { ownerPersonId: people.sara }, '2026-04-25', 'cancelled');
    await add('a8', items.b1, { ownerBody: 'Ministry of LABOUR Inspection' }, '2026-04-30', 'in_progress');
  });

  it('filters by status, including overdue and active', async () => {
    expect(await list({ status: 'overdue' })).toEqual(['a1', 'a8']);
    expect(await list({ status: 'active' })).toEqual(['a1', 'a8', 'a2', 'a3', 'a4', 'a5']);
    expect(await list({ status: 'done' })).toEqual(['a6']);
    expect(await list({ status: 'cancelled' })).toEqual(['a7']);
    expect(await list({})).toEqual(['a6', 'a1', 'a7', 'a8', 'a2', 'a3', 'a4', 'a5']);
  });

  it('moves items into overdue as the days pass', async () => {
    now = day('2026-05-06');
    try {
      expect(await list({ status: 'overdue' })).toEqual(['a1', 'a8', 'a2', 'a3']);
    } finally {
      now = day('2026-05-01');
    }
  });

  it('narrows any status to the overdue ones with the overdue flag, as the old "overdue" status does', async () => {
    expect(await list({ overdue: true })).toEqual(['a1', 'a8']);
    expect(await list({ status: 'overdue' })).toEqual(await list({ overdue: true }));
    expect(await list({ status: 'active', overdue: true })).toEqual(['a1', 'a8']);
    expect(await list({ status: 'in_progress', overdue: true })).toEqual(['a8']);
    expect(await list({ status: 'open', overdue: true })).toEqual(['a1']);
    expect(await list({ status: 'done', overdue: true })).toEqual([]);
    expect(await list({ status: 'overdue', overdue: true, committeeId: committees.b })).toEqual(['a8']);
  });

  it('filters by owner: person id, or part of a name or body in any case', async () => {
    expect(await list({ ownerPersonId: people.amal })).toEqual(['a1', 'a4']);
    expect(await list({ owner: 'labour' })).toEqual(['a8', 'a3']);
    expect(await list({ owner: 'KHALID' })).toEqual(['a6', 'a2']);
    expect(await list({ owner: '%' })).toEqual([]);
  });

  it('filters by committee and meeting, alone and with a status', async () => {
    expect(await list({ committeeId: committees.b })).toEqual(['a7', 'a8']);
    expect(await list({ meetingId: meetings.a2 })).toEqual(['a6', 'a4', 'a5']);
    expect(await list({ committeeId: committees.a, status: 'overdue' })).toEqual(['a1']);
  });

  it('lists active items due from today to N days ahead', async () => {
    expect(await list({ dueWithinDays: 0 })).toEqual(['a2']);
    expect(await list({ dueWithinDays: 7 })).toEqual(['a2', 'a3']);
    expect(await list({ dueWithinDays: 30 })).toEqual(['a2', 'a3', 'a4']);
  });

  it('sorts by owner, status or meeting, and limits', async () => {
    expect(await list({ sort: 'owner' })).toEqual(['a1', 'a4', 'a6', 'a2', 'a3', 'a8', 'a5', 'a7']);
    expect(await list({ sort: 'status' })).toEqual(['a1', 'a3', 'a4', 'a5', 'a8', 'a2', 'a6', 'a7']);
    expect(await list({ sort: 'meeting' })).toEqual(['a1', 'a2', 'a3', 'a7', 'a8', 'a6', 'a4', 'a5']);
    expect(await list({ status: 'active', limit: 2 })).toEqual(['a1', 'a8']);
  });

  it('answers NOT_FOUND for a filter naming an unknown committee, meeting or person', async () => {
    for (const filter of [{ committeeId: 9999 }, { meetingId: 9999 }, { ownerPersonId: 9999 }]) {
      expect((await failure(tracker.host, 'actions.list', filter)).code).toBe('NOT_FOUND');
      expect((await failure(tracker.host, 'actions.page', { ...filter, offset: 0, limit: 10 })).code).toBe('NOT_FOUND');
    }
  });

  const filters: object[] = [
    {},
    { status: 'active' },
    { status: 'overdue' },
    { overdue: true },
    { status: 'in_progress', overdue: true },
    { status: 'open', overdue: true, sort: 'owner' },
    { status: 'done', overdue: true },
    { status: 'active', sort: 'owner' },
    { sort: 'meeting' },
    { sort: 'status' },
    { owner: 'labour' },
    { owner: 'a', status: 'active', sort: 'owner' },
    { committeeId: 'a', sort: 'status' },
    { committeeId: 'a', status: 'active', overdue: true },
    { meetingId: 'a2' },
    { ownerPersonId: 'amal', status: 'active' },
    { dueWithinDays: 30, sort: 'owner' },
  ];
  /** Names in the table above stand for ids only known once the tracker is seeded. */
  const resolve = (f: object): object => {
    const r: Record<string, unknown> = { ...f };
    if (r.committeeId === 'a') r.committeeId = committees.a;
    if (r.meetingId === 'a2') r.meetingId = meetings.a2;
    if (r.ownerPersonId === 'amal') r.ownerPersonId = people.amal;
    return r;
  };

  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('pages %s as actions.list lists it, with the total', async (_, f) => {
    const filter = resolve(f);
    const whole = await call(tracker.host, 'actions.list', filter);
    for (const limit of [1, 3, 500]) {
      const seen: ActionItem[] = [];
      for (let offset = 0; offset < whole.length + limit; offset += limit) {
        const page = await call(tracker.host, 'actions.page', { ...filter, offset, limit });
        expect(page.total).toBe(whole.length);
        expect(page.items.length).toBe(Math.max(0, Math.min(limit, whole.length - offset)));
        seen.push(...page.items);
      }
      expect(seen).toEqual(whole);
    }
  });

  it('refuses a page with a bad offset or limit, or an unknown key, and changes nothing', async () => {
    const before = dumpTables(tracker.host.session().db);
    const cases: [object, string, RegExp][] = [
      [{ offset: -1, limit: 10 }, 'offset', /offset: Too small: expected number to be >=0/],
      [{ offset: 0, limit: 0 }, 'limit', /limit: Too small: expected number to be >=1/],
      [{ offset: 0, limit: 501 }, 'limit', /limit: Too big: expected number to be <=500/],
      [{ offset: 1.5, limit: 10 }, 'offset', /offset: .*expected int/],
      [{ limit: 10 }, 'offset', /offset: .*expected number, received undefined/],
      [{ offset: 0 }, 'limit', /limit: .*expected number, received undefined/],
      [{ offset: 0, limit: 10, page: 2 }, '', /Unrecognized key: "page"/],
      [{ offset: 0, limit: 10, overdue: false }, 'overdue', /overdue: .*expected true/],
    ];
    for (const [input, path, message] of cases) {
      const error = await failure(tracker.host, 'actions.page', input);
      expect(error.code, JSON.stringify(input)).toBe('VALIDATION');
      expect(error.issues?.map((i) => i.path), JSON.stringify(input)).toEqual([path]);
      expect(error.message, JSON.stringify(input)).toMatch(message);
    }
    expect(dumpTables(tracker.host.session().db)).toEqual(before);
  });

  it.each<[string, ActionQuery, RegExp]>([
    ['overdue', { status: 'overdue' }, /action_items_status_due/],
    ['active', { status: 'active' }, /action_items_status_due/],
    ['done', { status: 'done' }, /action_items_status_due/],
    ['owner person', { ownerPersonId: 1 }, /action_items_owner/],
    ['committee', { committeeId: 1 }, /action_items_committee/],
    ['committee and overdue', { committeeId: 1, status: 'overdue' }, /action_items_(committee|status_due)/],
    ['meeting', { meetingId: 1 }, /action_items_meeting/],
    ['due within', { dueWithinDays: 7 }, /action_items_status_due/],
    ['in progress and overdue', { status: 'in_progress', overdue: true }, /action_items_status_due/],
    ['committee, open and overdue', { committeeId: 1, status: 'open', overdue: true }, /action_items_(committee|status_due)/],
    ['one action', { id: 1 }, /INTEGER PRIMARY KEY/],
  ])('answers the %s filter from an index, not by reading every action', (_, query, index) => {
    const { sql, params } = actionListQuery(query, '2026-05-01');
    const plan = (tracker.host.session().db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
    const first = plan.find((d) => / a\b/.test(d)) ?? '';
    expect(first, plan.join('\n')).toMatch(/^SEARCH a /);
    expect(first).toMatch(index);
    expect(plan.join('\n')).toMatch(/SEARCH x USING (COVERING )?INDEX action_notes_action/);
  });
});

describe('the tracker at scale', async () => {
  const big = await newVault({ clock: () => now });

  it('lists from 25,000 actions with notes quickly', async () => {
    const { committee, meeting, people } = await seedMeeting(big.host, { roster: [['Amal Haddad', 'chair']] });
    const item = await call(big.host, 'agenda.add', { meetingId: meeting.id, title: 'Backlog' });
    const bdb = big.host.session().db;
    const insert = bdb.prepare(
      `INSERT INTO action_items (committee_id, meeting_id, agenda_item_id, description, owner_person_id, owner_body, due_date, status, created_at, updated_at)
       VALUES (:c, :m, :i, :d, :p, :b, :due, :status, '2026-01-01', '2026-01-01')`,
    );
    const note = bdb.prepare(`INSERT INTO action_notes (action_id, noted_on, text, author, created_at) VALUES (?, ?, 'Progress', 'x', '2026-01-01')`);
    const statuses = ['open', 'in_progress', 'done', 'cancelled'];
    bdb.transaction(() => {
      for (let i = 0; i < 25_000; i++) {
        const due = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
        const id = insert.run({
          c: committee.id, m: meeting.id, i: item.id, d: `Action ${i}`,
          p: i % 3 === 0 ? people['Amal Haddad'].id : null, b: i % 3 === 0 ? null : `Ministry ${i % 40}`,
          due, status: statuses[i % 4],
        }).lastInsertRowid;
        note.run(id, '2026-02-01');
        note.run(id, '2026-03-01');
      }
    })();
    const started = performance.now();
    const overdue = await call(big.host, 'actions.list', { status: 'overdue' });
    const mine = await call(big.host, 'actions.list', { ownerPersonId: people['Amal Haddad'].id, status: 'active' });
    const soon = await call(big.host, 'actions.list', { dueWithinDays: 14, owner: 'ministry 2' });
    const elapsed = performance.now() - started;
    expect(overdue.length).toBeGreaterThan(3_000);
    expect(overdue.every((a) => a.overdue && a.latestNote?.date === '2026-03-01')).toBe(true);
    expect(mine.length).toBeGreaterThan(1_000);
    expect(soon.length).toBeGreaterThan(0);
    expect(soon.every((a) => a.ownerName.startsWith('Ministry 2') && a.dueDate! >= '2026-05-01' && a.dueDate! <= '2026-05-15')).toBe(true);
    expect(elapsed).toBeLessThan(3_000);
  });
});
