import type { Committee } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';

interface CommitteeRow {
  id: number;
  name: string;
  name_ar: string | null;
  short_name: string | null;
  legal_basis: string | null;
  legal_basis_ar: string | null;
  decision_number_pattern: string;
  quorum_rule: string;
  active: number;
  created_at: string;
  updated_at: string;
}

function toCommittee(r: CommitteeRow): Committee {
  return {
    id: r.id,
    name: r.name,
    nameAr: r.name_ar,
    shortName: r.short_name,
    legalBasis: r.legal_basis,
    legalBasisAr: r.legal_basis_ar,
    decisionNumberPattern: r.decision_number_pattern,
    quorumRule: r.quorum_rule as Committee['quorumRule'],
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const params = (c: Omit<Committee, 'id'> & { id?: number }) => ({ ...c, active: c.active ? 1 : 0 });

export function committeeById(db: ReadableDb, id: number): Committee | undefined {
  const row = db.prepare('SELECT * FROM committees WHERE id = :id').get({ id }) as CommitteeRow | undefined;
  return row && toCommittee(row);
}

export function allCommittees(db: ReadableDb, includeInactive: boolean): Committee[] {
  const rows = db
    .prepare('SELECT * FROM committees WHERE active = 1 OR :includeInactive = 1 ORDER BY name COLLATE NOCASE, id')
    .all({ includeInactive: includeInactive ? 1 : 0 }) as CommitteeRow[];
  return rows.map(toCommittee);
}

export function insertCommittee(db: WritableDb, c: Omit<Committee, 'id'>): number {
  const info = db
    .prepare(
      `INSERT INTO committees (name, name_ar, short_name, legal_basis, legal_basis_ar, decision_number_pattern,
         quorum_rule, active, created_at, updated_at)
       VALUES (:name, :nameAr, :shortName, :legalBasis, :legalBasisAr, :decisionNumberPattern,
         :quorumRule, :active, :createdAt, :updatedAt)`,
    )
    .run(params(c));
  return Number(info.lastInsertRowid);
}

export function saveCommittee(db: WritableDb, c: Committee): void {
  db.prepare(
    `UPDATE committees SET name = :name, name_ar = :nameAr, short_name = :shortName, legal_basis = :legalBasis,
       legal_basis_ar = :legalBasisAr, decision_number_pattern = :decisionNumberPattern, quorum_rule = :quorumRule,
       active = :active, updated_at = :updatedAt
     WHERE id = :id`,
  ).run(params(c));
}
