import type { Document, Paragraph, Table, TextRun } from 'docx';
import { VOTING_ROLES, type ActionItem, type AgendaItemRecord, type MeetingRecord, type Membership, type Role } from '../../shared/domain';
import { ALERT, Kit, MUTED, makeDocument, packDocument, requireSupportedLang, splitParagraphs, STYLE, TEXT_WIDTH, type DocLang } from './docxKit';
import {
  ACTION_STATUS_LABEL,
  capitalise,
  committeeFirstMention,
  designation,
  fullName,
  isClause,
  longDate,
  quorumRuleText,
  ROLE_LABEL,
  sentence,
  wallTime,
  weekdayDate,
} from './format';
import { ordinalNumber } from './ordinals';

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

export const DRAFT_MARK = 'DRAFT – subject to approval';

const PRESENT_ORDER: Record<Role, number> = { chair: 0, 'vice-chair': 1, member: 2, observer: 3, secretary: 4 };
const VOTING = new Set<Role>(VOTING_ROLES);

export function minutesTitle(record: MeetingRecord): string {
  return `Minutes of the ${ordinalNumber(record.meeting.number)} Meeting of ${committeeFirstMention(record.committee)}`;
}

export function minutesDocument(data: MinutesData, lang: DocLang = 'en'): Document {
  requireSupportedLang(lang);
  const k = new Kit(lang);
  const { record } = data;
  const { committee, meeting } = record;
  const approved = meeting.status === 'approved';
  const classification = meeting.classification.toUpperCase();
  const byPerson = new Map(record.members.map((m) => [m.personId, m]));
  const agenda = [...record.agenda].sort((a, b) => a.position - b.position);
  const itemNumber = new Map(agenda.map((a, i) => [a.id, i + 1]));

  const children: (Paragraph | Table)[] = [k.para(minutesTitle(record), { heading: 'title' })];
  if (approved && meeting.approvedAt)
    children.push(k.para(`Approved as a correct record on ${longDate(meeting.approvedAt)}.`, { style: STYLE.meta, centered: true }));

  const particulars: [string, string][] = [
    ['Date', weekdayDate(meeting.startsAt)],
    ['Opened', wallTime(meeting.startsAt)],
  ];
  if (meeting.endsAt) particulars.push(['Closed', wallTime(meeting.endsAt)]);
  if (meeting.venue) particulars.push(['Venue', meeting.venue]);
  particulars.push(['Classification', capitalise(meeting.classification)]);
  children.push(k.particulars(particulars));

  children.push(...attendanceSection(k, record, byPerson));
  children.push(k.para(quorumStatement(record), { spacingBefore: 160 }));

  children.push(k.para('Opening of the meeting', { heading: 'h1' }));
  children.push(...openingParagraphs(k, record));

  if (data.earlierActions.length > 0) children.push(...earlierActionsSection(k, data, byPerson));

  agenda.forEach((item, i) => children.push(...agendaItemSection(k, item, i + 1, byPerson)));

  children.push(k.para('Close of the meeting', { heading: 'h1' }));
  if (meeting.closingRemarks?.trim()) {
    const remarks = meeting.closingRemarks.trim();
    children.push(k.para(isClause(remarks) ? sentence(`In closing, the Chair ${remarks}`) : sentence(remarks)));
  }
  children.push(
    k.para(meeting.endsAt ? `There being no further business, the meeting closed at ${wallTime(meeting.endsAt)}.` : 'There being no further business, the meeting closed.'),
  );

  const allActions = agenda.flatMap((a) => a.actions.map((action) => ({ action, item: itemNumber.get(a.id)! })));
  children.push(k.para('Summary of actions', { heading: 'h1' }));
  if (allActions.length === 0) children.push(k.para('No actions were assigned at this meeting.'));
  else
    children.push(
      k.table(
        [
          { title: 'Item', share: 0.08 },
          { title: 'Action', share: 0.5 },
          { title: 'Owner', share: 0.26 },
          { title: 'Due by', share: 0.16 },
        ],
        allActions.map(({ action, item }) => [String(item), action.description, ownerCell(k, action, byPerson), dueText(action)]),
      ),
    );

  children.push(...signatureBlock(k, record));
  if (!approved) children.push(k.para(DRAFT_MARK, { style: STYLE.marking, spacingBefore: 240 }));

  if (data.amendments.length > 0) children.push(...amendmentsAnnex(k, data, itemNumber));

  const headerLines = [
    { text: classification, bold: true, color: ALERT },
    { text: committee.name.toUpperCase() },
    ...(approved ? [] : [{ text: DRAFT_MARK, bold: true, color: ALERT }]),
  ];
  const footerLines = [
    ...(approved ? [] : [{ text: DRAFT_MARK, bold: true, color: ALERT }]),
    { text: `${committee.name.toUpperCase()} — ${classification}`, bold: true },
  ];
  return makeDocument({
    title: minutesTitle(record),
    subject: `Minutes, ${longDate(meeting.startsAt)}`,
    date: meeting.updatedAt,
    header: k.header(headerLines),
    footer: k.footer(footerLines),
    children,
  });
}

export async function buildMinutesDocx(data: MinutesData, options: { lang?: DocLang } = {}): Promise<Uint8Array> {
  return packDocument(minutesDocument(data, options.lang ?? 'en'), data.record.meeting.updatedAt);
}

function roleHolder(record: MeetingRecord, role: Role): Membership | undefined {
  return record.members.find((m) => m.role === role && m.active) ?? record.members.find((m) => m.role === role);
}

function personLine(k: Kit, m: Membership, extra?: string): Paragraph {
  const runs: TextRun[] = [...k.runs(fullName(m.person), { bold: true })];
  const post = designation(m.person);
  if (post) runs.push(...k.runs(`, ${post}`));
  if (m.role !== 'member') runs.push(...k.runs(` (${ROLE_LABEL[m.role]})`, { italics: true }));
  if (extra) runs.push(...k.runs(extra));
  return k.para(runs, { spacingAfter: 60 });
}

function attendanceSection(k: Kit, record: MeetingRecord, byPerson: Map<number, Membership>): Paragraph[] {
  const entries = record.attendance
    .map((a) => ({ a, m: byPerson.get(a.personId) }))
    .filter((e): e is { a: (typeof record.attendance)[number]; m: Membership } => !!e.m)
    .sort((x, y) => PRESENT_ORDER[x.m.role] - PRESENT_ORDER[y.m.role]);
  const present = entries.filter((e) => e.a.status === 'present' && VOTING.has(e.m.role));
  const represented = entries.filter((e) => e.a.status === 'represented');
  const apologies = entries.filter((e) => e.a.status === 'apologies');
  const absent = entries.filter((e) => e.a.status === 'absent');
  // Non-members sit "in attendance", the secretary last, as minute-taking guidance has it.
  const inAttendance = entries.filter((e) => e.a.status === 'present' && !VOTING.has(e.m.role));

  const out: Paragraph[] = [k.para('Attendance', { heading: 'h1' })];
  const list = (title: string, rows: typeof entries, line: (e: (typeof entries)[number]) => Paragraph) => {
    if (rows.length === 0) return;
    out.push(k.para(title, { heading: 'h2' }), ...rows.map(line));
  };
  list('Present', present, (e) => personLine(k, e.m));
  list('Represented', represented, (e) =>
    personLine(k, e.m, e.a.representedBy ? ` — represented by ${e.a.representedBy}` : ' — represented'),
  );
  list('Apologies', apologies, (e) => personLine(k, e.m));
  list('Absent', absent, (e) => personLine(k, e.m));
  list('In attendance', inAttendance, (e) => personLine(k, e.m));
  if (entries.length === 0) out.push(k.para('Attendance was not recorded for this meeting.'));
  return out;
}

export function quorumStatement(record: MeetingRecord): string {
  const q = record.quorum;
  const counted = `${q.counted} of the ${q.eligible} voting members ${q.counted === 1 ? 'was' : 'were'} present or represented`;
  const need = `${q.required} required (${quorumRuleText(q.rule)})`;
  return q.met
    ? `Quorum: the meeting was quorate; ${counted}, with ${need}.`
    : `Quorum: the meeting was not quorate; only ${counted}, with ${need}. Decisions recorded below are subject to confirmation at a quorate meeting.`;
}

function openingParagraphs(k: Kit, record: MeetingRecord): Paragraph[] {
  const { meeting } = record;
  const chair = roleHolder(record, 'chair');
  const chairIntro = chair ? `The meeting was chaired by ${fullName(chair.person)}${designation(chair.person) ? `, ${designation(chair.person)}` : ''}.` : '';
  const at = wallTime(meeting.startsAt);
  const remarks = meeting.openingRemarks?.trim();
  const out: Paragraph[] = [];
  if (chairIntro) out.push(k.para(chairIntro));
  if (remarks && isClause(remarks)) out.push(k.para(sentence(`Opening the meeting at ${at}, the Chair ${remarks}`)));
  else {
    out.push(k.para(`The Chair opened the meeting at ${at}.`));
    if (remarks) out.push(...k.paragraphs(remarks));
  }
  return out;
}

function earlierActionsSection(k: Kit, data: MinutesData, byPerson: Map<number, Membership>): (Paragraph | Table)[] {
  return [
    k.para('Matters arising: actions from earlier meetings', { heading: 'h1' }),
    k.para(`Status as at ${longDate(data.asOf)}.`, { style: STYLE.meta }),
    k.table(
      [
        { title: 'Meeting', share: 0.1 },
        { title: 'Action', share: 0.42 },
        { title: 'Owner', share: 0.22 },
        { title: 'Due by', share: 0.13 },
        { title: 'Status', share: 0.13 },
      ],
      data.earlierActions.map((a) => [
        ordinalNumber(a.meetingNumber),
        a.description,
        ownerCell(k, a, byPerson),
        dueText(a),
        a.overdue ? [...k.runs('Overdue', { style: STYLE.overdue })] : ACTION_STATUS_LABEL[a.status],
      ]),
    ),
  ];
}

function agendaItemSection(k: Kit, item: AgendaItemRecord, n: number, byPerson: Map<number, Membership>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [k.para(`${n}. ${item.title}`, { heading: 'h1' })];
  const presenter = item.presenterId != null ? byPerson.get(item.presenterId) : undefined;
  const meta: string[] = [];
  if (presenter) meta.push(`Presented by ${fullName(presenter.person)}${designation(presenter.person) ? `, ${designation(presenter.person)}` : ''}.`);
  if (!item.isPublic) meta.push('Closed item: not for publication.');
  if (meta.length) out.push(k.para(meta.join(' '), { style: STYLE.meta }));

  splitParagraphs(item.minutes).forEach((block, i) => {
    out.push(k.para([...k.runs(`${n}.${i + 1}\t`), ...k.runs(block)], { style: STYLE.numbered }));
  });

  for (const d of item.decisions) {
    out.push(
      k.para(
        [
          ...k.runs(`Decision ${d.number}`, { style: STYLE.decisionNumber }),
          ...k.runs('\n'),
          ...k.runs('RESOLVED: ', { bold: true }),
          ...k.runs(d.text),
        ],
        { style: STYLE.decision },
      ),
    );
  }

  if (item.actions.length > 0)
    out.push(
      k.table(
        [
          { title: 'Action', share: 0.58 },
          { title: 'Owner', share: 0.26 },
          { title: 'Due by', share: 0.16 },
        ],
        item.actions.map((a) => [a.description, ownerCell(k, a, byPerson), dueText(a)]),
      ),
    );
  return out;
}

function ownerCell(k: Kit, a: ActionItem, byPerson: Map<number, Membership>): TextRun[] {
  const m = a.ownerPersonId != null ? byPerson.get(a.ownerPersonId) : undefined;
  const post = m ? designation(m.person) : '';
  const runs = k.runs(m ? fullName(m.person) : a.ownerName);
  if (post) runs.push(...k.runs(`\n${post}`, { color: MUTED }));
  return runs;
}

function dueText(a: ActionItem): string {
  return a.dueDate ? longDate(a.dueDate) : 'No date set';
}

function signatureBlock(k: Kit, record: MeetingRecord): (Paragraph | Table)[] {
  const chair = roleHolder(record, 'chair');
  const secretary = roleHolder(record, 'secretary');
  const { meeting } = record;
  const dated = meeting.status === 'approved' && meeting.approvedAt ? longDate(meeting.approvedAt) : '______________________';
  const block = (role: string, m: Membership | undefined): Paragraph[] => [
    k.para([...k.runs(role, { bold: true })], { style: STYLE.tableText, spacingAfter: 480 }),
    k.para('Signature: ______________________', { style: STYLE.tableText, spacingAfter: 120 }),
    k.para(m ? fullName(m.person) : 'Name: ______________________', { style: STYLE.tableText }),
    k.para(m ? designation(m.person) || ROLE_LABEL[m.role] : 'Position: ______________________', { style: STYLE.tableText }),
    k.para(`Date: ${dated}`, { style: STYLE.tableText, spacingBefore: 120 }),
  ];
  const half = TEXT_WIDTH.portrait / 2;
  return [
    k.para('Signatures', { heading: 'h1' }),
    k.para('Confirmed as a correct record of the meeting.'),
    k.borderless([[block('Chair', chair), block('Secretary', secretary)]], [half, half]),
  ];
}

const FIELD_LABEL: Record<string, string> = {
  minutes: 'minutes text',
  publicSummary: 'public summary',
  public_summary: 'public summary',
  title: 'title',
  text: 'text',
  description: 'description',
  openingRemarks: 'opening remarks',
  opening_remarks: 'opening remarks',
  closingRemarks: 'closing remarks',
  closing_remarks: 'closing remarks',
  venue: 'venue',
};

function amendmentsAnnex(k: Kit, data: MinutesData, itemNumber: Map<number, number>): (Paragraph | Table)[] {
  const { record } = data;
  const decisions = new Map(record.agenda.flatMap((a) => a.decisions.map((d) => [d.id, d.number] as const)));
  const actions = new Map(record.agenda.flatMap((a) => a.actions.map((x) => [x.id, itemNumber.get(a.id)] as const)));
  const where = (am: MinutesAmendment): string => {
    const field = FIELD_LABEL[am.field] ?? am.field.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    const target =
      am.targetType === 'agenda_item' && itemNumber.has(am.targetId)
        ? `Item ${itemNumber.get(am.targetId)}`
        : am.targetType === 'decision' && decisions.has(am.targetId)
          ? `Decision ${decisions.get(am.targetId)}`
          : am.targetType === 'action' && actions.has(am.targetId)
            ? `Action under item ${actions.get(am.targetId)}`
            : am.targetType === 'meeting'
              ? 'Meeting'
              : `${am.targetType.replace(/_/g, ' ')} ${am.targetId}`;
    return `${target}, ${field}`;
  };
  const change = (am: MinutesAmendment): Paragraph[] => [
    k.para([...k.runs('Before: ', { bold: true }), ...k.runs(am.before ?? '(empty)')], { style: STYLE.tableText }),
    k.para([...k.runs('After: ', { bold: true }), ...k.runs(am.after ?? '(empty)')], { style: STYLE.tableText }),
  ];
  return [
    k.para('Annex A: Amendments recorded after approval', { heading: 'h1', pageBreakBefore: true }),
    k.para('Approved minutes are not edited silently. Each change made after approval is listed here with its reason.'),
    k.table(
      [
        { title: 'Date', share: 0.13 },
        { title: 'Where', share: 0.17 },
        { title: 'Change', share: 0.4 },
        { title: 'Reason', share: 0.18 },
        { title: 'By', share: 0.12 },
      ],
      data.amendments.map((am) => [longDate(am.createdAt), where(am), change(am), am.reason, am.author]),
    ),
  ];
}
