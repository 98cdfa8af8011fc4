import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import { MATTERS_ARISING_TITLE } from '../../../src/core/services/arising';
import { dumpTables } from '../../helpers/dump';
import { failure, seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

const { host } = await newVault({ clock: () => new Date('2026-06-01T09:00:00Z') });
const db = () => host.session().db;
const linkedTo = (agendaItemId: number) => call(host, 'arising.of', { agendaItemId });

/**
 * Meeting 1 (approved) with actions and decisions in every status, meeting 2 (draft) with one
 * more open action and a pending decision, and another committee's open work that must not leak in.
 */
async function history() {
  const { committee, meeting: first, people } = await seedMeeting(host, { meeting: { startsAt: '2026-01-15T10:00:00+03:00' } });
  const owner = people['Amal Haddad'].id;
  const item1 = await call(host, 'agenda.add', { meetingId: first.id, title: 'Victim support' });
  const add = async (agendaItemId: number, description: string, status?: 'in_progress' | 'done' | 'cancelled') => {
    const a = await call(host, 'actions.add', { agendaItemId, description, ownerPersonId: owner, dueDate: '2026-03-01' });
    if (status) await call(host, 'actions.update', { id: a.id, status });
    return a;
  };
  const decide = async (agendaItemId: number, text: string, implementationStatus?: 'in_progress' | 'implemented' | 'cancelled') => {
    const d = await call(host, 'decisions.add', { agendaItemId, text });
    if (implementationStatus) await call(host, 'decisions.update', { id: d.id, implementationStatus });
    return d;
  };
  const open1 = await add(item1.id, 'Open a shelter hotline');
  const progressing1 = await add(item1.id, 'Train labour inspectors', 'in_progress');
  await add(item1.id, 'Publish the annual report', 'done');
  await add(item1.id, 'Hold a donor conference', 'cancelled');
  const pending1 = await decide(item1.id, 'Establish a shelter.');
  const underway1 = await decide(item1.id, 'Draft a referral protocol.', 'in_progress');
  await decide(item1.id, 'Adopt the work plan.', 'implemented');
  await decide(item1.id, 'Join the regional network.', 'cancelled');
  await call(host, 'review.submit', { id: first.id });
  await call(host, 'review.approve', { id: first.id });

  const second = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-03-20T10:00:00+03:00' });
  const item2 = await call(host, 'agenda.add', { meetingId: second.id, title: 'Awareness' });
  const open2 = await add(item2.id, 'Print posters');
  const pending2 = await decide(item2.id, 'Launch a campaign.');

  const elsewhere = await seedMeeting(host);
  const foreign = await call(host, 'agenda.add', { meetingId: elsewhere.meeting.id, title: 'Other business' });
  await call(host, 'actions.add', { agendaItemId: foreign.id, description: 'Not ours', ownerBody: 'Another body' });

  return { committee, first, second, open1, progressing1, pending1, underway1, open2, pending2 };
}

describe('matters arising', () => {
  it('reads the originals only of a "Matters arising" item, and refuses anything else clearly', async () => {
    const h = await history();
    const ordinary = (await call(host, 'meetings.get', { id: h.second.id })).agenda[0]!;
    expect(ordinary.arisingCount).toBeUndefined();
    expect(await failure(host, 'arising.of', { agendaItemId: ordinary.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'This agenda item is not "Matters arising": it follows up no earlier actions or decisions.',
    });
    expect((await failure(host, 'arising.of', { agendaItemId: 987654 })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'arising.of', { agendaItemId: -1 })).code).toBe('VALIDATION');
    expect((await failure(host, 'arising.of', { agendaItemId: ordinary.id, meetingId: h.second.id })).code).toBe('VALIDATION');
  });

  it('lists open and in-progress actions and decisions not yet implemented from earlier meetings only', async () => {
    const h = await history();
    const forNext = await call(host, 'arising.pending', { committeeId: h.committee.id });
    expect(forNext.actions.map((a) => [a.id, a.meetingNumber, a.status])).toEqual([
      [h.open1.id, 1, 'open'],
      [h.progressing1.id, 1, 'in_progress'],
      [h.open2.id, 2, 'open'],
    ]);
    expect(forNext.decisions.map((d) => [d.id, d.meetingNumber, d.implementationStatus])).toEqual([
      [h.pending1.id, 1, 'pending'],
      [h.underway1.id, 1, 'in_progress'],
      [h.pending2.id, 2, 'pending'],
    ]);
    const forSecond = await call(host, 'arising.pending', { meetingId: h.second.id });
    expect(forSecond.actions.map((a) => a.id)).toEqual([h.open1.id, h.progressing1.id]);
    expect(forSecond.decisions.map((d) => d.number)).toEqual([h.pending1.number, h.underway1.number]);
    expect((await failure(host, 'arising.pending', {})).code).toBe('VALIDATION');
    expect((await failure(host, 'arising.pending', { committeeId: h.committee.id, meetingId: h.second.id })).code).toBe('VALIDATION');
    expect((await failure(host, 'arising.pending', { committeeId: 987654 })).code).toBe('NOT_FOUND');
  });

  it('puts a "Matters arising" item first on the next meeting, linked to the originals rather than copied', async () => {
    const h = await history();
    const third = await call(host, 'meetings.create', { committeeId: h.committee.id, startsAt: '2026-06-10T10:00:00+03:00' });
    const opening = await call(host, 'agenda.add', { meetingId: third.id, title: 'Opening' });
    const originals = () => ({ actions: dumpTables(db()).action_items, decisions: dumpTables(db()).decisions });
    const before = originals();
    const added = await call(host, 'arising.add', { meetingId: third.id });
    expect(added).toMatchObject({ meetingId: third.id, position: 1, title: MATTERS_ARISING_TITLE, isPublic: false, decisions: [], actions: [] });
    expect(added.arisingCount).toEqual({ actions: 3, decisions: 3 });
    const followed = await linkedTo(added.id);
    expect(followed.actions.map((a) => a.id)).toEqual([h.open1.id, h.progressing1.id, h.open2.id]);
    expect(followed.decisions.map((d) => d.id)).toEqual([h.pending1.id, h.underway1.id, h.pending2.id]);
    expect(followed.decisions.map((d) => d.meetingNumber)).toEqual([1, 1, 2]);

    const record = await call(host, 'meetings.get', { id: third.id });
    expect(record.agenda.map((i) => [i.position, i.title, i.arisingCount])).toEqual([
      [1, MATTERS_ARISING_TITLE, { actions: 3, decisions: 3 }],
      [2, 'Opening', undefined],
    ]);
    expect(record.agenda[1].id).toBe(opening.id);
    expect(originals()).toEqual(before);
    expect((db().prepare(`SELECT kind FROM agenda_items WHERE id = ?`).pluck().get(added.id))).toBe('matters_arising');
    const [created, linked] = await call(host, 'audit.history', { entity: 'agenda_item', entityId: added.id });
    expect(created).toMatchObject({ action: 'agenda_item.create', detail: { kind: 'matters_arising', position: 1 } });
    expect(linked).toMatchObject({
      action: 'agenda_item.link',
      detail: { actions: [h.open1.id, h.progressing1.id, h.open2.id], decisions: [h.pending1.number, h.underway1.number, h.pending2.number] },
    });
  });

  it('records progress on the originals, even under approved minutes, and shows it where it arises', async () => {
    const h = await history();
    const third = await call(host, 'meetings.create', { committeeId: h.committee.id, startsAt: '2026-06-10T10:00:00+03:00' });
    const item = await call(host, 'arising.add', { meetingId: third.id });
    const linked = await linkedTo(item.id);
    const hotline = linked.actions.find((a) => a.description === 'Open a shelter hotline')!;
    const shelter = linked.decisions.find((d) => d.text === 'Establish a shelter.')!;

    await call(host, 'actions.addNote', { actionId: hotline.id, text: 'Hotline live since May.', status: 'done' });
    await call(host, 'decisions.update', { id: shelter.id, implementationStatus: 'implemented' });

    const original = await call(host, 'actions.get', { id: h.open1.id });
    expect(original).toMatchObject({ status: 'done', meetingId: h.first.id, latestNote: { text: 'Hotline live since May.' } });
    // The approved minutes keep the status they were approved with; the progress is on the original.
    const firstRecord = await call(host, 'meetings.get', { id: h.first.id });
    expect(firstRecord.meeting.status).toBe('approved');
    expect(firstRecord.agenda[0].decisions.find((d) => d.id === h.pending1.id)?.implementationStatus).toBe('pending');

    const arising = await linkedTo((await call(host, 'meetings.get', { id: third.id })).agenda[0].id);
    expect(arising.actions.find((a) => a.id === h.open1.id)).toMatchObject({ status: 'done', latestNote: { text: 'Hotline live since May.' } });
    expect(arising.decisions.find((d) => d.id === h.pending1.id)?.implementationStatus).toBe('implemented');

    // Done now, so the next meeting no longer carries them.
    const forNext = await call(host, 'arising.pending', { committeeId: h.committee.id });
    expect(forNext.actions.map((a) => a.id)).not.toContain(h.open1.id);
    expect(forNext.decisions.map((d) => d.id)).not.toContain(h.pending1.id);
  });

  it('run again, links only what has come up since; refuses when nothing is open; drops links with the item', async () => {
    const h = await history();
    const third = await call(host, 'meetings.create', { committeeId: h.committee.id, startsAt: '2026-06-10T10:00:00+03:00' });
    const item = await call(host, 'arising.add', { meetingId: third.id });
    const before = dumpTables(db());
    const linked = await linkedTo(item.id);
    expect(await call(host, 'arising.add', { meetingId: third.id })).toEqual(item);
    expect(await linkedTo(item.id)).toEqual(linked);
    expect(dumpTables(db())).toEqual(before);

    const late = await call(host, 'actions.add', {
      agendaItemId: (await call(host, 'meetings.get', { id: h.second.id })).agenda[0].id,
      description: 'Added to the 2nd minutes afterwards',
      ownerBody: 'Ministry of Interior',
    });
    const again = await call(host, 'arising.add', { meetingId: third.id });
    expect(again.id).toBe(item.id);
    expect((await linkedTo(again.id)).actions.map((a) => a.id)).toEqual([...linked.actions.map((a) => a.id), late.id]);
    expect(again.arisingCount).toEqual({ actions: linked.actions.length + 1, decisions: linked.decisions.length });
    expect((await call(host, 'meetings.get', { id: third.id })).agenda.filter((i) => i.arisingCount)).toHaveLength(1);

    await call(host, 'agenda.remove', { id: item.id });
    expect(db().prepare('SELECT count(*) FROM matters_arising_actions WHERE agenda_item_id = ?').pluck().get(item.id)).toBe(0);
    expect((await failure(host, 'arising.of', { agendaItemId: item.id })).code).toBe('NOT_FOUND');
    expect((await call(host, 'actions.get', { id: h.open1.id })).id).toBe(h.open1.id);

    const { committee, meeting } = await seedMeeting(host);
    const next = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-07-01T10:00:00+03:00' });
    const quiet = dumpTables(db());
    expect(await failure(host, 'arising.add', { meetingId: next.id })).toMatchObject({
      code: 'CONFLICT',
      message: `Nothing is open from earlier meetings of ${committee.name}: there are no matters arising to add.`,
    });
    expect((await failure(host, 'arising.add', { meetingId: meeting.id })).code).toBe('CONFLICT');
    expect(dumpTables(db())).toEqual(quiet);
  });
});
