import type { Document, Paragraph, Table, TextRun } from 'docx';
import { VOTING_ROLES, type ActionItem, type AgendaItemRecord, type MeetingRecord, type Membership, type Role } from '../../shared/domain';
import { arabicMinutesData } from './arabicFields';
import { ALERT, Kit, MUTED, makeDocument, packDocument, splitParagraphs, STYLE, TEXT_WIDTH, type DocLang } from './docxKit';
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
  roleHolder,
  sentence,
  wallTime,
  weekdayDate,
} from './format';
import { ARABIC_MINUTES } from './minutesArabic';
import type { MinutesAmendment, MinutesData, MinutesWords } from './model';
import { ordinalNumber } from './ordinals';

export const DRAFT_MARK = 'DRAFT – subject to approval';

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

export function minutesTitle(record: MeetingRecord): string {
  return `Minutes of the ${ordinalNumber(record.meeting.number)} Meeting of ${committeeFirstMention(record.committee)}`;
}

const ENGLISH: MinutesWords = {
  title: minutesTitle,
  subject: (record) => `Minutes, ${longDate(record.meeting.startsAt)}`,
  approvedOn: (date) => `Approved as a correct record on ${longDate(date)}.`,
  date: longDate,
  weekdayDate,
  time: wallTime,
  classification: capitalise,
  marking: (c) => c.toUpperCase(),
  committeeLine: (c) => c.name.toUpperCase(),
  draftMark: DRAFT_MARK,
  comma: ', ',
  fullName,
  designation,
  role: (m) => ROLE_LABEL[m.role],
  particulars: { date: 'Date', opened: 'Opened', closed: 'Closed', venue: 'Venue', classification: 'Classification' },
  headings: {
    attendance: 'Attendance',
    present: 'Present',
    represented: 'Represented',
    apologies: 'Apologies',
    absent: 'Absent',
    inAttendance: 'In attendance',
    opening: 'Opening of the meeting',
    mattersArising: 'Matters arising: actions from earlier meetings',
    close: 'Close of the meeting',
    actionsSummary: 'Summary of actions',
    signatures: 'Signatures',
    annex: 'Annex A: Amendments recorded after approval',
  },
  representedBy: (_m, representative) => (representative ? ` — represented by ${representative}` : ' — represented'),
  noAttendance: 'Attendance was not recorded for this meeting.',
  quorum(q) {
    const counted = `${q.counted} of the ${q.eligible} voting members ${q.counted === 1 ? 'was' : 'were'} present or represented`;
    const need = `${q.required} required (${quorumRuleText(q.rule)})`;
    return q.met
      ? `Quorum: the meeting was quorate; ${counted}, with ${need}.`
      : `Quorum: the meeting was not quorate; only ${counted}, with ${need}. Decisions recorded below are subject to confirmation at a quorate meeting.`;
  },
  opening(record, chair) {
    const { meeting } = record;
    const at = wallTime(meeting.startsAt);
    const remarks = meeting.openingRemarks?.trim();
    const out: string[] = [];
    if (chair) out.push(`The meeting was chaired by ${fullName(chair.person)}${designation(chair.person) ? `, ${designation(chair.person)}` : ''}.`);
    if (remarks && isClause(remarks)) out.push(sentence(`Opening the meeting at ${at}, the Chair ${remarks}`));
    else {
      out.push(`The Chair opened the meeting at ${at}.`);
      out.push(...splitParagraphs(remarks));
    }
    return out;
  },
  closing(record) {
    const { meeting } = record;
    const remarks = meeting.closingRemarks?.trim();
    const out: string[] = [];
    if (remarks) out.push(isClause(remarks) ? sentence(`In closing, the Chair ${remarks}`) : sentence(remarks));
    out.push(meeting.endsAt ? `There being no further business, the meeting closed at ${wallTime(meeting.endsAt)}.` : 'There being no further business, the meeting closed.');
    return out;
  },
  statusAsAt: (date) => `Status as at ${longDate(date)}.`,
  meetingRef: ordinalNumber,
  itemRef: String,
  overdue: 'Overdue',
  actionStatus: (s) => ACTION_STATUS_LABEL[s],
  itemHeading: (n, title) => `${n}. ${title}`,
  presentedBy: (m) => `Presented by ${fullName(m.person)}${designation(m.person) ? `, ${designation(m.person)}` : ''}.`,
  closedItem: 'Closed item: not for publication.',
  paragraphNumber: (item, paragraph) => `${item}.${paragraph}`,
  decisionNumber: (number) => `Decision ${number}`,
  resolved: 'RESOLVED: ',
  columns: { item: 'Item', meeting: 'Meeting', action: 'Action', owner: 'Owner', due: 'Due by', status: 'Status' },
  noDueDate: 'No date set',
  noActions: 'No actions were assigned at this meeting.',
  signature: {
    confirmed: 'Confirmed as a correct record of the meeting.',
    chair: 'Chair',
    secretary: 'Secretary',
    signature: 'Signature',
    name: 'Name',
    position: 'Position',
    date: 'Date',
  },
  annex: {
    intro: 'Approved minutes are not edited silently. Each change made after approval is listed here with its reason.',
    columns: { date: 'Date', where: 'Where', change: 'Change', reason: 'Reason', by: 'By' },
    before: 'Before: ',
    after: 'After: ',
    empty: '(empty)',
    item: (n) => `Item ${n}`,
    decision: (number) => `Decision ${number}`,
    actionUnder: (n) => `Action under item ${n}`,
    meeting: 'Meeting',
    attendanceOf: (name) => `Attendance of ${name}`,
    field: (field) => FIELD_LABEL[field] ?? field.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(),
    value: (_field, value) => value,
  },
};

const PRESENT_ORDER: Record<Role, number> = { chair: 0, 'vice-chair': 1, member: 2, observer: 3, secretary: 4 };
const VOTING = new Set<Role>(VOTING_ROLES);
const BLANK = '______________________';

/**
 * Minutes in English or Arabic. Arabic minutes are made from the Arabic fields alone: a missing
 * one refuses the export with the list (see arabicFields), never falls back to the English.
 */
export function minutesDocument(data: MinutesData, lang: DocLang = 'en'): Document {
  const w = lang === 'ar' ? ARABIC_MINUTES : ENGLISH;
  const local = lang === 'ar' ? arabicMinutesData(data) : data;
  const k = new Kit(lang);
  const { record } = local;
  const { committee, meeting } = record;
  const approved = meeting.status === 'approved';
  const byPerson = new Map(record.members.map((m) => [m.personId, m]));
  const agenda = [...record.agenda].sort((a, b) => a.position - b.position);
  const itemNumber = new Map(agenda.map((a, i) => [a.id, i + 1]));

  const children: (Paragraph | Table)[] = [k.para(w.title(record), { heading: 'title' })];
  if (approved && meeting.approvedAt) children.push(k.para(w.approvedOn(meeting.approvedAt), { style: STYLE.meta, centered: true }));

  const label = w.particulars;
  const particulars: [string, string][] = [
    [label.date, w.weekdayDate(meeting.startsAt)],
    [label.opened, w.time(meeting.startsAt)],
  ];
  if (meeting.endsAt) particulars.push([label.closed, w.time(meeting.endsAt)]);
  if (meeting.venue) particulars.push([label.venue, meeting.venue]);
  particulars.push([label.classification, w.classification(meeting.classification)]);
  children.push(k.particulars(particulars));

  children.push(...attendanceSection(k, w, record, byPerson));
  children.push(k.para(w.quorum(record.quorum), { spacingBefore: 160 }));

  children.push(k.para(w.headings.opening, { heading: 'h1' }));
  children.push(...w.opening(record, roleHolder(record, 'chair')).map((p) => k.para(p)));

  if (local.earlierActions.length > 0) children.push(...earlierActionsSection(k, w, local, byPerson));

  agenda.forEach((item, i) => children.push(...agendaItemSection(k, w, item, i + 1, byPerson)));

  children.push(k.para(w.headings.close, { heading: 'h1' }));
  children.push(...w.closing(record).map((p) => k.para(p)));

  const allActions = agenda.flatMap((a) => a.actions.map((action) => ({ action, item: itemNumber.get(a.id)! })));
  children.push(k.para(w.headings.actionsSummary, { heading: 'h1' }));
  if (allActions.length === 0) children.push(k.para(w.noActions));
  else
    children.push(
      k.table(
        [
          { title: w.columns.item, share: 0.08 },
          { title: w.columns.action, share: 0.5 },
          { title: w.columns.owner, share: 0.26 },
          { title: w.columns.due, share: 0.16 },
        ],
        allActions.map(({ action, item }) => [w.itemRef(item), action.description, ownerCell(k, w, action, byPerson), dueText(w, action)]),
      ),
    );

  children.push(...signatureBlock(k, w, record));
  if (!approved) children.push(k.para(w.draftMark, { style: STYLE.marking, spacingBefore: 240 }));

  if (local.amendments.length > 0) children.push(...amendmentsAnnex(k, w, local, itemNumber));

  const marking = w.marking(meeting.classification);
  const headerLines = [
    { text: marking, bold: true, color: ALERT },
    { text: w.committeeLine(committee) },
    ...(approved ? [] : [{ text: w.draftMark, bold: true, color: ALERT }]),
  ];
  const footerLines = [
    ...(approved ? [] : [{ text: w.draftMark, bold: true, color: ALERT }]),
    { text: `${w.committeeLine(committee)} — ${marking}`, bold: true },
  ];
  return makeDocument({
    title: w.title(record),
    subject: w.subject(record),
    date: meeting.updatedAt,
    lang,
    header: k.header(headerLines),
    footer: k.footer(footerLines),
    children,
  });
}

export async function buildMinutesDocx(data: MinutesData, options: { lang?: DocLang } = {}): Promise<Uint8Array> {
  return packDocument(minutesDocument(data, options.lang ?? 'en'), data.record.meeting.updatedAt);
}

function personLine(k: Kit, w: MinutesWords, m: Membership, extra?: string): Paragraph {
  const runs: TextRun[] = [...k.runs(w.fullName(m.person), { bold: true })];
  const post = w.designation(m.person);
  if (post) runs.push(...k.runs(`${w.comma}${post}`));
  if (m.role !== 'member') runs.push(...k.runs(` (${w.role(m)})`, { italics: true }));
  if (extra) runs.push(...k.runs(extra));
  return k.para(runs, { spacingAfter: 60 });
}

function attendanceSection(k: Kit, w: MinutesWords, record: MeetingRecord, byPerson: Map<number, Membership>): Paragraph[] {
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

  const h = w.headings;
  const out: Paragraph[] = [k.para(h.attendance, { heading: 'h1' })];
  const list = (title: string, rows: typeof entries, line: (e: (typeof entries)[number]) => Paragraph) => {
    if (rows.length === 0) return;
    out.push(k.para(title, { heading: 'h2' }), ...rows.map(line));
  };
  list(h.present, present, (e) => personLine(k, w, e.m));
  list(h.represented, represented, (e) => personLine(k, w, e.m, w.representedBy(e.m, e.a.representedBy)));
  list(h.apologies, apologies, (e) => personLine(k, w, e.m));
  list(h.absent, absent, (e) => personLine(k, w, e.m));
  list(h.inAttendance, inAttendance, (e) => personLine(k, w, e.m));
  if (entries.length === 0) out.push(k.para(w.noAttendance));
  return out;
}

function earlierActionsSection(k: Kit, w: MinutesWords, data: MinutesData, byPerson: Map<number, Membership>): (Paragraph | Table)[] {
  const c = w.columns;
  return [
    k.para(w.headings.mattersArising, { heading: 'h1' }),
    k.para(w.statusAsAt(data.asOf), { style: STYLE.meta }),
    k.table(
      [
        { title: c.meeting, share: 0.1 },
        { title: c.action, share: 0.42 },
        { title: c.owner, share: 0.22 },
        { title: c.due, share: 0.13 },
        { title: c.status, share: 0.13 },
      ],
      data.earlierActions.map((a) => [
        w.meetingRef(a.meetingNumber),
        a.description,
        ownerCell(k, w, a, byPerson),
        dueText(w, a),
        a.overdue ? [...k.runs(w.overdue, { style: STYLE.overdue })] : w.actionStatus(a.status),
      ]),
    ),
  ];
}

function agendaItemSection(k: Kit, w: MinutesWords, item: AgendaItemRecord, n: number, byPerson: Map<number, Membership>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [k.para(w.itemHeading(n, item.title), { heading: 'h1' })];
  const presenter = item.presenterId != null ? byPerson.get(item.presenterId) : undefined;
  const meta: string[] = [];
  if (presenter) meta.push(w.presentedBy(presenter));
  if (!item.isPublic) meta.push(w.closedItem);
  if (meta.length) out.push(k.para(meta.join(' '), { style: STYLE.meta }));

  splitParagraphs(item.minutes).forEach((block, i) => {
    out.push(k.para([...k.runs(`${w.paragraphNumber(n, i + 1)}\t`), ...k.runs(block)], { style: STYLE.numbered }));
  });

  for (const d of item.decisions) {
    out.push(
      k.para(
        [...k.runs(w.decisionNumber(d.number), { style: STYLE.decisionNumber }), ...k.runs('\n'), ...k.runs(w.resolved, { bold: true }), ...k.runs(d.text)],
        { style: STYLE.decision },
      ),
    );
  }

  if (item.actions.length > 0)
    out.push(
      k.table(
        [
          { title: w.columns.action, share: 0.58 },
          { title: w.columns.owner, share: 0.26 },
          { title: w.columns.due, share: 0.16 },
        ],
        item.actions.map((a) => [a.description, ownerCell(k, w, a, byPerson), dueText(w, a)]),
      ),
    );
  return out;
}

function ownerCell(k: Kit, w: MinutesWords, a: ActionItem, byPerson: Map<number, Membership>): TextRun[] {
  const m = a.ownerPersonId != null ? byPerson.get(a.ownerPersonId) : undefined;
  const post = m ? w.designation(m.person) : '';
  const runs = k.runs(m ? w.fullName(m.person) : a.ownerName);
  if (post) runs.push(...k.runs(`\n${post}`, { color: MUTED }));
  return runs;
}

function dueText(w: MinutesWords, a: ActionItem): string {
  return a.dueDate ? w.date(a.dueDate) : w.noDueDate;
}

function signatureBlock(k: Kit, w: MinutesWords, record: MeetingRecord): (Paragraph | Table)[] {
  const chair = roleHolder(record, 'chair');
  const secretary = roleHolder(record, 'secretary');
  const { meeting } = record;
  const s = w.signature;
  const dated = meeting.status === 'approved' && meeting.approvedAt ? w.date(meeting.approvedAt) : BLANK;
  const block = (role: string, m: Membership | undefined): Paragraph[] => [
    k.para([...k.runs(role, { bold: true })], { style: STYLE.tableText, spacingAfter: 480 }),
    k.para(`${s.signature}: ${BLANK}`, { style: STYLE.tableText, spacingAfter: 120 }),
    k.para(m ? w.fullName(m.person) : `${s.name}: ${BLANK}`, { style: STYLE.tableText }),
    k.para(m ? w.designation(m.person) || w.role(m) : `${s.position}: ${BLANK}`, { style: STYLE.tableText }),
    k.para(`${s.date}: ${dated}`, { style: STYLE.tableText, spacingBefore: 120 }),
  ];
  const half = TEXT_WIDTH.portrait / 2;
  return [
    k.para(w.headings.signatures, { heading: 'h1' }),
    k.para(s.confirmed),
    k.borderless([[block(s.chair, chair), block(s.secretary, secretary)]], [half, half]),
  ];
}

function amendmentsAnnex(k: Kit, w: MinutesWords, data: MinutesData, itemNumber: Map<number, number>): (Paragraph | Table)[] {
  const { record } = data;
  const a = w.annex;
  const decisions = new Map(record.agenda.flatMap((item) => item.decisions.map((d) => [d.id, d.number] as const)));
  const actions = new Map(record.agenda.flatMap((item) => item.actions.map((x) => [x.id, itemNumber.get(item.id)] as const)));
  const byPerson = new Map(record.members.map((m) => [m.personId, m.person]));
  const where = (am: MinutesAmendment): string => {
    const person = am.targetType === 'attendance' ? byPerson.get(am.targetId) : undefined;
    if (person) return a.attendanceOf(w.fullName(person));
    const target =
      am.targetType === 'agenda_item' && itemNumber.has(am.targetId)
        ? a.item(itemNumber.get(am.targetId)!)
        : am.targetType === 'decision' && decisions.has(am.targetId)
          ? a.decision(decisions.get(am.targetId)!)
          : am.targetType === 'action' && actions.has(am.targetId)
            ? a.actionUnder(actions.get(am.targetId)!)
            : am.targetType === 'meeting'
              ? a.meeting
              : `${am.targetType.replace(/_/g, ' ')} ${am.targetId}`;
    return `${target}${w.comma}${a.field(am.field)}`;
  };
  const shown = (am: MinutesAmendment, value: string | null) => (value === null ? a.empty : a.value(am.field, value));
  const change = (am: MinutesAmendment): Paragraph[] => [
    k.para([...k.runs(a.before, { bold: true }), ...k.runs(shown(am, am.before))], { style: STYLE.tableText }),
    k.para([...k.runs(a.after, { bold: true }), ...k.runs(shown(am, am.after))], { style: STYLE.tableText }),
  ];
  const c = a.columns;
  return [
    k.para(w.headings.annex, { heading: 'h1', pageBreakBefore: true }),
    k.para(a.intro),
    k.table(
      [
        { title: c.date, share: 0.13 },
        { title: c.where, share: 0.17 },
        { title: c.change, share: 0.4 },
        { title: c.reason, share: 0.18 },
        { title: c.by, share: 0.12 },
      ],
      data.amendments.map((am) => [w.date(am.createdAt), where(am), change(am), am.reason, am.author]),
    ),
  ];
}
