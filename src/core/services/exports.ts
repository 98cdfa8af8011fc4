import type { ParsedInputOf } from '../../shared/api';
import type { Committee, MeetingSummary } from '../../shared/domain';
import { decisionActionLinks, listActionItems } from '../db/actions';
import { decisionsOfMeetings } from '../db/decisions';
import { amendmentsOfMeeting } from '../db/amendments';
import { AppError } from '../errors';
import { buildActionReportDocx } from '../exports/actionReportDocx';
import { buildDecisionRegisterDocx, type RegisterEntry } from '../exports/decisionRegisterDocx';
import type { DocLang } from '../exports/docxKit';
import { fileNameOf } from '../../shared/fileNames';
import { highestClassification, wallDate } from '../exports/format';
import { buildMinutesDocx } from '../exports/minutesDocx';
import { ordinalNumber } from '../exports/ordinals';
import { buildPressStatementDocx } from '../exports/pressStatementDocx';
import { readTogether, today, type Session } from '../session';
import { earlierActionsFor, listActions } from './actions';
import { approvedMinutes } from './approvedMinutes';
import { getCommittee, listCommittees } from './committees';
import { getMeeting, getMeetingRecord, listMeetings } from './meetings';
import { getPressStatement } from './press';

export interface ExportedDocument {
  fileName: string;
  bytes: Uint8Array;
}

function committeeTag(c: Pick<Committee, 'name' | 'shortName'>): string {
  return c.shortName?.trim() || c.name;
}

export async function exportMinutes(s: Session, meetingId: number, lang: DocLang = 'en'): Promise<ExportedDocument> {
  const minutes = getMeeting(s, meetingId).status === 'approved' ? approvedMinutes(s, meetingId)! : null;
  const record = minutes?.record ?? getMeetingRecord(s, meetingId);
  const bytes = await buildMinutesDocx(
    {
      record,
      amendments: amendmentsOfMeeting(s.db, meetingId),
      earlierActions: minutes?.earlierActions ?? earlierActionsFor(s, record.meeting),
      asOf: minutes?.asOf ?? today(s),
    },
    { lang },
  );
  const { meeting, committee } = record;
  const draft = meeting.status === 'approved' ? '' : ' DRAFT';
  return {
    fileName: fileNameOf(`${committeeTag(committee)} Minutes ${ordinalNumber(meeting.number)} Meeting ${wallDate(meeting.startsAt)}${draft}${langTag(lang)}`, 'docx'),
    bytes,
  };
}

/** An Arabic file sits beside the English one without replacing it. */
const langTag = (lang: DocLang) => (lang === 'ar' ? ' AR' : '');

export async function exportPressStatement(s: Session, meetingId: number, lang: DocLang = 'en'): Promise<ExportedDocument> {
  const meeting = getMeeting(s, meetingId);
  const committee = getCommittee(s, meeting.committeeId);
  const statement = getPressStatement(s, meetingId, lang);
  const bytes = await buildPressStatementDocx(
    {
      committee,
      releaseDate: statement.status === 'approved' && statement.approvedAt ? statement.approvedAt : meeting.startsAt,
      headline: statement.headline,
      body: statement.body,
      status: statement.status,
      updatedAt: statement.updatedAt ?? meeting.updatedAt,
    },
    { lang },
  );
  const draft = statement.status === 'approved' ? '' : ' DRAFT';
  return { fileName: fileNameOf(`${committeeTag(committee)} Press Statement ${wallDate(meeting.startsAt)}${draft}${langTag(lang)}`, 'docx'), bytes };
}

/** The committee a register or report is about when the caller did not say. */
function onlyCommittee(s: Session): Committee {
  const all = listCommittees(s, { includeInactive: true });
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new AppError('NOT_FOUND', 'This vault has no committees yet, so there is nothing to export.');
  throw new AppError('VALIDATION', `This vault has ${all.length} committees: choose the one to export.`, [
    { path: 'committeeId', message: 'Choose a committee.' },
  ]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * The decisions of the given meetings with their linked actions, in the order of the meetings
 * given, then as the minutes list them (agenda position, then the order taken). Read in three
 * queries, in one transaction so that they agree; a meeting record each read far more (the
 * attendance, every agenda item, the matters arising).
 */
function registerEntries(s: Session, meetings: readonly MeetingSummary[]): RegisterEntry[] {
  return readTogether(s, () => {
    const meetingIds = meetings.map((m) => m.id);
    const decisions = decisionsOfMeetings(s.db, meetingIds);
    const links = decisionActionLinks(s.db, meetingIds);
    const listed = new Map(listActionItems(s.db, { ids: links.map((l) => l.id) }, today(s)).map((a) => [a.id, a]));
    const actionsOf = groupBy(links, (l) => l.decisionId);
    const decisionsOf = groupBy(decisions, (d) => d.meetingId);
    return meetings.flatMap((meeting) =>
      (decisionsOf.get(meeting.id) ?? []).map((decision) => ({
        decision,
        meeting,
        actions: (actionsOf.get(decision.id) ?? []).map((l) => listed.get(l.id)!),
      })),
    );
  });
}

export async function exportDecisionRegister(s: Session, input: ParsedInputOf<'exports.decisions'>): Promise<ExportedDocument> {
  const meeting = input.meetingId !== undefined ? getMeeting(s, input.meetingId) : undefined;
  if (meeting && input.committeeId !== undefined && meeting.committeeId !== input.committeeId)
    throw new AppError('VALIDATION', `Meeting ${meeting.number} belongs to another committee.`, [
      { path: 'meetingId', message: 'This meeting belongs to another committee.' },
    ]);
  const committeeId = meeting?.committeeId ?? input.committeeId;
  const committee = committeeId !== undefined ? getCommittee(s, committeeId) : onlyCommittee(s);

  const meetings = listMeetings(s, { committeeId: committee.id })
    .filter((m) => (meeting ? m.id === meeting.id : true))
    .filter((m) => (input.from === undefined || wallDate(m.startsAt) >= input.from) && (input.to === undefined || wallDate(m.startsAt) <= input.to))
    .sort((a, b) => wallDate(a.startsAt).localeCompare(wallDate(b.startsAt)) || a.number - b.number);

  const entries = registerEntries(s, meetings);
  const asOf = today(s);
  const bytes = await buildDecisionRegisterDocx({
    committee,
    scope: { meeting: meeting ?? undefined, from: input.from, to: input.to },
    entries,
    classification: highestClassification(meetings.map((m) => m.classification)),
    asOf,
  });
  const scope = meeting
    ? `${ordinalNumber(meeting.number)} Meeting`
    : [input.from && `from ${input.from}`, input.to && `to ${input.to}`].filter(Boolean).join(' ') || `as at ${asOf}`;
  return { fileName: fileNameOf(`${committeeTag(committee)} Decision Register ${scope}`, 'docx'), bytes };
}

export async function exportActionReport(s: Session, input: ParsedInputOf<'exports.actions'>): Promise<ExportedDocument> {
  const all = listCommittees(s, { includeInactive: true });
  const committee = input.committeeId !== undefined ? getCommittee(s, input.committeeId) : all.length === 1 ? all[0]! : null;
  const actions = listActions(s, { status: 'active', sort: 'due', ...(committee ? { committeeId: committee.id } : {}) });
  const classificationOf = new Map(listMeetings(s, committee ? { committeeId: committee.id } : {}).map((m) => [m.id, m.classification]));
  const asOf = today(s);
  const bytes = await buildActionReportDocx({
    committee,
    committeeNames: new Map(all.map((c) => [c.id, committeeTag(c)])),
    actions,
    classification: highestClassification(actions.map((a) => classificationOf.get(a.meetingId) ?? 'internal')),
    asOf,
  });
  return { fileName: fileNameOf(`${committee ? committeeTag(committee) : 'All Committees'} Action Report ${asOf}`, 'docx'), bytes };
}
