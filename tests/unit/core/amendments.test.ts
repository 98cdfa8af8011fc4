import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import type { ExportFile } from '../../../src/shared/api/exports';
import { openDocx } from '../../helpers/docx';
import { dumpTables } from '../../helpers/dump';
import { failure, seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

const { host } = await newVault({ clock: () => new Date('2026-04-20T07:00:00Z') });
const db = () => host.session().db;

/** A meeting with one of everything the minutes hold, approved through the workflow. */
async function approvedMeeting(options: { approve?: boolean } = {}) {
  const { meeting, people, committee } = await seedMeeting(host, {
    roster: [['Hana Chair', 'chair'], ['Alia Member', 'member']],
    meeting: { venue: 'Room 2', openingRemarks: 'The chair welcomed the members.' },
  });
  const alia = people['Alia Member'];
  await call(host, 'attendance.set', { meetingId: meeting.id, personId: alia.id, status: 'present' });
  const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Referral mechanism', minutes: 'The members discussed 12 cases.' });
  const decision = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Adopt the referral form.' });
  const action = await call(host, 'actions.add', { agendaItemId: item.id, description: 'Print the form', ownerPersonId: alia.id });
  if (options.approve !== false) {
    await call(host, 'review.submit', { id: meeting.id });
    await call(host, 'review.approve', { id: meeting.id });
  }
  return { meeting, committee, alia, item, decision, action };
}

describe('amendments to approved minutes', () => {
  it('change each kind of locked field, recording before, after, reason, who and when', async () => {
    const { meeting, alia, item, decision, action } = await approvedMeeting();
    const amend = (targetType: string, targetId: number, field: string, after: string | null, reason: string) =>
      call(host, 'amendments.add', { meetingId: meeting.id, targetType, targetId, field, after, reason });

    const first = await amend('agenda_item', item.id, 'minutes', 'The members discussed 21 cases.', 'Transposed digits.');
    expect(first).toEqual({
      id: expect.any(Number),
      meetingId: meeting.id,
      targetType: 'agenda_item',
      targetId: item.id,
      field: 'minutes',
      before: 'The members discussed 12 cases.',
      after: 'The members discussed 21 cases.',
      reason: 'Transposed digits.',
      author: 'Leila Nasser',
      createdAt: '2026-04-20T07:00:00.000Z',
    });
    await amend('meeting', meeting.id, 'venue', 'Room 3', 'The meeting moved rooms.');
    await amend('meeting', meeting.id, 'openingRemarks', null, 'Remarks belong to item 1.');
    await amend('decision', decision.id, 'text', 'Adopt the revised referral form.', 'The chair read out the revised form.');
    await amend('action', action.id, 'description', 'Print and distribute the form', 'Distribution was agreed too.');
    await amend('attendance', alia.id, 'attendance', 'represented by Mr. Sami Odeh', 'Ms. Alia sent a representative.');

    const record = await call(host, 'meetings.get', { id: meeting.id });
    expect(record.meeting).toMatchObject({ status: 'approved', venue: 'Room 3', openingRemarks: null });
    expect(record.agenda[0]).toMatchObject({ minutes: 'The members discussed 21 cases.' });
    expect(record.agenda[0].decisions[0]).toMatchObject({ text: 'Adopt the revised referral form.', number: decision.number });
    expect(record.agenda[0].actions[0]).toMatchObject({ description: 'Print and distribute the form' });
    expect(record.attendance).toEqual([{ personId: alia.id, status: 'represented', representedBy: 'Mr. Sami Odeh' }]);

    const listed = await call(host, 'amendments.list', { meetingId: meeting.id });
    expect(listed.map((a) => [a.targetType, a.field, a.before, a.after])).toEqual([
      ['agenda_item', 'minutes', 'The members discussed 12 cases.', 'The members discussed 21 cases.'],
      ['meeting', 'venue', 'Room 2', 'Room 3'],
      ['meeting', 'openingRemarks', 'The chair welcomed the members.', null],
      ['decision', 'text', 'Adopt the referral form.', 'Adopt the revised referral form.'],
      ['action', 'description', 'Print the form', 'Print and distribute the form'],
      ['attendance', 'attendance', 'present', 'represented by Mr. Sami Odeh'],
    ]);
    expect(listed[0]).toEqual(first);

    const [decisionHistory] = (await call(host, 'audit.history', { entity: 'decision', entityId: decision.id })).slice(-1);
    expect(decisionHistory).toMatchObject({
      action: 'decision.amend',
      actor: 'Leila Nasser',
      detail: {
        amendmentId: listed[3].id,
        number: decision.number,
        text: { before: 'Adopt the referral form.', after: 'Adopt the revised referral form.' },
        reason: 'The chair read out the revised form.',
      },
    });
    const meetingHistory = await call(host, 'audit.history', { entity: 'meeting', entityId: meeting.id });
    expect(meetingHistory.filter((h) => h.action === 'meeting.amend').map((h) => h.detail)).toEqual([
      { amendmentId: listed[1].id, venue: { before: 'Room 2', after: 'Room 3' }, reason: 'The meeting moved rooms.' },
      { amendmentId: listed[2].id, openingRemarks: { before: 'The chair welcomed the members.', after: null }, reason: 'Remarks belong to item 1.' },
      {
        amendmentId: listed[5].id,
        personId: alia.id,
        person: 'Alia Member',
        attendance: { before: 'present', after: 'represented by Mr. Sami Odeh' },
        reason: 'Ms. Alia sent a representative.',
      },
    ]);
    expect((await call(host, 'audit.history', { entity: 'action_item', entityId: action.id })).at(-1)?.action).toBe('action_item.amend');
    expect((await call(host, 'audit.history', { entity: 'agenda_item', entityId: item.id })).at(-1)?.action).toBe('agenda_item.amend');

    // Locked still: only an amendment changes them.
    expect((await failure(host, 'agenda.update', { id: item.id, minutes: 'Quietly rewritten.' })).code).toBe('RECORD_LOCKED');
  });

  it('appear in the annex of the exported minutes', async () => {
    const { meeting, item } = await approvedMeeting();
    await call(host, 'amendments.add', {
      meetingId: meeting.id,
      targetType: 'agenda_item',
      targetId: item.id,
      field: 'minutes',
      after: 'The members discussed 21 cases.',
      reason: 'Transposed digits.',
    });
    const file: ExportFile = await call(host, 'exports.minutes', { meetingId: meeting.id });
    const doc = openDocx(new Uint8Array(Buffer.from(file.base64, 'base64')));
    const annex = doc.tables.find((t) => t[0]?.[0] === 'Date' && t[0]?.[1] === 'Where');
    expect(annex?.slice(1)).toEqual([
      ['20 April 2026', 'Item 1, minutes text', 'Before: The members discussed 12 cases.\nAfter: The members discussed 21 cases.', 'Transposed digits.', 'Leila Nasser'],
    ]);
  });

  it('are refused on minutes that are not approved: those are edited directly', async () => {
    const { meeting, item } = await approvedMeeting({ approve: false });
    const input = { meetingId: meeting.id, targetType: 'agenda_item', targetId: item.id, field: 'title', after: 'New', reason: 'Typo.' };
    const before = dumpTables(db());
    expect(await failure(host, 'amendments.add', input)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/not approved yet: edit them directly/) });
    await call(host, 'review.submit', { id: meeting.id });
    expect((await failure(host, 'amendments.add', input)).code).toBe('CONFLICT');
    expect(await call(host, 'amendments.list', { meetingId: meeting.id })).toEqual([]);
    expect(dumpTables(db()).amendments).toEqual(before.amendments);
  });

  it('check the new value by the rules of an edit and the target by its meeting, writing nothing when refused', async () => {
    const { meeting, alia, item, decision } = await approvedMeeting();
    const other = await approvedMeeting();
    const before = dumpTables(db());
    const amend = (patch: Record<string, unknown>) =>
      failure(host, 'amendments.add', { meetingId: meeting.id, targetType: 'agenda_item', targetId: item.id, field: 'title', after: 'X', reason: 'Because.', ...patch });
    const refused: [Record<string, unknown>, string, RegExp | string][] = [
      [{ after: null }, 'after', 'The title cannot be cleared.'],
      [{ after: '   ' }, 'after', /^The new title: Required\.$/],
      [{ after: 'Referral mechanism' }, 'after', 'The title already reads that way: the amendment would change nothing.'],
      [{ targetType: 'meeting', targetId: meeting.id, field: 'classification', after: 'top-secret' }, 'after', /^The new classification: /],
      [{ targetType: 'meeting', targetId: meeting.id, field: 'startsAt', after: 'next Tuesday' }, 'after', /^The new starts at: Use a date and time/],
      [{ targetType: 'meeting', targetId: meeting.id, field: 'endsAt', after: '2026-03-15T06:00:00+03:00' }, 'after', 'The meeting would end before it starts.'],
      [{ targetType: 'meeting', targetId: other.meeting.id, field: 'venue' }, 'targetId', /give the meeting's id/],
      [{ targetId: other.item.id }, 'targetId', /belongs to another meeting/],
      [{ targetType: 'decision', targetId: other.decision.id, field: 'text' }, 'targetId', /belongs to another meeting/],
      [{ targetType: 'decision', targetId: decision.id, field: 'textAr', after: 'نص\u0001' }, 'after', /^The new text \(Arabic\): Contains control characters/],
      [{ targetType: 'attendance', targetId: alia.id, field: 'attendance', after: 'sort of there' }, 'after', /present, apologies, absent, or "represented by"/],
      [{ targetType: 'attendance', targetId: alia.id, field: 'attendance', after: 'Present' }, 'after', /already reads that way/],
      [{ targetType: 'attendance', targetId: other.alia.id, field: 'attendance', after: 'absent' }, 'targetId', /not on the committee's roster/],
      [{ field: 'presenterId' }, 'field', /./],
      [{ targetType: 'decision', targetId: decision.id, field: 'number', after: '2026/9/9' }, 'field', /./],
      [{ reason: ' ' }, 'reason', /./],
    ];
    for (const [patch, path, message] of refused) {
      const err = await amend(patch);
      const label = JSON.stringify(patch);
      expect(err.code, label).toBe('VALIDATION');
      expect(err.issues?.[0]?.path, label).toBe(path);
      if (typeof message === 'string') expect(err.message, label).toBe(message);
      else expect(err.message, label).toMatch(message);
    }
    expect((await amend({ targetType: 'decision', targetId: 987654, field: 'text' })).code).toBe('NOT_FOUND');
    expect((await amend({ targetType: 'action', targetId: 987654, field: 'description' })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'amendments.list', { meetingId: 987654 })).code).toBe('NOT_FOUND');
    expect(dumpTables(db())).toEqual(before);
  });
});
