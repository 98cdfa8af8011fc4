import { describe, expect, it, vi } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import { seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

/** Noon, so that "today" is 10 May wherever the tests run. */
const clock = () => new Date('2026-05-10T12:00:00Z');

describe("the chair's dashboard", () => {
  it('shows overdue and due-within-14-days actions, decisions awaiting implementation and minutes awaiting approval, with counts', async () => {
    const { host } = await newVault({ clock });
    const a = await seedMeeting(host, { committee: { name: 'Alpha Committee' }, meeting: { startsAt: '2026-02-01T10:00:00+03:00' } });
    const b = await seedMeeting(host, { committee: { name: 'Beta Committee' }, meeting: { startsAt: '2026-01-10T10:00:00+03:00' } });
    const owner = a.people['Amal Haddad'].id;
    const itemA = await call(host, 'agenda.add', { meetingId: a.meeting.id, title: 'Follow-up' });
    const itemB = await call(host, 'agenda.add', { meetingId: b.meeting.id, title: 'Follow-up' });
    const act = async (agendaItemId: number, description: string, dueDate: string | null, status?: 'in_progress' | 'done') => {
      const x = await call(host, 'actions.add', { agendaItemId, description, ownerPersonId: owner, dueDate });
      if (status) await call(host, 'actions.update', { id: x.id, status });
      return x.id;
    };
    const a1 = await act(itemA.id, 'Overdue since May 1', '2026-05-01');
    const a2 = await act(itemA.id, 'Overdue since yesterday', '2026-05-09', 'in_progress');
    const a3 = await act(itemA.id, 'Due today', '2026-05-10');
    const a4 = await act(itemA.id, 'Due in 14 days', '2026-05-24');
    await act(itemA.id, 'Due in 15 days', '2026-05-25');
    await act(itemA.id, 'Done late', '2026-04-01', 'done');
    await act(itemA.id, 'No due date', null);
    const b1 = await act(itemB.id, 'Overdue since March', '2026-03-01');
    const d1 = await call(host, 'decisions.add', { agendaItemId: itemA.id, text: 'Pending in Alpha.' });
    const done = await call(host, 'decisions.add', { agendaItemId: itemA.id, text: 'Implemented in Alpha.' });
    await call(host, 'decisions.update', { id: done.id, implementationStatus: 'implemented' });
    const e1 = await call(host, 'decisions.add', { agendaItemId: itemB.id, text: 'Under way in Beta.' });
    await call(host, 'decisions.update', { id: e1.id, implementationStatus: 'in_progress' });
    await call(host, 'review.submit', { id: a.meeting.id });
    const b2 = await call(host, 'meetings.create', { committeeId: b.committee.id, startsAt: '2026-04-01T10:00:00+03:00' });
    await call(host, 'review.submit', { id: b2.id });
    const approvedElsewhere = await call(host, 'meetings.create', { committeeId: b.committee.id, startsAt: '2026-04-20T10:00:00+03:00' });
    await call(host, 'review.submit', { id: approvedElsewhere.id });
    await call(host, 'review.approve', { id: approvedElsewhere.id });

    const dash = await call(host, 'dashboard.get', {});
    expect(dash.asOf).toBe('2026-05-10');
    expect(dash.dueSoonUntil).toBe('2026-05-24');
    expect(dash.counts).toEqual({ overdue: 3, dueSoon: 2, decisionsAwaiting: 2, minutesAwaitingApproval: 2 });
    expect(dash.overdue.map((x) => x.id)).toEqual([b1, a1, a2]);
    expect(dash.overdue.every((x) => x.overdue)).toBe(true);
    expect(dash.dueSoon.map((x) => x.id)).toEqual([a3, a4]);
    expect(dash.decisionsAwaiting.map((d) => [d.id, d.committeeName, d.meetingNumber, d.implementationStatus])).toEqual([
      [e1.id, 'Beta Committee', 1, 'in_progress'],
      [d1.id, 'Alpha Committee', 1, 'pending'],
    ]);
    expect(dash.minutesAwaitingApproval.map((m) => [m.id, m.committeeName, m.status])).toEqual([
      [a.meeting.id, 'Alpha Committee', 'in_review'],
      [b2.id, 'Beta Committee', 'in_review'],
    ]);
    expect(dash.minutesAwaitingApproval[0]).toMatchObject({ decisionCount: 2, openActionCount: 6 });
    expect(dash.byCommittee).toEqual([
      { committeeId: a.committee.id, committeeName: 'Alpha Committee', overdue: 2, dueSoon: 2, decisionsAwaiting: 1, minutesAwaitingApproval: 1 },
      { committeeId: b.committee.id, committeeName: 'Beta Committee', overdue: 1, dueSoon: 0, decisionsAwaiting: 1, minutesAwaitingApproval: 1 },
    ]);

    const page = await call(host, 'dashboard.get', { limit: 1 });
    expect(page.counts).toEqual(dash.counts);
    expect([page.overdue, page.dueSoon, page.decisionsAwaiting, page.minutesAwaitingApproval].map((l) => l.map((x) => x.id))).toEqual([
      [b1],
      [a3],
      [e1.id],
      [a.meeting.id],
    ]);
  });

  it('answers from index ranges, quickly, with 25,000 actions', async () => {
    const { host } = await newVault({ clock });
    const { committee, meeting, people } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Backlog' });
    const db = host.session().db;
    const action = db.prepare(
      `INSERT INTO action_items (committee_id, meeting_id, agenda_item_id, description, owner_person_id, due_date, status, created_at, updated_at)
       VALUES (:c, :m, :i, :d, :p, :due, :status, '2026-01-01', '2026-01-01')`,
    );
    const decision = db.prepare(
      `INSERT INTO decisions (committee_id, meeting_id, agenda_item_id, number, text, implementation_status, created_at, updated_at)
       VALUES (:c, :m, :i, :n, 'Resolved.', :status, '2026-01-01', '2026-01-01')`,
    );
    const statuses = ['open', 'in_progress', 'done', 'cancelled'];
    const implementation = ['pending', 'in_progress', 'implemented', 'cancelled'];
    db.transaction(() => {
      for (let i = 0; i < 25_000; i++) {
        const due = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
        action.run({ c: committee.id, m: meeting.id, i: item.id, d: `Action ${i}`, p: people['Amal Haddad'].id, due, status: statuses[i % 4] });
        if (i % 5 === 0) decision.run({ c: committee.id, m: meeting.id, i: item.id, n: `D-${i}`, status: implementation[i % 4] });
      }
    })();

    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    const spy = vi.spyOn(db, 'prepare').mockImplementation((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    });
    const started = performance.now();
    const dash = await call(host, 'dashboard.get', {});
    const elapsed = performance.now() - started;
    spy.mockRestore();

    expect(dash.counts.overdue).toBeGreaterThan(3_000);
    expect(dash.counts.decisionsAwaiting).toBe(2_500);
    expect(dash.overdue).toHaveLength(50);
    expect(elapsed).toBeLessThan(2_000);
    // No statement reads a whole table of actions, decisions or meetings.
    const values: Record<string, unknown> = { today: '2026-05-10', until: '2026-05-24', limit: 50, id: 1, ids: '[1]', meetingId: meeting.id };
    for (const sql of new Set(prepared)) {
      const params = Object.fromEntries([...sql.matchAll(/:(\w+)/g)].map(([, name]) => [name, values[name!] ?? null]));
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
      expect(plan.filter((d) => /^SCAN (action_items|decisions|meetings|a|d|m)\b/.test(d) && !/INDEX/.test(d)), sql).toEqual([]);
    }
  });
});
