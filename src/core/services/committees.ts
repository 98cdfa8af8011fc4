import type { ParsedInputOf } from '../../shared/api';
import type { Committee } from '../../shared/domain';
import { appendAudit } from '../db/audit';
import { allCommittees, committeeById, insertCommittee, saveCommittee } from '../db/committees';
import { AppError, notFound } from '../errors';
import { nowIso, write, type Session } from '../session';
import { applyPatch, changed, created } from '../domain/changes';

export const DEFAULT_DECISION_PATTERN = '{year}/{meeting}/{seq}';

export function listCommittees(s: Session, input: { includeInactive?: boolean } = {}): Committee[] {
  return allCommittees(s.db, input.includeInactive ?? false);
}

export function getCommittee(s: Session, id: number): Committee {
  const committee = committeeById(s.db, id);
  if (!committee) throw notFound('committee', id);
  return committee;
}

/**
 * The committee with this name, ignoring case. Compared in JavaScript because SQLite's NOCASE
 * folds only ASCII, and "Comité" and "COMITÉ" are one committee to a reader.
 */
export function findCommitteeByName(s: Session, name: string): Committee | undefined {
  const wanted = fold(name);
  return allCommittees(s.db, true).find((c) => fold(c.name) === wanted);
}

/** Not locale-dependent: the same vault must answer the same on every machine. */
const fold = (name: string) => name.trim().normalize('NFC').toLowerCase();

function assertNameFree(s: Session, name: string, exceptId?: number): void {
  const existing = findCommitteeByName(s, name);
  if (existing && existing.id !== exceptId)
    throw new AppError(
      'CONFLICT',
      `A committee called "${existing.name}" already exists; committee names must differ by more than capital letters.`,
    );
}

export function createCommittee(s: Session, input: ParsedInputOf<'committees.create'>): Committee {
  return write(s, (tx) => {
    assertNameFree(tx, input.name);
    const now = nowIso(tx);
    const record: Omit<Committee, 'id'> = {
      name: input.name,
      nameAr: input.nameAr ?? null,
      shortName: input.shortName ?? null,
      legalBasis: input.legalBasis ?? null,
      legalBasisAr: input.legalBasisAr ?? null,
      decisionNumberPattern: input.decisionNumberPattern ?? DEFAULT_DECISION_PATTERN,
      quorumRule: input.quorumRule ?? 'majority',
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    const id = insertCommittee(tx.db, record);
    appendAudit(tx, 'committee.create', 'committee', id, created(record));
    return getCommittee(tx, id);
  });
}

/** A new pattern applies to later decisions only; existing numbers are never rewritten. */
export function updateCommittee(s: Session, input: ParsedInputOf<'committees.update'>): Committee {
  return write(s, (tx) => {
    const { id, ...patch } = input;
    const { next, changes } = applyPatch(getCommittee(tx, id), patch);
    if (!changed(changes)) return next;
    if (changes.name) assertNameFree(tx, next.name, id);
    saveCommittee(tx.db, { ...next, updatedAt: nowIso(tx) });
    appendAudit(tx, 'committee.update', 'committee', id, changes);
    return getCommittee(tx, id);
  });
}
