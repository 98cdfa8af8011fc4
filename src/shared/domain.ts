/** Records as they cross the contract. Dates are ISO strings; ids are integers. */

export const ROLES = ['chair', 'vice-chair', 'member', 'secretary', 'observer'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that count towards quorum. */
export const VOTING_ROLES: readonly Role[] = ['chair', 'vice-chair', 'member'];

export const CLASSIFICATIONS = ['public', 'internal', 'restricted', 'confidential', 'secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const MEETING_STATUSES = ['draft', 'in_review', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ATTENDANCE_STATUSES = ['present', 'apologies', 'absent', 'represented'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const IMPLEMENTATION_STATUSES = ['pending', 'in_progress', 'implemented', 'cancelled'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/** 'majority' of voting members, 'two-thirds', 'all', or an absolute minimum like 'min:5'. */
export type QuorumRule = 'majority' | 'two-thirds' | 'all' | `min:${number}`;

export interface Committee {
  id: number;
  name: string;
  nameAr: string | null;
  shortName: string | null;
  legalBasis: string | null;
  legalBasisAr: string | null;
  decisionNumberPattern: string;
  quorumRule: QuorumRule;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Person {
  id: number;
  honorific: string | null;
  honorificAr: string | null;
  name: string;
  nameAr: string | null;
  position: string | null;
  positionAr: string | null;
  organisation: string | null;
  organisationAr: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Membership {
  id: number;
  committeeId: number;
  personId: number;
  role: Role;
  active: boolean;
  person: Person;
}

export interface Meeting {
  id: number;
  committeeId: number;
  number: number;
  startsAt: string;
  endsAt: string | null;
  venue: string | null;
  venueAr: string | null;
  classification: Classification;
  status: MeetingStatus;
  openingRemarks: string | null;
  openingRemarksAr: string | null;
  closingRemarks: string | null;
  closingRemarksAr: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingSummary {
  id: number;
  committeeId: number;
  committeeName: string;
  number: number;
  startsAt: string;
  status: MeetingStatus;
  classification: Classification;
  decisionCount: number;
  openActionCount: number;
}

export interface AttendanceEntry {
  personId: number;
  status: AttendanceStatus;
  representedBy: string | null;
}

export interface Quorum {
  rule: QuorumRule;
  /** Voting members on the roster when the meeting is held. */
  eligible: number;
  /** Voting members present or represented. */
  counted: number;
  required: number;
  met: boolean;
}

export interface AgendaItem {
  id: number;
  meetingId: number;
  position: number;
  title: string;
  titleAr: string | null;
  presenterId: number | null;
  minutes: string | null;
  minutesAr: string | null;
  publicSummary: string | null;
  publicSummaryAr: string | null;
  isPublic: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Decision {
  id: number;
  meetingId: number;
  agendaItemId: number;
  number: string;
  text: string;
  textAr: string | null;
  implementationStatus: ImplementationStatus;
  createdAt: string;
  updatedAt: string;
}

export interface ProgressNote {
  id: number;
  actionId: number;
  date: string;
  text: string;
  author: string;
  createdAt: string;
}

export interface ActionItem {
  id: number;
  meetingId: number;
  committeeId: number;
  meetingNumber: number;
  agendaItemId: number | null;
  decisionId: number | null;
  description: string;
  descriptionAr: string | null;
  ownerPersonId: number | null;
  ownerBody: string | null;
  /** The person's name or the named body, for display and filtering. */
  ownerName: string;
  dueDate: string | null;
  status: ActionStatus;
  /** Derived: open or in progress with a due date before today. */
  overdue: boolean;
  latestNote: ProgressNote | null;
  createdAt: string;
  updatedAt: string;
}

/** A decision listed with the meeting it was taken at, outside that meeting's own record. */
export interface ArisingDecision extends Decision {
  committeeId: number;
  meetingNumber: number;
}

/**
 * The originals a "Matters arising" item follows up, read live: progress recorded on them
 * (action notes and status, implementation status) is what this item shows.
 */
export interface MattersArising {
  actions: ActionItem[];
  decisions: ArisingDecision[];
}

export interface AgendaItemRecord extends AgendaItem {
  decisions: Decision[];
  actions: ActionItem[];
  /**
   * Only on a "Matters arising" item: how many originals it follows up. The originals are read
   * apart (`arising.of`) when the item is shown: a committee with a backlog links hundreds,
   * and the editor re-reads its record after every autosave.
   */
  arisingCount?: { actions: number; decisions: number };
}

/** Everything the meeting editor and the exports need, in one read. */
export interface MeetingRecord {
  committee: Committee;
  meeting: Meeting;
  members: Membership[];
  attendance: AttendanceEntry[];
  quorum: Quorum;
  agenda: AgendaItemRecord[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  detail: unknown;
}

export interface VaultStatus {
  state: 'no-vault' | 'locked' | 'unlocked';
  path: string | null;
  exists: boolean;
  actor: string | null;
}
