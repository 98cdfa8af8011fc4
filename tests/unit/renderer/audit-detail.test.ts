import { describe, expect, it } from 'vitest';
import { auditLines, auditValue, humanise } from '../../../src/renderer/history/auditDetail';

describe('audit details as readable lines', () => {
  it('turns an update into one before/after line per field, keeping numbers recorded beside ids', () => {
    expect(auditLines({ number: '2026/12/1', text: { before: 'Refer the case.', after: 'Refer the case to the court.' } })).toEqual([
      { field: 'number', value: { kind: 'text', text: '2026/12/1' } },
      { field: 'text', before: { kind: 'text', text: 'Refer the case.' }, after: { kind: 'text', text: 'Refer the case to the court.' } },
    ]);
  });

  it('shows a long text by its start and length, never as an object', () => {
    const long = { length: 48_000, sha256: 'ab'.repeat(32), start: 'The Public Prosecution reported' };
    expect(auditLines({ minutes: { before: null, after: long } })).toEqual([
      { field: 'minutes', before: { kind: 'empty' }, after: { kind: 'long', start: 'The Public Prosecution reported', length: 48_000, digest: 'ab'.repeat(32) } },
    ]);
  });

  it('reads attendance, recorded as a whole entry before and after, as one change for the person', () => {
    const lines = auditLines({
      personId: 4,
      person: 'Sara Haddad',
      before: { status: 'apologies', representedBy: null },
      after: { status: 'represented', representedBy: 'Mr. Omar Saleh' },
    });
    expect(lines).toEqual([
      { field: 'attendance', before: { kind: 'attendance', status: 'apologies', representedBy: null }, after: { kind: 'attendance', status: 'represented', representedBy: 'Mr. Omar Saleh' } },
      { field: 'person', value: { kind: 'text', text: 'Sara Haddad' } },
    ]);
  });

  it('hides row ids and the kind of row they point at, and lists what a new record was created with', () => {
    expect(auditLines({ commentId: 3, targetType: 'agenda_item', targetId: 9, body: 'Name the court.' })).toEqual([
      { field: 'body', value: { kind: 'text', text: 'Name the court.' } },
    ]);
    expect(auditLines({ meetingId: 1, title: 'Opening', isPublic: false, position: 1 })).toEqual([
      { field: 'title', value: { kind: 'text', text: 'Opening' } },
      { field: 'isPublic', value: { kind: 'flag', value: false } },
      { field: 'position', value: { kind: 'text', text: '1' } },
    ]);
  });

  it('joins lists and copes with empty or odd details', () => {
    expect(auditLines({ actions: [4, 5], decisions: ['2026/11/2'] })).toEqual([
      { field: 'actions', value: { kind: 'text', text: '4, 5' } },
      { field: 'decisions', value: { kind: 'text', text: '2026/11/2' } },
    ]);
    expect(auditLines({})).toEqual([]);
    expect(auditLines(null)).toEqual([]);
    expect(auditLines('imported')).toEqual([{ field: '', value: { kind: 'text', text: 'imported' } }]);
    expect(auditValue([])).toEqual({ kind: 'empty' });
    expect(auditValue('')).toEqual({ kind: 'empty' });
  });

  it('names a field the locale does not know', () => {
    expect(humanise('publicSummaryAr')).toBe('Public summary ar');
    expect(humanise('decision_number')).toBe('Decision number');
    expect(humanise('agenda_item amend')).toBe('Agenda item amend');
  });
});
