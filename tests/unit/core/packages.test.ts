import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../src/core/dispatcher';
import type { MeetingPackage } from '../../../src/shared/meetingPackage';
import { dumpTables } from '../../helpers/dump';
import { SAMPLE_MEETING, TRAFFICKING_MEETING } from '../../helpers/paths';
import { newVault } from '../../helpers/vault';

const SAMPLE = JSON.parse(readFileSync(SAMPLE_MEETING, 'utf8')) as MeetingPackage;
const TRAFFICKING = JSON.parse(readFileSync(TRAFFICKING_MEETING, 'utf8')) as MeetingPackage;
const clone = <T>(v: T): T => structuredClone(v);

/** Replaces person keys by names so two packages with different keys compare on content. */
function byNames(pkg: MeetingPackage) {
  const name = new Map(pkg.people.map((p) => [p.key, p.name]));
  const n = (k: string | undefined) => (k === undefined ? undefined : name.get(k));
  return {
    ...pkg,
    people: pkg.people.map(({ key: _key, ...p }) => p).sort((a, b) => a.name.localeCompare(b.name)),
    meeting: {
      ...pkg.meeting,
      attendance: pkg.meeting.attendance.map((a) => ({ ...a, person: n(a.person) })).sort((a, b) => a.person!.localeCompare(b.person!)),
      agenda: pkg.meeting.agenda.map((i) => ({
        ...i,
        presenter: n(i.presenter),
        actions: i.actions?.map((a) => ({ ...a, owner: n(a.owner) })),
      })),
    },
  };
}

describe('meeting packages', () => {
  it('the shared sample imports, and exporting it gives the same content back', async () => {
    const { host } = await newVault();
    const result = await call(host, 'packages.import', { package: SAMPLE });
    expect(result).toMatchObject({ committeeReused: false, createdPeople: 7, reusedPeople: 0 });
    const exported = await call(host, 'packages.export', { meetingId: result.meetingId });
    // What the vault adds on import: decision numbers and statuses, action statuses.
    const expected = clone(SAMPLE);
    let seq = 0;
    for (const item of expected.meeting.agenda) {
      for (const d of item.decisions ?? []) Object.assign(d, { number: `2026/3/${++seq}`, implementationStatus: 'pending' });
      for (const a of item.actions ?? []) Object.assign(a, { status: 'open' });
    }
    expect(byNames(exported)).toEqual(byNames(expected));
  });

  it('an exported package imports into another vault and exports identically', async () => {
    const first = await newVault();
    const a = await call(first.host, 'packages.import', { package: TRAFFICKING });
    const actions = await call(first.host, 'actions.list', { meetingId: a.meetingId });
    await call(first.host, 'actions.addNote', { actionId: actions[0].id, text: 'File sent to the court registry', date: '2026-09-29', status: 'done' });
    const once = await call(first.host, 'packages.export', { meetingId: a.meetingId });
    expect(once.meeting.agenda[0].actions?.[0]).toMatchObject({ status: 'done', notes: [{ date: '2026-09-29', text: 'File sent to the court registry', author: 'Leila Nasser' }] });
    expect(once.meeting.agenda[0].decisions?.[0].number).toBe('NCCTIP/2026/1');

    const second = await newVault({}, 'Tariq Aziz');
    const b = await call(second.host, 'packages.import', { package: once });
    const twice = await call(second.host, 'packages.export', { meetingId: b.meetingId });
    expect(twice).toEqual(once);
  });

  it('reuses the committee and people already in the vault, matched by name', async () => {
    const { host } = await newVault();
    await call(host, 'packages.import', { package: SAMPLE });
    const next = clone(SAMPLE);
    next.meeting.number = 4;
    next.meeting.startsAt = '2026-06-10T10:00:00+03:00';
    next.meeting.endsAt = null;
    next.people[2].name = 'PRIYA RAMAN';
    const r = await call(host, 'packages.import', { package: next });
    expect(r).toMatchObject({ committeeReused: true, reusedPeople: 7, createdPeople: 0 });
    expect(await call(host, 'committees.list', {})).toHaveLength(1);
    expect(await call(host, 'people.list', {})).toHaveLength(7);
    expect(await call(host, 'memberships.list', { committeeId: r.committeeId })).toHaveLength(7);
    const meetings = await call(host, 'meetings.list', { committeeId: r.committeeId });
    expect(meetings.map((m) => m.number).sort()).toEqual([3, 4]);
  });

  it('rejects a malformed package whole, listing every problem by its JSON path; nothing is written', async () => {
    const { host } = await newVault();
    const before = dumpTables(host.session().db);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a package made invalid on purpose, field by field
    const bad = clone(SAMPLE) as unknown as Record<string, any>;
    bad.meeting.number = 'three';
    bad.meeting.startsAt = '15/03/2026';
    bad.meeting.agenda[1].title = '';
    bad.meeting.agenda[2].actions[0].owner = 'ghost';
    bad.meeting.attendance[0].status = 'asleep';
    bad.people[0].extra = true;
    const result = await dispatch(host, 'packages.import', { package: bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PACKAGE_INVALID');
    expect(result.error.message).toMatch(/nothing was imported/);
    const paths = result.error.issues!.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'meeting.number',
        'meeting.startsAt',
        'meeting.agenda[1].title',
        'meeting.attendance[0].status',
        'meeting.agenda[2].actions[0].owner',
        'people[0]',
      ]),
    );
    expect(dumpTables(host.session().db)).toEqual(before);

    const wrongFormat = await dispatch(host, 'packages.import', { package: { ...SAMPLE, format: 'secretariat.meeting/2' } });
    expect(!wrongFormat.ok && wrongFormat.error.issues?.map((i) => i.path)).toEqual(['format']);
    for (const junk of [null, 42, 'text', [], {}])
      expect(await dispatch(host, 'packages.import', { package: junk })).toMatchObject({ ok: false, error: { code: 'PACKAGE_INVALID' } });
    expect(dumpTables(host.session().db)).toEqual(before);
  });

  it('a reference to an unknown person is reported at its path', async () => {
    const { host } = await newVault();
    const bad = clone(SAMPLE);
    bad.meeting.agenda[2].actions![0].owner = 'ghost';
    const result = await dispatch(host, 'packages.import', { package: bad });
    expect(!result.ok && result.error.issues).toEqual([{ path: 'meeting.agenda[2].actions[0].owner', message: 'No person with key "ghost" in people.' }]);
  });

  it('an import that fails halfway (a taken meeting number) leaves nothing behind', async () => {
    const { host } = await newVault();
    await call(host, 'packages.import', { package: SAMPLE });
    const before = dumpTables(host.session().db);
    const again = clone(SAMPLE);
    again.people.push({ key: 'new', name: 'Someone New', role: 'member' } as MeetingPackage['people'][number]);
    const result = await dispatch(host, 'packages.import', { package: again });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(dumpTables(host.session().db)).toEqual(before);
  });
});
