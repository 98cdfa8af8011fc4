import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import { dumpTables } from '../../helpers/dump';
import { failure, seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

const { host } = await newVault();
const db = () => host.session().db;
const approve = async (meetingId: number) => {
  await call(host, 'review.submit', { id: meetingId });
  await call(host, 'review.approve', { id: meetingId });
};

describe('meeting numbers', () => {
  it('suggests 1 for a committee\'s first meeting, then the highest number plus one', async () => {
    const c = await call(host, 'committees.create', { name: 'Numbering Committee' });
    expect(await call(host, 'meetings.nextNumber', { committeeId: c.id })).toBe(1);
    const first = await call(host, 'meetings.create', { committeeId: c.id, startsAt: '2026-01-10T10:00:00+03:00' });
    expect(first.number).toBe(1);
    await call(host, 'meetings.create', { committeeId: c.id, number: 7, startsAt: '2026-02-10T10:00:00+03:00' });
    expect(await call(host, 'meetings.nextNumber', { committeeId: c.id })).toBe(8);
    expect((await call(host, 'meetings.create', { committeeId: c.id, startsAt: '2026-03-10T10:00:00+03:00' })).number).toBe(8);
  });

  it('numbers each committee on its own', async () => {
    const a = await seedMeeting(host);
    const b = await seedMeeting(host);
    expect([a.meeting.number, b.meeting.number]).toEqual([1, 1]);
  });

  it('refuses a duplicate number with a sentence naming the next free one, and writes nothing', async () => {
    const { committee } = await seedMeeting(host, { committee: { name: 'Duplicate Numbers' } });
    const before = dumpTables(db());
    const err = await failure(host, 'meetings.create', { committeeId: committee.id, number: 1, startsAt: '2026-04-01T10:00:00Z' });
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'Duplicate Numbers already has a meeting number 1; the next free number is 2.' });
    expect(dumpTables(db())).toEqual(before);
    const second = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-04-01T10:00:00Z' });
    expect((await failure(host, 'meetings.update', { id: second.id, number: 1 })).code).toBe('CONFLICT');
  });

  it('refuses a meeting that ends before it starts', async () => {
    const { committee } = await seedMeeting(host);
    const err = await failure(host, 'meetings.create', {
      committeeId: committee.id,
      startsAt: '2026-04-01T10:00:00+03:00',
      endsAt: '2026-04-01T09:00:00+03:00',
    });
    expect(err).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'endsAt' }] });
  });
});

describe('meetings.list', () => {
  it('lists newest first with decision and open action counts', async () => {
    const { committee, people, meeting: older } = await seedMeeting(host, { meeting: { startsAt: '2026-01-05T09:00:00+03:00' } });
    const newer = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-06-05T09:00:00+03:00' });
    const item = await call(host, 'agenda.add', { meetingId: older.id, title: 'Reports' });
    await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Adopt the report.' });
    await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Publish the report.' });
    const owner = Object.values(people)[0].id;
    const statuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
    for (const status of statuses) {
      const a = await call(host, 'actions.add', { agendaItemId: item.id, description: `An action ${status}`, ownerPersonId: owner });
      await call(host, 'actions.update', { id: a.id, status });
    }
    const list = await call(host, 'meetings.list', { committeeId: committee.id });
    expect(list.map((m) => [m.id, m.decisionCount, m.openActionCount])).toEqual([
      [newer.id, 0, 0],
      [older.id, 2, 2],
    ]);
    expect(list[0]).toMatchObject({ committeeName: committee.name, number: 2, status: 'draft', classification: 'restricted' });
  });

  it('orders by the instant, not by the text of the time', async () => {
    const { committee, meeting: first } = await seedMeeting(host, { meeting: { startsAt: '2026-05-01T10:00:00+04:00' } });
    const second = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-05-01T07:30:00Z' });
    expect((await call(host, 'meetings.list', { committeeId: committee.id })).map((m) => m.id)).toEqual([second.id, first.id]);
  });
});

describe('attendance and the meeting record', () => {
  const roster: [string, 'chair' | 'vice-chair' | 'member' | 'secretary' | 'observer'][] = [
    ['Omar Secretary', 'secretary'],
    ['Badr Member', 'member'],
    ['Alia Member', 'member'],
    ['Hana Chair', 'chair'],
    ['Zaid Observer', 'observer'],
    ['Vera Vice', 'vice-chair'],
  ];

  it('keeps one row per person and recomputes the quorum each time', async () => {
    const { meeting, people } = await seedMeeting(host, { roster });
    const set = (name: string, status: string, representedBy?: string) =>
      call(host, 'attendance.set', { meetingId: meeting.id, personId: people[name].id, status, representedBy });
    await set('Hana Chair', 'present');
    let r = await set('Alia Member', 'apologies');
    expect(r.quorum).toMatchObject({ eligible: 4, counted: 1, required: 3, met: false });
    await set('Badr Member', 'represented', 'Dr. Ali Saleh (deputy)');
    r = await set('Alia Member', 'present');
    expect(r.attendance).toHaveLength(3);
    expect(r.attendance.find((a) => a.personId === people['Alia Member'].id)?.status).toBe('present');
    expect(r.quorum).toMatchObject({ counted: 3, required: 3, met: true });
    r = await set('Badr Member', 'absent', 'ignored');
    expect(r.attendance.find((a) => a.personId === people['Badr Member'].id)).toEqual({
      personId: people['Badr Member'].id,
      status: 'absent',
      representedBy: null,
    });
  });

  it('does not count the secretary or observers towards quorum', async () => {
    const { meeting, people } = await seedMeeting(host, { roster });
    for (const name of ['Omar Secretary', 'Zaid Observer', 'Hana Chair'])
      await call(host, 'attendance.set', { meetingId: meeting.id, personId: people[name].id, status: 'present' });
    expect((await call(host, 'meetings.get', { id: meeting.id })).quorum).toEqual({ rule: 'majority', eligible: 4, counted: 1, required: 3, met: false });
  });

  it('asks for the representative\'s name', async () => {
    const { meeting, people } = await seedMeeting(host, { roster });
    const err = await failure(host, 'attendance.set', { meetingId: meeting.id, personId: people['Hana Chair'].id, status: 'represented' });
    expect(err).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'representedBy' }] });
  });

  it('refuses attendance for someone who is not on the roster', async () => {
    const { meeting } = await seedMeeting(host, { roster });
    const stranger = await call(host, 'people.create', { name: 'Walk-in Visitor' });
    const before = dumpTables(db());
    const err = await failure(host, 'attendance.set', { meetingId: meeting.id, personId: stranger.id, status: 'present' });
    expect(err).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'personId' }] });
    expect(err.message).toContain('Walk-in Visitor is not on the committee');
    expect(dumpTables(db())).toEqual(before);
  });

  it('lists active members and former members who attended, in roster order', async () => {
    const { committee, meeting, people } = await seedMeeting(host, { roster });
    const gone = await call(host, 'people.create', { name: 'Aaron Former' });
    const goneAbsent = await call(host, 'people.create', { name: 'Abel Former' });
    for (const p of [gone, goneAbsent]) await call(host, 'memberships.set', { committeeId: committee.id, personId: p.id, role: 'member' });
    await call(host, 'attendance.set', { meetingId: meeting.id, personId: gone.id, status: 'present' });
    await call(host, 'attendance.set', { meetingId: meeting.id, personId: people['Hana Chair'].id, status: 'present' });
    for (const p of [gone, goneAbsent])
      await call(host, 'memberships.set', { committeeId: committee.id, personId: p.id, role: 'member', active: false });
    const record = await call(host, 'meetings.get', { id: meeting.id });
    expect(record.members.map((m) => m.person.name)).toEqual([
      'Hana Chair',
      'Vera Vice',
      'Aaron Former',
      'Alia Member',
      'Badr Member',
      'Omar Secretary',
      'Zaid Observer',
    ]);
    expect(record.members.find((m) => m.personId === gone.id)?.active).toBe(false);
    expect(record.quorum).toMatchObject({ eligible: 4, counted: 1 });
    expect(record.committee.id).toBe(committee.id);
    expect(record.meeting.id).toBe(meeting.id);
  });

  it.each([
    ['two-thirds', 3, 3, true],
    ['two-thirds', 2, 3, false],
    ['all', 3, 4, false],
    ['min:2', 2, 2, true],
  ] as const)('applies the committee rule %s: %i present of 4 needs %i', async (quorumRule, presentCount, required, met) => {
    const { meeting, people } = await seedMeeting(host, { roster, committee: { quorumRule } });
    for (const name of ['Hana Chair', 'Vera Vice', 'Alia Member', 'Badr Member'].slice(0, presentCount))
      await call(host, 'attendance.set', { meetingId: meeting.id, personId: people[name].id, status: 'present' });
    expect((await call(host, 'meetings.get', { id: meeting.id })).quorum).toEqual({ rule: quorumRule, eligible: 4, counted: presentCount, required, met });
  });

  it('puts each agenda item\'s decisions and actions under it', async () => {
    const { meeting, people } = await seedMeeting(host);
    const first = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Opening' });
    const second = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Annual report', isPublic: true, publicSummary: 'The report was adopted.' });
    const d = await call(host, 'decisions.add', { agendaItemId: second.id, text: 'Adopt the annual report.' });
    const a = await call(host, 'actions.add', { agendaItemId: second.id, description: 'Publish it', ownerPersonId: people['Amal Haddad'].id, decisionId: d.id });
    const record = await call(host, 'meetings.get', { id: meeting.id });
    expect(record.agenda.map((i) => [i.id, i.position, i.decisions.map((x) => x.id), i.actions.map((x) => x.id)])).toEqual([
      [first.id, 1, [], []],
      [second.id, 2, [d.id], [a.id]],
    ]);
    expect(record.agenda[1]).toMatchObject({ isPublic: true, publicSummary: 'The report was adopted.' });
    expect(record.agenda[1].actions[0]).toMatchObject({ ownerName: 'Amal Haddad', decisionId: d.id, meetingNumber: 1 });
  });

  it('answers NOT_FOUND for an unknown meeting', async () => {
    expect((await failure(host, 'meetings.get', { id: 424242 })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'meetings.nextNumber', { committeeId: 424242 })).code).toBe('NOT_FOUND');
  });
});

describe('agenda', () => {
  const titles = async (meetingId: number) =>
    (await call(host, 'meetings.get', { id: meetingId })).agenda.map((i) => `${i.position}:${i.title}`);

  it('appends, moves and removes while keeping positions 1..n', async () => {
    const { meeting } = await seedMeeting(host);
    const ids: number[] = [];
    for (const title of ['A', 'B', 'C', 'D']) ids.push((await call(host, 'agenda.add', { meetingId: meeting.id, title })).id);
    expect(await titles(meeting.id)).toEqual(['1:A', '2:B', '3:C', '4:D']);
    const moved = await call(host, 'agenda.move', { id: ids[3], position: 1 });
    expect(moved.map((i) => `${i.position}:${i.title}`)).toEqual(['1:D', '2:A', '3:B', '4:C']);
    await call(host, 'agenda.move', { id: ids[3], position: 3 });
    expect(await titles(meeting.id)).toEqual(['1:A', '2:B', '3:D', '4:C']);
    await call(host, 'agenda.remove', { id: ids[1] });
    expect(await titles(meeting.id)).toEqual(['1:A', '2:D', '3:C']);
    await call(host, 'agenda.add', { meetingId: meeting.id, title: 'E' });
    expect(await titles(meeting.id)).toEqual(['1:A', '2:D', '3:C', '4:E']);
    const history = await call(host, 'audit.history', { entity: 'agenda_item', entityId: ids[3] });
    expect(history.map((h) => h.detail)).toContainEqual({ position: { before: 1, after: 3 } });
  });

  it('refuses a position past the end', async () => {
    const { meeting } = await seedMeeting(host);
    const a = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Only item' });
    const err = await failure(host, 'agenda.move', { id: a.id, position: 2 });
    expect(err).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'position' }] });
  });

  it('refuses to remove an item that has decisions, naming their numbers, and writes nothing', async () => {
    const { meeting } = await seedMeeting(host, { meeting: { number: 3, startsAt: '2026-03-15T10:00:00+03:00' } });
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Budget' });
    await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Approve the budget.' });
    const before = dumpTables(db());
    const err = await failure(host, 'agenda.remove', { id: item.id });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('2026/3/1');
    expect(dumpTables(db())).toEqual(before);
  });

  it('refuses to remove an item that has action items, and writes nothing', async () => {
    const { meeting, people } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Campaign' });
    await call(host, 'actions.add', { agendaItemId: item.id, description: 'Print leaflets', ownerPersonId: people['Amal Haddad'].id });
    const before = dumpTables(db());
    const err = await failure(host, 'agenda.remove', { id: item.id });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/an action item/);
    expect(dumpTables(db())).toEqual(before);
  });

  it('checks the presenter exists', async () => {
    const { meeting } = await seedMeeting(host);
    expect((await failure(host, 'agenda.add', { meetingId: meeting.id, title: 'X', presenterId: 99999 })).code).toBe('NOT_FOUND');
  });

  it('updates fields and records before and after', async () => {
    const { meeting, people } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Draft title' });
    const updated = await call(host, 'agenda.update', { id: item.id, title: 'Final title', presenterId: people['Amal Haddad'].id, minutes: 'Discussed.' });
    expect(updated).toMatchObject({ title: 'Final title', presenterId: people['Amal Haddad'].id, minutes: 'Discussed.', position: 1 });
    const history = await call(host, 'audit.history', { entity: 'agenda_item', entityId: item.id });
    expect(history[1]).toMatchObject({
      action: 'agenda_item.update',
      actor: 'Leila Nasser',
      detail: { title: { before: 'Draft title', after: 'Final title' }, minutes: { before: null, after: 'Discussed.' } },
    });
  });
});

describe('approved minutes are locked', () => {
  it('refuses changes to the meeting, attendance, agenda, decisions and the action table with RECORD_LOCKED', async () => {
    const { meeting, people } = await seedMeeting(host, { roster: [['Hana Chair', 'chair'], ['Alia Member', 'member']] });
    const chair = people['Hana Chair'].id;
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Item' });
    const other = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Other' });
    const decision = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Resolved.' });
    const action = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Do it', ownerPersonId: chair, dueDate: '2026-05-01' });
    await call(host, 'review.submit', { id: meeting.id });
    const comment = await call(host, 'review.comment', { meetingId: meeting.id, targetType: 'meeting', targetId: meeting.id, body: 'Fine.' });
    await call(host, 'review.resolve', { id: comment.id });
    await call(host, 'review.approve', { id: meeting.id });
    const before = dumpTables(db());
    const refused: [string, unknown][] = [
      ['meetings.update', { id: meeting.id, venue: 'Elsewhere' }],
      ['attendance.set', { meetingId: meeting.id, personId: chair, status: 'present' }],
      ['agenda.add', { meetingId: meeting.id, title: 'Late item' }],
      ['agenda.update', { id: item.id, minutes: 'Rewritten' }],
      ['agenda.move', { id: other.id, position: 1 }],
      ['agenda.remove', { id: other.id }],
      ['decisions.add', { agendaItemId: item.id, text: 'Another' }],
      ['decisions.update', { id: decision.id, text: 'Changed wording' }],
      ['decisions.remove', { id: decision.id }],
      ['actions.add', { agendaItemId: item.id, description: 'New', ownerBody: 'Ministry of Labour' }],
      ['actions.update', { id: action.id, description: 'Reworded' }],
      ['actions.remove', { id: action.id }],
      ['arising.add', { meetingId: meeting.id }],
      ['review.comment', { meetingId: meeting.id, targetType: 'agenda_item', targetId: item.id, body: 'Too late' }],
      ['review.resolve', { id: comment.id }],
    ];
    for (const [method, input] of refused) {
      const err = await failure(host, method, input);
      expect(err.code, method).toBe('RECORD_LOCKED');
      expect(err.message, method).toContain('approved and locked');
    }
    expect(dumpTables(db())).toEqual(before);
  });

  it('still follows up: implementation status, action status, due date, owner and notes change', async () => {
    const { meeting, people } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Item' });
    const decision = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Resolved.' });
    const action = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Do it', ownerPersonId: people['Amal Haddad'].id });
    await approve(meeting.id);
    expect((await call(host, 'decisions.update', { id: decision.id, implementationStatus: 'implemented', text: 'Resolved.' })).implementationStatus).toBe('implemented');
    const updated = await call(host, 'actions.update', { id: action.id, status: 'in_progress', dueDate: '2026-09-30', ownerBody: 'Ministry of Labour', ownerPersonId: null });
    expect(updated).toMatchObject({ status: 'in_progress', dueDate: '2026-09-30', ownerName: 'Ministry of Labour' });
    const note = await call(host, 'actions.addNote', { actionId: action.id, text: 'Draft circulated.', status: 'done' });
    expect(note.text).toBe('Draft circulated.');
    expect((await call(host, 'actions.get', { id: action.id })).status).toBe('done');
  });
});
