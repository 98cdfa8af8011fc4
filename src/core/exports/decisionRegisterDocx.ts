import type { Document, Paragraph, Table, TextRun } from 'docx';
import type { ActionItem, Classification, Committee, Decision, ImplementationStatus, Meeting } from '../../shared/domain';
import { ALERT, Kit, makeDocument, packDocument, requireSupportedLang, STYLE, TEXT_WIDTH, type DocLang } from './docxKit';
import { ACTION_STATUS_LABEL, IMPLEMENTATION_LABEL, longDate, wallDate } from './format';
import { ordinalNumber } from './ordinals';

export interface RegisterEntry {
  decision: Pick<Decision, 'number' | 'text' | 'implementationStatus'>;
  meeting: Pick<Meeting, 'number' | 'startsAt' | 'status'>;
  actions: readonly Pick<ActionItem, 'description' | 'ownerName' | 'dueDate' | 'status' | 'overdue'>[];
}

export interface DecisionRegisterData {
  committee: Pick<Committee, 'name' | 'shortName'>;
  /** One meeting, or a date range (either end open), or neither for the whole register. */
  scope: { meeting?: Pick<Meeting, 'number' | 'startsAt'>; from?: string; to?: string };
  entries: readonly RegisterEntry[];
  /** The highest marking among the meetings the register draws on. */
  classification: Classification;
  /** YYYY-MM-DD: the day the statuses are given for. */
  asOf: string;
}

export function registerScopeText(scope: DecisionRegisterData['scope']): string {
  if (scope.meeting) return `Decisions of the ${ordinalNumber(scope.meeting.number)} Meeting, ${longDate(scope.meeting.startsAt)}`;
  if (scope.from && scope.to) return `Decisions taken from ${longDate(scope.from)} to ${longDate(scope.to)}`;
  if (scope.from) return `Decisions taken from ${longDate(scope.from)}`;
  if (scope.to) return `Decisions taken up to ${longDate(scope.to)}`;
  return 'All decisions';
}

export function decisionRegisterDocument(data: DecisionRegisterData, lang: DocLang = 'en'): Document {
  requireSupportedLang(lang);
  const k = new Kit(lang);
  const marking = data.classification.toUpperCase();
  const title = `Decision Register of the ${data.committee.name}`;

  const counts = new Map<ImplementationStatus, number>();
  for (const e of data.entries) counts.set(e.decision.implementationStatus, (counts.get(e.decision.implementationStatus) ?? 0) + 1);
  const tally = (['implemented', 'in_progress', 'pending', 'cancelled'] as const)
    .filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${IMPLEMENTATION_LABEL[s].toLowerCase()}`)
    .join(', ');

  const children: (Paragraph | Table)[] = [
    k.para(title, { heading: 'title' }),
    k.para(`${registerScopeText(data.scope)}. Implementation status as at ${longDate(data.asOf)}.`, { style: STYLE.meta, centered: true }),
    k.para(
      data.entries.length === 0
        ? 'No decisions are recorded for this period.'
        : `${data.entries.length} decision${data.entries.length === 1 ? '' : 's'}: ${tally}.`,
      { spacingBefore: 120 },
    ),
  ];
  if (data.entries.length > 0)
    children.push(
      k.table(
        [
          { title: 'No.', share: 0.1 },
          { title: 'Date', share: 0.1 },
          { title: 'Meeting', share: 0.08 },
          { title: 'Decision', share: 0.34 },
          { title: 'Status', share: 0.1 },
          { title: 'Linked actions', share: 0.28 },
        ],
        data.entries.map((e) => [
          [...k.runs(e.decision.number, { style: STYLE.decisionNumber })],
          longDate(e.meeting.startsAt),
          e.meeting.status === 'approved' ? ordinalNumber(e.meeting.number) : `${ordinalNumber(e.meeting.number)} (draft minutes)`,
          e.decision.text,
          IMPLEMENTATION_LABEL[e.decision.implementationStatus],
          linkedActions(k, e.actions),
        ]),
        TEXT_WIDTH.landscape,
      ),
    );

  return makeDocument({
    title,
    subject: registerScopeText(data.scope),
    date: data.asOf,
    landscape: true,
    header: k.header([{ text: marking, bold: true, color: ALERT }, { text: data.committee.name.toUpperCase() }]),
    footer: k.footer([{ text: `DECISION REGISTER — ${marking}`, bold: true }]),
    children,
  });
}

function linkedActions(k: Kit, actions: RegisterEntry['actions']): Paragraph[] | string {
  if (actions.length === 0) return 'None';
  return actions.map((a) => {
    const runs: TextRun[] = [...k.runs(`${a.description} — ${a.ownerName}: `)];
    if (a.overdue) runs.push(...k.runs(`Overdue${a.dueDate ? ` (due ${longDate(a.dueDate)})` : ''}`, { style: STYLE.overdue }));
    else runs.push(...k.runs(`${ACTION_STATUS_LABEL[a.status]}${a.dueDate && (a.status === 'open' || a.status === 'in_progress') ? `, due ${longDate(a.dueDate)}` : ''}`, { bold: true }));
    return k.para(runs, { style: STYLE.tableText, spacingAfter: 60 });
  });
}

export async function buildDecisionRegisterDocx(data: DecisionRegisterData, options: { lang?: DocLang } = {}): Promise<Uint8Array> {
  return packDocument(decisionRegisterDocument(data, options.lang ?? 'en'), wallDate(data.asOf));
}
