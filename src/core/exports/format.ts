import type { ActionStatus, Classification, Committee, ImplementationStatus, MeetingRecord, Membership, Person, QuorumRule, Role } from '../../shared/domain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The calendar date as the secretary recorded it. Meeting times keep their own offset, so the
 * date is read from the string, never converted to the zone of the machine that exports.
 */
export function wallDate(iso: string): string {
  return iso.slice(0, 10);
}

/** "10:00" from "2026-03-15T10:00:00+03:00", in the meeting's own local time. */
export function wallTime(iso: string): string {
  return iso.slice(11, 16);
}

/** "15 March 2026". */
export function longDate(isoOrDate: string): string {
  const [y, m, d] = wallDate(isoOrDate).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Sunday". */
export function weekday(isoOrDate: string): string {
  const [y, m, d] = wallDate(isoOrDate).split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** "Sunday, 15 March 2026". */
export function weekdayDate(isoOrDate: string): string {
  return `${weekday(isoOrDate)}, ${longDate(isoOrDate)}`;
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${wallDate(to)}T00:00:00Z`) - Date.parse(`${wallDate(from)}T00:00:00Z`)) / 86_400_000);
}

/** "H.E. Dr. Salma Yusuf Al-Mannai". */
export function fullName(p: Pick<Person, 'honorific' | 'name'>): string {
  return p.honorific ? `${p.honorific} ${p.name}` : p.name;
}

/** Later mentions in a press statement: "H.E. Dr. Al-Mannai". */
export function shortName(p: Pick<Person, 'honorific' | 'name'>): string {
  const parts = p.name.trim().split(/\s+/);
  const surname = parts[parts.length - 1] ?? p.name;
  return p.honorific ? `${p.honorific} ${surname}` : p.name;
}

/** The member who holds a role: the active one, else whoever held it last. */
export function roleHolder(record: Pick<MeetingRecord, 'members'>, role: Role): Membership | undefined {
  return record.members.find((m) => m.role === role && m.active) ?? record.members.find((m) => m.role === role);
}

/** Position and organisation, without repeating an organisation the position already names. */
export function designation(p: Pick<Person, 'position' | 'organisation'>): string {
  const position = p.position?.trim() ?? '';
  const org = p.organisation?.trim() ?? '';
  if (!position) return org;
  if (!org || position.toLowerCase().includes(org.toLowerCase())) return position;
  return `${position}, ${org}`;
}

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const IMPLEMENTATION_LABEL: Record<ImplementationStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  implemented: 'Implemented',
  cancelled: 'Cancelled',
};

export const ROLE_LABEL: Record<Membership['role'], string> = {
  chair: 'Chair',
  'vice-chair': 'Vice-Chair',
  member: 'Member',
  secretary: 'Secretary',
  observer: 'Observer',
};

/** "the Higher Committee ..." without doubling an article the name already has. */
export function theCommittee(c: Pick<Committee, 'name'>): string {
  return /^the\s/i.test(c.name) ? c.name : `the ${c.name}`;
}

/** The full name with its short form defined at first mention: "... Health (HCOSH)". */
export function committeeFirstMention(c: Pick<Committee, 'name' | 'shortName'>): string {
  return c.shortName && c.shortName !== c.name ? `${theCommittee(c)} (${c.shortName})` : theCommittee(c);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Ends a user's sentence with a full stop unless it already ends in punctuation. */
export function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…:;"'”’)]$/.test(t) ? t : `${t}.`;
}

/** Remarks typed as a clause ("welcomed the members ...") continue the sentence before them. */
export function isClause(s: string): boolean {
  return /^\p{Ll}/u.test(s.trim());
}

export function quorumRuleText(rule: QuorumRule): string {
  if (rule === 'majority') return 'a majority of the voting members';
  if (rule === 'two-thirds') return 'two-thirds of the voting members';
  if (rule === 'all') return 'all of the voting members';
  return `at least ${rule.slice(4)} voting members`;
}

const CLASSIFICATION_RANK: Record<Classification, number> = { public: 0, internal: 1, restricted: 2, confidential: 3, secret: 4 };

/** A document gathering several meetings carries the highest of their markings. */
export function highestClassification(list: readonly Classification[], fallback: Classification = 'internal'): Classification {
  return list.reduce<Classification>((a, b) => (CLASSIFICATION_RANK[b] > CLASSIFICATION_RANK[a] ? b : a), list[0] ?? fallback);
}

