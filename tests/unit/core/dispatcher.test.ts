import { beforeAll, describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../src/core/dispatcher';
import type { Seeded } from '../../helpers/seed';
import { seedMeeting } from '../../helpers/seed';
import { dumpTables } from '../../helpers/dump';
import { newVault } from '../../helpers/vault';

const { host } = await newVault();
const db = () => host.session().db;
let seeded: Seeded;
let itemId: number;

beforeAll(async () => {
  seeded = await seedMeeting(host);
  itemId = (await call(host, 'agenda.add', { meetingId: seeded.meeting.id, title: 'Existing item' })).id;
});

/** Sends the input, expects the code, and proves that not one row anywhere changed. */
async function refused(method: string, input: unknown, code: string) {
  const before = dumpTables(db());
  const result = await dispatch(host, method, input);
  expect(result.ok, JSON.stringify(result)).toBe(false);
  expect(dumpTables(db())).toEqual(before);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error;
}
const paths = (error: { issues?: { path: string }[] }) => (error.issues ?? []).map((i) => i.path).sort();

describe('dispatch refuses bad input and writes nothing', () => {
  it('names every missing field', async () => {
    const error = await refused('meetings.create', {}, 'VALIDATION');
    expect(paths(error)).toEqual(['committeeId', 'startsAt']);
    expect(error.message).toContain('committeeId');
    expect(paths(await refused('agenda.add', {}, 'VALIDATION'))).toEqual(['meetingId', 'title']);
  });

  it('refuses fields the contract does not know', async () => {
    const error = await refused('committees.create', { name: 'Extra Committee', colour: 'red', id: 5 }, 'VALIDATION');
    expect(error.message).toMatch(/colour/);
    expect(error.message).toMatch(/\bid\b/);
    await refused('actions.addNote', { actionId: 1, text: 'x', author: 'Someone else' }, 'VALIDATION');
  });

  it('refuses wrong types, field by field', async () => {
    const error = await refused(
      'meetings.create',
      { committeeId: String(seeded.committee.id), startsAt: 1_773_561_600_000, classification: 'top-secret', number: 1.5 },
      'VALIDATION',
    );
    expect(paths(error)).toEqual(['classification', 'committeeId', 'number', 'startsAt']);
    expect(paths(await refused('agenda.add', { meetingId: seeded.meeting.id, title: 'T', isPublic: 'yes' }, 'VALIDATION'))).toEqual(['isPublic']);
    expect(paths(await refused('actions.list', { status: 'late', dueWithinDays: -1 }, 'VALIDATION'))).toEqual(['dueWithinDays', 'status']);
    expect(paths(await refused('actions.add', { agendaItemId: itemId, description: 'x', ownerBody: 'y', dueDate: '2026-02-30' }, 'VALIDATION'))).toEqual(['dueDate']);
    expect(paths(await refused('meetings.update', { id: seeded.meeting.id, startsAt: '15/03/2026 10:00' }, 'VALIDATION'))).toEqual(['startsAt']);
  });

  it('refuses input that is not an object at all', async () => {
    for (const input of [null, [], 'committee', 42]) await refused('committees.create', input, 'VALIDATION');
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    const cases: [string, unknown][] = [
      ['agenda.add', { meetingId: 999_999, title: 'Orphan' }],
      ['agenda.update', { id: 999_999, title: 'Orphan' }],
      ['decisions.add', { agendaItemId: 999_999, text: 'Orphan' }],
      ['actions.add', { agendaItemId: 999_999, description: 'Orphan', ownerBody: 'Nobody' }],
      ['actions.update', { id: 999_999, status: 'done' }],
      ['attendance.set', { meetingId: seeded.meeting.id, personId: 999_999, status: 'present' }],
      ['memberships.set', { committeeId: 999_999, personId: seeded.people['Amal Haddad'].id, role: 'member' }],
      ['people.update', { id: 999_999, name: 'Nobody' }],
      ['meetings.update', { id: 999_999, venue: 'Nowhere' }],
    ];
    for (const [method, input] of cases) {
      const error = await refused(method, input, 'NOT_FOUND');
      expect(error.message, method).toMatch(/999999/);
    }
  });

  it('answers NOT_FOUND for an unknown method', async () => {
    const error = await refused('meetings.delete', { id: seeded.meeting.id }, 'NOT_FOUND');
    expect(error.message).toContain('meetings.delete');
    await refused('__proto__', {}, 'NOT_FOUND');
    await refused('toString', {}, 'NOT_FOUND');
  });

  it('refuses a 1 MB title', async () => {
    const error = await refused('agenda.add', { meetingId: seeded.meeting.id, title: 'x'.repeat(1_000_000) }, 'VALIDATION');
    expect(error.issues).toEqual([{ path: 'title', message: 'Must be at most 500 characters.' }]);
    expect(error.message.length).toBeLessThan(1_000);
    await refused('agenda.update', { id: itemId, minutes: 'm'.repeat(1_000_000) }, 'VALIDATION');
  });

  it('refuses control characters in a title', async () => {
    for (const title of ['Budget\u0000review', 'Ring \u0007 the bell']) {
      const error = await refused('agenda.update', { id: itemId, title }, 'VALIDATION');
      expect(paths(error)).toEqual(['title']);
      expect(error.issues?.[0].message).toMatch(/control characters/);
    }
    await refused('committees.create', { name: 'Board\u0000' }, 'VALIDATION');
  });

  it('refuses an empty or blank title', async () => {
    expect(paths(await refused('agenda.add', { meetingId: seeded.meeting.id, title: '   ' }, 'VALIDATION'))).toEqual(['title']);
  });

  it('accepts the same calls once they are right', async () => {
    const item = await call(host, 'agenda.add', { meetingId: seeded.meeting.id, title: '  Budget review\tfor 2026  ' });
    expect(item.title).toBe('Budget review\tfor 2026');
  });
});
