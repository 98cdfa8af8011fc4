import { describe, expect, it } from 'vitest';
import type { AgendaItemRecord, MeetingRecord, Membership } from '../../../src/shared/domain';
import { arabicGaps, fieldId, isArabicGapPath } from '../../../src/renderer/meetings/arabicGaps';

const STAMP = '2026-03-01T00:00:00.000Z';

function member(personId: number, name: string, patch: Partial<Membership['person']> = {}): Membership {
  return {
    id: personId,
    committeeId: 1,
    personId,
    role: 'member',
    active: true,
    person: { id: personId, honorific: null, honorificAr: null, name, nameAr: null, position: 'Director', positionAr: null, organisation: null, organisationAr: null, active: true, createdAt: STAMP, updatedAt: STAMP, ...patch },
  };
}

function item(id: number, position: number, patch: Partial<AgendaItemRecord> = {}): AgendaItemRecord {
  return { id, meetingId: 1, position, title: `Item ${id}`, titleAr: null, presenterId: null, minutes: null, minutesAr: null, publicSummary: null, publicSummaryAr: null, isPublic: true, createdAt: STAMP, updatedAt: STAMP, decisions: [], actions: [], ...patch };
}

function record(): MeetingRecord {
  return {
    committee: { id: 4, name: 'Committee', nameAr: null, shortName: 'C', legalBasis: 'Law No. (1)', legalBasisAr: null, decisionNumberPattern: '{seq}', quorumRule: 'majority', active: true, createdAt: STAMP, updatedAt: STAMP },
    meeting: { id: 1, committeeId: 4, number: 3, startsAt: '2026-03-15T10:00:00+03:00', endsAt: null, venue: 'Hall 2', venueAr: 'القاعة ٢', classification: 'internal', status: 'draft', openingRemarks: 'Welcome', openingRemarksAr: null, closingRemarks: null, closingRemarksAr: null, approvedAt: null, approvedBy: null, createdAt: STAMP, updatedAt: STAMP },
    members: [member(7, 'Amina Yusuf', { nameAr: 'أمينة يوسف' }), member(8, 'Omar Saleh')],
    attendance: [{ personId: 8, status: 'represented', representedBy: 'Mr. Ali' }],
    quorum: { rule: 'majority', eligible: 2, counted: 1, required: 2, met: false },
    agenda: [
      item(21, 2, {
        decisions: [{ id: 5, meetingId: 1, agendaItemId: 21, number: '2026/3/1', text: 'Approve', textAr: null, implementationStatus: 'pending', createdAt: STAMP, updatedAt: STAMP }],
      }),
      item(12, 1, { titleAr: 'البند' }),
    ],
  };
}

const issue = (path: string) => ({ path, message: `${path} has no Arabic version.` });

describe('the Arabic texts a refused document needs', () => {
  it('names each field as the secretary knows it, by item number in agenda order', () => {
    const gaps = arabicGaps(['agendaItem.21.titleAr', 'decision.5.textAr', 'person.8.nameAr', 'committee.legalBasisAr', 'meeting.openingRemarksAr'].map(issue), record());
    expect(gaps.map((g) => g.label)).toEqual([
      { key: 'arabicGaps.agendaItem.titleAr', values: { number: 2 } },
      { key: 'arabicGaps.decision.textAr', values: { number: '2026/3/1' } },
      { key: 'arabicGaps.person.nameAr', values: { name: 'Omar Saleh' } },
      { key: 'arabicGaps.committee.legalBasisAr', values: {} },
      { key: 'arabicGaps.meeting.openingRemarksAr', values: {} },
    ]);
  });

  it('points meeting fields at the editor, and committee and people texts at their forms', () => {
    const [title, person, committee] = arabicGaps(['agendaItem.21.titleAr', 'person.8.positionAr', 'committee.nameAr'].map(issue), record());
    expect(title.target).toEqual({ kind: 'field', id: fieldId('agendaItem.21.titleAr') });
    expect(person.target).toEqual({ kind: 'person', committeeId: 4, personId: 8, field: 'positionAr' });
    expect(committee.target).toEqual({ kind: 'committee', committeeId: 4, field: 'nameAr' });
  });

  it('ticks off what the record now has', () => {
    const rec = record();
    const paths = ['agendaItem.12.titleAr', 'agendaItem.21.titleAr', 'person.7.nameAr', 'meeting.venueAr', 'attendance.8.representedBy'];
    expect(arabicGaps(paths.map(issue), rec).map((g) => g.filled)).toEqual([true, false, true, true, false]);
    rec.attendance = [{ personId: 8, status: 'represented', representedBy: 'السيد علي' }];
    expect(arabicGaps([issue('attendance.8.representedBy')], rec)[0].filled).toBe(true);
  });

  it("keeps the host's sentence for what is not in this meeting", () => {
    const [earlier] = arabicGaps([issue('action.99.descriptionAr')], record());
    expect(earlier.label).toBeNull();
    expect(earlier.target).toEqual({ kind: 'none' });
    expect(earlier.message).toBe('action.99.descriptionAr has no Arabic version.');
  });

  it('tells missing-Arabic issues from other validation problems', () => {
    expect(isArabicGapPath('committee.nameAr')).toBe(true);
    expect(isArabicGapPath('agendaItem.12.minutesAr')).toBe(true);
    expect(isArabicGapPath('action.31.ownerBody')).toBe(true);
    expect(isArabicGapPath('meetingId')).toBe(false);
    expect(isArabicGapPath('')).toBe(false);
  });

  it('gives every path an element id that is safe in a selector', () => {
    expect(fieldId('agendaItem.12.titleAr')).toBe('field-agendaItem-12-titleAr');
  });
});
