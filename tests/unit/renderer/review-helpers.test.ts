import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src/shared/domain';
import { restoredPath } from '../../../src/renderer/backup/restorePath';
import { formatSize } from '../../../src/renderer/backup/size';
import { daysBetween, dueWording } from '../../../src/renderer/dashboard/days';
import { i18n } from '../../../src/renderer/i18n';
import { currentValue, recordTargets, targetLabel } from '../../../src/renderer/review/targets';

const STAMP = '2026-03-01T00:00:00.000Z';

function record(): MeetingRecord {
  const person = { id: 7, honorific: 'Ms.', honorificAr: null, name: 'Sara Haddad', nameAr: null, position: null, positionAr: null, organisation: null, organisationAr: null, active: true, createdAt: STAMP, updatedAt: STAMP };
  return {
    committee: { id: 1, name: 'Committee', nameAr: null, shortName: 'C', legalBasis: null, legalBasisAr: null, decisionNumberPattern: '{seq}', quorumRule: 'majority', active: true, createdAt: STAMP, updatedAt: STAMP },
    meeting: { id: 1, committeeId: 1, number: 3, startsAt: '2026-03-15T10:00:00+03:00', endsAt: null, venue: 'Hall A', venueAr: null, classification: 'internal', status: 'approved', openingRemarks: null, openingRemarksAr: null, closingRemarks: null, closingRemarksAr: null, approvedAt: STAMP, approvedBy: 'Chair', createdAt: STAMP, updatedAt: STAMP },
    members: [{ id: 1, committeeId: 1, personId: 7, role: 'member', active: true, person }],
    attendance: [{ personId: 7, status: 'represented', representedBy: 'Mr. Omar Saleh' }],
    quorum: { rule: 'majority', eligible: 1, counted: 1, required: 1, met: true },
    agenda: [
      { id: 12, meetingId: 1, position: 2, title: 'Second', titleAr: null, presenterId: null, minutes: null, minutesAr: null, publicSummary: null, publicSummaryAr: null, isPublic: false, createdAt: STAMP, updatedAt: STAMP, decisions: [], actions: [] },
      {
        id: 11, meetingId: 1, position: 1, title: 'First', titleAr: null, presenterId: null, minutes: 'Discussed.', minutesAr: null, publicSummary: null, publicSummaryAr: null, isPublic: false, createdAt: STAMP, updatedAt: STAMP,
        decisions: [{ id: 21, meetingId: 1, agendaItemId: 11, number: '2026/3/1', text: 'Approve the plan.', textAr: null, implementationStatus: 'pending', createdAt: STAMP, updatedAt: STAMP }],
        actions: [],
      },
    ],
  };
}

describe('the parts of a meeting record', () => {
  const t = i18n.getFixedT('en');

  it('come in reading order, agenda items by position with their decisions after them', () => {
    expect(recordTargets(t, 'en', record(), ['meeting', 'attendance', 'agenda_item', 'decision', 'action']).map((x) => `${x.type}:${x.id}:${x.label}`)).toEqual([
      'meeting:1:The meeting',
      'attendance:7:Attendance of Ms. Sara Haddad',
      'agenda_item:11:Item 1: First',
      'decision:21:Decision 2026/3/1',
      'agenda_item:12:Item 2: Second',
    ]);
    expect(targetLabel(t, 'en', record(), 'decision', 99)).toBe('decision 99 (removed)');
  });

  it('give the current text of an amendable field as the vault compares it', () => {
    const r = record();
    expect(currentValue(r, 'decision', 21, 'text')).toBe('Approve the plan.');
    expect(currentValue(r, 'agenda_item', 11, 'minutes')).toBe('Discussed.');
    expect(currentValue(r, 'agenda_item', 11, 'minutesAr')).toBeNull();
    expect(currentValue(r, 'meeting', 1, 'venue')).toBe('Hall A');
    expect(currentValue(r, 'attendance', 7, 'attendance')).toBe('represented by Mr. Omar Saleh');
  });
});

describe('due dates against today', () => {
  it('count calendar days, across month ends and clock changes', () => {
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-04-02', '2026-03-28')).toBe(-5);
  });

  it('read as overdue, due today or due in some days', () => {
    expect(dueWording('2026-11-28', '2026-11-20')).toEqual({ key: 'overdueBy', count: 8 });
    expect(dueWording('2026-11-28', '2026-11-28')).toEqual({ key: 'dueToday', count: 0 });
    expect(dueWording('2026-11-28', '2026-12-05')).toEqual({ key: 'dueIn', count: 7 });
  });
});

describe('backups', () => {
  it('propose restoring beside the damaged vault under a new name', () => {
    expect(restoredPath('/home/leila/committee.vault')).toBe('/home/leila/committee-restored.vault');
    expect(restoredPath('C:\\Vaults\\nccht.db')).toBe('C:\\Vaults\\nccht-restored.vault');
    expect(restoredPath('/srv/vault')).toBe('/srv/vault-restored.vault');
  });

  it('give sizes in the units people read', () => {
    expect(formatSize(900, 'en')).toBe('900 B');
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
    expect(formatSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});
