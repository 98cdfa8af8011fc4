import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import { dumpTables } from '../../helpers/dump';
import { failure } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

const { host } = await newVault({}, 'Leila Nasser');
const db = () => host.session().db;

describe('committees', () => {
  it('creates a committee with the default decision pattern and quorum rule, and records who did it', async () => {
    const c = await call(host, 'committees.create', { name: 'National Committee against Human Trafficking', shortName: 'NCAHT' });
    expect(c).toMatchObject({ decisionNumberPattern: '{year}/{meeting}/{seq}', quorumRule: 'majority', active: true, nameAr: null });
    const history = await call(host, 'audit.history', { entity: 'committee', entityId: c.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      actor: 'Leila Nasser',
      action: 'committee.create',
      detail: { name: 'National Committee against Human Trafficking', shortName: 'NCAHT' },
    });
  });

  it('refuses a second committee whose name differs only in capitals, and writes nothing', async () => {
    await call(host, 'committees.create', { name: 'Anti-Corruption Board' });
    const before = dumpTables(db());
    const err = await failure(host, 'committees.create', { name: 'ANTI-CORRUPTION board' });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('"Anti-Corruption Board" already exists');
    expect(dumpTables(db())).toEqual(before);
  });

  it('treats accented capitals as the same name', async () => {
    await call(host, 'committees.create', { name: 'Comité de sécurité' });
    expect((await failure(host, 'committees.create', { name: 'COMITÉ DE SÉCURITÉ' })).code).toBe('CONFLICT');
    expect((await failure(host, 'committees.create', { name: 'Comite\u0301 de se\u0301curite\u0301' })).code).toBe('CONFLICT');
  });

  it('records the before and after of each changed field on update, and nothing for unchanged ones', async () => {
    const c = await call(host, 'committees.create', { name: 'Water Board', quorumRule: 'majority' });
    const updated = await call(host, 'committees.update', { id: c.id, quorumRule: 'two-thirds', name: 'Water Board', legalBasis: 'Decree 4/2020' });
    expect(updated).toMatchObject({ quorumRule: 'two-thirds', legalBasis: 'Decree 4/2020' });
    const history = await call(host, 'audit.history', { entity: 'committee', entityId: c.id });
    expect(history.map((h) => h.action)).toEqual(['committee.create', 'committee.update']);
    expect(history[1].detail).toEqual({
      quorumRule: { before: 'majority', after: 'two-thirds' },
      legalBasis: { before: null, after: 'Decree 4/2020' },
    });
  });

  it('refuses renaming a committee to another committee\'s name', async () => {
    const a = await call(host, 'committees.create', { name: 'Ports Committee' });
    await call(host, 'committees.create', { name: 'Roads Committee' });
    const err = await failure(host, 'committees.update', { id: a.id, name: 'roads committee' });
    expect(err.code).toBe('CONFLICT');
    expect((await call(host, 'committees.get', { id: a.id })).name).toBe('Ports Committee');
  });

  it('hides deactivated committees unless asked', async () => {
    const c = await call(host, 'committees.create', { name: 'Dissolved Taskforce' });
    await call(host, 'committees.update', { id: c.id, active: false });
    expect((await call(host, 'committees.list', {})).map((x) => x.name)).not.toContain('Dissolved Taskforce');
    expect((await call(host, 'committees.list', { includeInactive: true })).map((x) => x.name)).toContain('Dissolved Taskforce');
  });

  it('answers NOT_FOUND for an unknown committee', async () => {
    expect((await failure(host, 'committees.get', { id: 987654 })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'committees.update', { id: 987654, name: 'X' })).code).toBe('NOT_FOUND');
  });
});

describe('people', () => {
  it('deactivates rather than deletes, and keeps the person readable', async () => {
    const p = await call(host, 'people.create', { honorific: 'H.E. Mr.', name: 'Khalid Al-Mansoori', organisation: 'Ministry of Interior' });
    const off = await call(host, 'people.update', { id: p.id, active: false });
    expect(off.active).toBe(false);
    expect((await call(host, 'people.list', {})).map((x) => x.id)).not.toContain(p.id);
    expect((await call(host, 'people.list', { includeInactive: true })).find((x) => x.id === p.id)?.name).toBe('Khalid Al-Mansoori');
    expect((await failure(host, 'people.remove', { id: p.id })).code).toBe('NOT_FOUND');
    const history = await call(host, 'audit.history', { entity: 'person', entityId: p.id });
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['person.create', 'Leila Nasser'],
      ['person.update', 'Leila Nasser'],
    ]);
    expect(history[1].detail).toEqual({ active: { before: true, after: false } });
  });

  it('clears an optional field when it is sent empty', async () => {
    const p = await call(host, 'people.create', { name: 'Sara Odeh', position: 'Director' });
    expect((await call(host, 'people.update', { id: p.id, position: '' })).position).toBeNull();
  });
});

describe('memberships', () => {
  it('lists the roster chair first, then vice-chair, members, secretary and observers, each by name', async () => {
    const c = await call(host, 'committees.create', { name: 'Roster Committee' });
    const add = async (name: string, role: 'chair' | 'vice-chair' | 'member' | 'secretary' | 'observer') => {
      const p = await call(host, 'people.create', { name });
      await call(host, 'memberships.set', { committeeId: c.id, personId: p.id, role });
      return p;
    };
    await add('Zaid Observer', 'observer');
    await add('Yara Member', 'member');
    await add('Omar Secretary', 'secretary');
    await add('Basma Member', 'member');
    await add('Hana Chair', 'chair');
    await add('Vera Vice', 'vice-chair');
    const roster = await call(host, 'memberships.list', { committeeId: c.id });
    expect(roster.map((m) => m.person.name)).toEqual(['Hana Chair', 'Vera Vice', 'Basma Member', 'Yara Member', 'Omar Secretary', 'Zaid Observer']);
  });

  it('upserts: a second set changes the role, active:false removes from the roster, a later set brings back', async () => {
    const c = await call(host, 'committees.create', { name: 'Upsert Committee' });
    const p = await call(host, 'people.create', { name: 'Nadia Farouk' });
    const first = await call(host, 'memberships.set', { committeeId: c.id, personId: p.id, role: 'member' });
    const second = await call(host, 'memberships.set', { committeeId: c.id, personId: p.id, role: 'vice-chair' });
    expect(second).toMatchObject({ id: first.id, role: 'vice-chair', active: true });
    await call(host, 'memberships.set', { committeeId: c.id, personId: p.id, role: 'vice-chair', active: false });
    expect(await call(host, 'memberships.list', { committeeId: c.id })).toEqual([]);
    expect(await call(host, 'memberships.list', { committeeId: c.id, includeInactive: true })).toHaveLength(1);
    expect((await call(host, 'memberships.set', { committeeId: c.id, personId: p.id, role: 'member' })).active).toBe(true);
    const history = await call(host, 'audit.history', { entity: 'committee', entityId: c.id });
    expect(history.filter((h) => h.action === 'membership.set').map((h) => h.detail)).toEqual([
      { personId: p.id, person: 'Nadia Farouk', role: 'member', active: true },
      { personId: p.id, person: 'Nadia Farouk', role: { before: 'member', after: 'vice-chair' } },
      { personId: p.id, person: 'Nadia Farouk', active: { before: true, after: false } },
      { personId: p.id, person: 'Nadia Farouk', role: { before: 'vice-chair', after: 'member' }, active: { before: false, after: true } },
    ]);
  });

  it('refuses an unknown person or committee with NOT_FOUND and writes nothing', async () => {
    const c = await call(host, 'committees.create', { name: 'Strict Committee' });
    const before = dumpTables(db());
    expect((await failure(host, 'memberships.set', { committeeId: c.id, personId: 55555, role: 'member' })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'memberships.list', { committeeId: 55555 })).code).toBe('NOT_FOUND');
    expect(dumpTables(db())).toEqual(before);
  });
});
