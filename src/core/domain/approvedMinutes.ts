import type { Amendment } from '../../shared/api/amendments';
import { ATTENDANCE_STATUSES, type ActionItem, type AttendanceStatus, type MeetingRecord } from '../../shared/domain';
import { computeQuorum } from './quorum';

/**
 * Approved minutes as they stood when the chair approved them: the record with the names,
 * posts, organisations, roles, quorum and statuses of that day, in both languages, and the
 * earlier actions reported under matters arising with their statuses on that day. Kept as JSON
 * whose SHA-256 is in the audit trail; views and exports add the recorded amendments to it.
 */
export interface ApprovedMinutes {
  version: 1;
  record: MeetingRecord;
  earlierActions: ActionItem[];
  /** YYYY-MM-DD: the day the statuses are given for. */
  asOf: string;
}

/** How an attendance amendment is written: present, apologies, absent, or "represented by NAME". */
export function parseAttendanceText(text: string): { status: AttendanceStatus; representedBy: string | null } | null {
  const trimmed = text.trim();
  const represented = /^represented by\s+(\S.*)$/i.exec(trimmed);
  if (represented) return { status: 'represented', representedBy: represented[1]! };
  const status = ATTENDANCE_STATUSES.find((s) => s === trimmed.toLowerCase());
  return status && status !== 'represented' ? { status, representedBy: null } : null;
}

/** The approved minutes with their amendments, in the order they were made: what a view or an export shows. */
export function withAmendments(minutes: ApprovedMinutes, amendments: readonly Amendment[]): ApprovedMinutes {
  const record = structuredClone(minutes.record);
  const set = (target: object, field: string, value: string | null) => Object.assign(target, { [field]: value });
  for (const a of amendments) {
    switch (a.targetType) {
      case 'meeting':
        set(record.meeting, a.field, a.after);
        break;
      case 'agenda_item': {
        const item = record.agenda.find((i) => i.id === a.targetId);
        if (item) set(item, a.field, a.after);
        break;
      }
      case 'decision':
        for (const item of record.agenda) for (const d of item.decisions) if (d.id === a.targetId) set(d, a.field, a.after);
        break;
      case 'action':
        for (const item of record.agenda) for (const x of item.actions) if (x.id === a.targetId) set(x, a.field, a.after);
        break;
      case 'attendance': {
        const entry = a.after === null ? null : parseAttendanceText(a.after);
        record.attendance = record.attendance.filter((e) => e.personId !== a.targetId);
        if (entry) record.attendance.push({ personId: a.targetId, ...entry });
        record.quorum = computeQuorum(record.committee.quorumRule, record.members, record.attendance);
        break;
      }
    }
  }
  return { ...minutes, record };
}
