import type { ActionItem, ActionStatus, Classification, Committee, MeetingRecord, Membership, Person, Quorum } from '../../shared/domain';

/** What the documents are made from: the builders' inputs, apart from the builders, so that the English and Arabic halves can share them. */

/** A change recorded after the minutes were approved (the `amendments` table). */
export interface MinutesAmendment {
  id: number;
  targetType: string;
  targetId: number;
  field: string;
  before: string | null;
  after: string | null;
  reason: string;
  author: string;
  createdAt: string;
}

export interface MinutesData {
  record: MeetingRecord;
  amendments: readonly MinutesAmendment[];
  /** Actions from earlier meetings reported under matters arising, with their status on `asOf`. */
  earlierActions: readonly ActionItem[];
  /** YYYY-MM-DD: the day the statuses of earlier actions are given for. */
  asOf: string;
}

/**
 * Everything the minutes say in words, for one language. The layout is shared, so the Arabic
 * minutes have exactly the sections, tables and markings of the English ones.
 */
export interface MinutesWords {
  title(record: MeetingRecord): string;
  subject(record: MeetingRecord): string;
  approvedOn(date: string): string;
  date(iso: string): string;
  weekdayDate(iso: string): string;
  time(iso: string): string;
  /** The classification in the particulars, and as the marking in header and footer. */
  classification(c: Classification): string;
  marking(c: Classification): string;
  /** The committee's line in header and footer. */
  committeeLine(c: Committee): string;
  draftMark: string;
  /** Between a name and a post, or a place and a field. */
  comma: string;
  fullName(p: Person): string;
  designation(p: Person): string;
  role(m: Membership): string;
  particulars: { date: string; opened: string; closed: string; venue: string; classification: string };
  headings: {
    attendance: string;
    present: string;
    represented: string;
    apologies: string;
    absent: string;
    inAttendance: string;
    opening: string;
    mattersArising: string;
    close: string;
    actionsSummary: string;
    signatures: string;
    annex: string;
  };
  representedBy(m: Membership, representative: string | null): string;
  noAttendance: string;
  quorum(q: Quorum): string;
  /** Paragraphs that open the meeting: who chaired, when it opened, the opening remarks. */
  opening(record: MeetingRecord, chair: Membership | undefined): string[];
  /** Paragraphs that close it: closing remarks and the time it closed. */
  closing(record: MeetingRecord): string[];
  statusAsAt(date: string): string;
  meetingRef(n: number): string;
  itemRef(n: number): string;
  overdue: string;
  actionStatus(s: ActionStatus): string;
  itemHeading(n: number, title: string): string;
  presentedBy(m: Membership): string;
  closedItem: string;
  paragraphNumber(item: number, paragraph: number): string;
  decisionNumber(number: string): string;
  resolved: string;
  columns: { item: string; meeting: string; action: string; owner: string; due: string; status: string };
  noDueDate: string;
  noActions: string;
  signature: { confirmed: string; chair: string; secretary: string; signature: string; name: string; position: string; date: string };
  annex: {
    intro: string;
    columns: { date: string; where: string; change: string; reason: string; by: string };
    before: string;
    after: string;
    empty: string;
    item(n: number): string;
    decision(number: string): string;
    actionUnder(n: number): string;
    meeting: string;
    attendanceOf(name: string): string;
    field(field: string): string;
    value(field: string, value: string): string;
  };
}

/**
 * What a press statement may draw on. The generator sees only this projection of the meeting,
 * so minutes text and closed items cannot reach a statement however the wording changes.
 */
export interface PublicMeetingView {
  committee: Pick<Committee, 'name' | 'shortName' | 'legalBasis'>;
  number: number;
  startsAt: string;
  venue: string | null;
  openingRemarks: string | null;
  closingRemarks: string | null;
  chair: Pick<Person, 'honorific' | 'name' | 'position' | 'organisation'> | null;
  secretaryPost: string | null;
  memberBodies: string[];
  items: { title: string; publicSummary: string | null; decisions: { number: string; text: string }[] }[];
}

export interface PressDraft {
  headline: string;
  /** Plain text; paragraphs separated by a blank line, as the secretary edits it. */
  body: string;
}
