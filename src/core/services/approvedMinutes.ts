import { createHash } from 'node:crypto';
import { approvedMinutesOf, insertApprovedMinutes } from '../db/approvedMinutes';
import { amendmentsOfMeeting } from '../db/amendments';
import { withAmendments, type ApprovedMinutes } from '../domain/approvedMinutes';
import { AppError } from '../errors';
import { nowIso, type Session, type WriteSession } from '../session';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Keeps the minutes as they stand; returns the SHA-256 of what was kept, for the audit trail. */
export function freezeMinutes(tx: WriteSession, minutes: ApprovedMinutes): string {
  const content = JSON.stringify(minutes);
  const digest = sha256(content);
  insertApprovedMinutes(tx.db, { meetingId: minutes.record.meeting.id, content, sha256: digest, frozenAt: nowIso(tx), frozenBy: tx.actor });
  return digest;
}

/**
 * The approved minutes of a meeting with their amendments, or null while it is not approved.
 * The stored text must still have the digest recorded with it: an edit outside the app is refused.
 */
export function approvedMinutes(s: Session, meetingId: number): ApprovedMinutes | null {
  const stored = approvedMinutesOf(s.db, meetingId);
  if (!stored) return null;
  if (sha256(stored.content) !== stored.sha256)
    throw new AppError(
      'VAULT_DAMAGED',
      `The approved minutes of meeting ${meetingId} were altered outside Secretariat: they no longer match the digest recorded at approval. Restore a backup.`,
    );
  return withAmendments(JSON.parse(stored.content) as ApprovedMinutes, amendmentsOfMeeting(s.db, meetingId));
}
