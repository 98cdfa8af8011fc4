import type { Person } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';

export interface PersonRow {
  id: number;
  honorific: string | null;
  honorific_ar: string | null;
  name: string;
  name_ar: string | null;
  position: string | null;
  position_ar: string | null;
  organisation: string | null;
  organisation_ar: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    honorific: r.honorific,
    honorificAr: r.honorific_ar,
    name: r.name,
    nameAr: r.name_ar,
    position: r.position,
    positionAr: r.position_ar,
    organisation: r.organisation,
    organisationAr: r.organisation_ar,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const params = (p: Omit<Person, 'id'> & { id?: number }) => ({ ...p, active: p.active ? 1 : 0 });

export function personById(db: ReadableDb, id: number): Person | undefined {
  const row = db.prepare('SELECT * FROM people WHERE id = :id').get({ id }) as PersonRow | undefined;
  return row && toPerson(row);
}

export function allPeople(db: ReadableDb, includeInactive: boolean): Person[] {
  const rows = db
    .prepare('SELECT * FROM people WHERE active = 1 OR :includeInactive = 1 ORDER BY name COLLATE NOCASE, id')
    .all({ includeInactive: includeInactive ? 1 : 0 }) as PersonRow[];
  return rows.map(toPerson);
}

export function insertPerson(db: WritableDb, p: Omit<Person, 'id'>): number {
  const info = db
    .prepare(
      `INSERT INTO people (honorific, honorific_ar, name, name_ar, position, position_ar, organisation,
         organisation_ar, active, created_at, updated_at)
       VALUES (:honorific, :honorificAr, :name, :nameAr, :position, :positionAr, :organisation,
         :organisationAr, :active, :createdAt, :updatedAt)`,
    )
    .run(params(p));
  return Number(info.lastInsertRowid);
}

export function savePerson(db: WritableDb, p: Person): void {
  db.prepare(
    `UPDATE people SET honorific = :honorific, honorific_ar = :honorificAr, name = :name, name_ar = :nameAr,
       position = :position, position_ar = :positionAr, organisation = :organisation,
       organisation_ar = :organisationAr, active = :active, updated_at = :updatedAt
     WHERE id = :id`,
  ).run(params(p));
}
