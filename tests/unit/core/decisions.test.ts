import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import { addDecision } from '../../../src/core/services/decisions';
import { dumpTables } from '../../helpers/dump';
import { failure, seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

const { host } = await newVault();
const db = () => host.session().db;

async function itemOf(meetingId: number) {
  return call(host, 'agenda.add', { meetingId, title: 'Decisions' });
}
const decide = async (agendaItemId: number, text = 'Resolved.') => (await call(host, 'decisions.add', { agendaItemId, text })).number;

describe('decision numbers', () => {
  it('numbers from the default pattern: year of the meeting, meeting number, sequence', async () => {
    const { meeting } = await seedMeeting(host, { meeting: { number: 3, startsAt: '2026-03-15T10:00:00+03:00' } });
    const item = await itemOf(meeting.id);
    expect([await decide(item.id), await decide(item.id)]).toEqual(['2026/3/1', '2026/3/2']);
    const later = await itemOf(meeting.id);
    expect(await decide(later.id)).toBe('2026/3/3');
  });

  it('never hands out a removed decision\'s number again', async () => {
    const { meeting } = await seedMeeting(host, { meeting: { number: 3 } });
    const item = await itemOf(meeting.id);
    await decide(item.id);
    const second = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Withdrawn later.' });
    expect(second.number).toBe('2026/3/2');
    await call(host, 'decisions.remove', { id: second.id });
    const third = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Resolved.' });
    expect(third.number).toBe('2026/3/3');
    expect(third.id).not.toBe(second.id);
    const record = await call(host, 'meetings.get', { id: meeting.id });
    expect(record.agenda[0].decisions.map((d) => d.number)).toEqual(['2026/3/1', '2026/3/3']);
    const history = await call(host, 'audit.history', { entity: 'decision', entityId: second.id });
    expect(history.map((h) => [h.action, (h.detail as { number: string }).number])).toEqual([
      ['decision.create', '2026/3/2'],
      ['decision.remove', '2026/3/2'],
    ]);
  });

  it('keeps existing numbers when the pattern changes, and continues the counters', async () => {
    const { committee, meeting } = await seedMeeting(host, { committee: { shortName: 'NCAHT' }, meeting: { number: 4 } });
    const item = await itemOf(meeting.id);
    const first = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'One' });
    await decide(item.id);
    await call(host, 'committees.update', { id: committee.id, decisionNumberPattern: '{short}-{yearSeq}/{year}' });
    expect(await decide(item.id)).toBe('NCAHT-3/2026');
    const record = await call(host, 'meetings.get', { id: meeting.id });
    expect(record.agenda[0].decisions.map((d) => d.number)).toEqual(['2026/4/1', '2026/4/2', 'NCAHT-3/2026']);
    expect((await call(host, 'decisions.update', { id: first.id, text: 'One, amended' })).number).toBe('2026/4/1');
  });

  it('counts {yearSeq} per year of the meeting as written and {n} across the committee', async () => {
    const { committee, meeting: m1 } = await seedMeeting(host, {
      committee: { decisionNumberPattern: '{year}-{yearSeq} (#{n})' },
      meeting: { startsAt: '2026-12-31T23:30:00-05:00' },
    });
    const m2 = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2027-01-20T10:00:00+03:00' });
    const i1 = await itemOf(m1.id);
    const i2 = await itemOf(m2.id);
    expect(await decide(i1.id)).toBe('2026-1 (#1)');
    expect(await decide(i1.id)).toBe('2026-2 (#2)');
    expect(await decide(i2.id)).toBe('2027-1 (#3)');
    expect(await decide(i1.id)).toBe('2026-3 (#4)');
  });

  it('restarts {seq} in each meeting', async () => {
    const { committee, meeting: m1 } = await seedMeeting(host, { meeting: { startsAt: '2026-02-01T10:00:00Z' } });
    const m2 = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-05-01T10:00:00Z' });
    await decide((await itemOf(m1.id)).id);
    expect(await decide((await itemOf(m2.id)).id)).toBe('2026/2/1');
  });

  it('refuses {short} without a short name, and the failed attempt uses up no number', async () => {
    const { committee, meeting } = await seedMeeting(host, { committee: { decisionNumberPattern: '{short}/{n}' } });
    const item = await itemOf(meeting.id);
    const before = dumpTables(db());
    const err = await failure(host, 'decisions.add', { agendaItemId: item.id, text: 'Resolved.' });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('no short name');
    expect(dumpTables(db())).toEqual(before);
    await call(host, 'committees.update', { id: committee.id, shortName: 'WB' });
    expect(await decide(item.id)).toBe('WB/1');
  });

  it('refuses a pattern that would give two decisions one number, instead of duplicating it', async () => {
    const { committee, meeting: m1 } = await seedMeeting(host, { committee: { decisionNumberPattern: '{year}/{seq}' } });
    const m2 = await call(host, 'meetings.create', { committeeId: committee.id, startsAt: '2026-06-01T10:00:00Z' });
    await decide((await itemOf(m1.id)).id);
    const item = await itemOf(m2.id);
    const err = await failure(host, 'decisions.add', { agendaItemId: item.id, text: 'Clash' });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('2026/1 is already taken');
  });

  it('keeps a number carried by an import, and the next decision follows it', async () => {
    const { meeting } = await seedMeeting(host, { meeting: { number: 2 } });
    const item = await itemOf(meeting.id);
    const s = host.session();
    expect(addDecision(s, { agendaItemId: item.id, text: 'Imported' }, { number: '2026/2/1' }).number).toBe('2026/2/1');
    expect(await decide(item.id)).toBe('2026/2/2');
  });

  it('keeps an imported number even where the pattern could not make one', async () => {
    const { meeting } = await seedMeeting(host, { committee: { decisionNumberPattern: '{short}/{n}' } });
    const item = await itemOf(meeting.id);
    expect(addDecision(host.session(), { agendaItemId: item.id, text: 'Imported' }, { number: 'OLD/7' }).number).toBe('OLD/7');
  });

  it('answers NOT_FOUND for an unknown agenda item or decision and writes nothing', async () => {
    const before = dumpTables(db());
    expect((await failure(host, 'decisions.add', { agendaItemId: 777777, text: 'X' })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'decisions.update', { id: 777777, implementationStatus: 'implemented' })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'decisions.remove', { id: 777777 })).code).toBe('NOT_FOUND');
    expect(dumpTables(db())).toEqual(before);
  });
});

describe('decision edits', () => {
  it('records text and implementation status changes with who made them', async () => {
    const { meeting } = await seedMeeting(host);
    const item = await itemOf(meeting.id);
    const d = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Adopt the plan.', textAr: 'اعتماد الخطة.' });
    await call(host, 'decisions.update', { id: d.id, text: 'Adopt the national plan.', implementationStatus: 'in_progress' });
    const history = await call(host, 'audit.history', { entity: 'decision', entityId: d.id });
    expect(history[0]).toMatchObject({ actor: 'Leila Nasser', detail: { number: '2026/1/1', text: 'Adopt the plan.', textAr: 'اعتماد الخطة.' } });
    expect(history[1]).toMatchObject({
      actor: 'Leila Nasser',
      action: 'decision.update',
      detail: {
        number: '2026/1/1',
        text: { before: 'Adopt the plan.', after: 'Adopt the national plan.' },
        implementationStatus: { before: 'pending', after: 'in_progress' },
      },
    });
  });
});
