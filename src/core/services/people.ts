import type { ParsedInputOf } from '../../shared/api';
import type { Person } from '../../shared/domain';
import { appendAudit } from '../db/audit';
import { allPeople, insertPerson, personById, savePerson } from '../db/people';
import { notFound } from '../errors';
import { nowIso, write, type Session } from '../session';
import { applyPatch, changed, created } from '../domain/changes';

export function listPeople(s: Session, input: { includeInactive?: boolean } = {}): Person[] {
  return allPeople(s.db, input.includeInactive ?? false);
}

export function getPerson(s: Session, id: number): Person {
  const person = personById(s.db, id);
  if (!person) throw notFound('person', id);
  return person;
}

export function createPerson(s: Session, input: ParsedInputOf<'people.create'>): Person {
  return write(s, (tx) => {
    const now = nowIso(tx);
    const record: Omit<Person, 'id'> = {
      honorific: input.honorific ?? null,
      honorificAr: input.honorificAr ?? null,
      name: input.name,
      nameAr: input.nameAr ?? null,
      position: input.position ?? null,
      positionAr: input.positionAr ?? null,
      organisation: input.organisation ?? null,
      organisationAr: input.organisationAr ?? null,
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    const id = insertPerson(tx.db, record);
    appendAudit(tx, 'person.create', 'person', id, created(record));
    return getPerson(tx, id);
  });
}

/**
 * People are never deleted, only deactivated: past minutes and action items keep naming them.
 */
export function updatePerson(s: Session, input: ParsedInputOf<'people.update'>): Person {
  return write(s, (tx) => {
    const { id, ...patch } = input;
    const { next, changes } = applyPatch(getPerson(tx, id), patch);
    if (!changed(changes)) return next;
    savePerson(tx.db, { ...next, updatedAt: nowIso(tx) });
    appendAudit(tx, 'person.update', 'person', id, changes);
    return getPerson(tx, id);
  });
}
