import type { Document, Paragraph, Table, TextRun } from 'docx';
import type { ActionItem, Classification, Committee } from '../../shared/domain';
import { ALERT, Kit, makeDocument, packDocument, requireSupportedLang, STYLE, TEXT_WIDTH, type DocLang } from './docxKit';
import { ACTION_STATUS_LABEL, daysBetween, longDate, wallDate } from './format';
import { ordinalNumber } from './ordinals';

export interface ActionReportData {
  /** The committee the report covers, or null for every committee in the vault. */
  committee: Pick<Committee, 'name'> | null;
  /** Names of the committees the actions belong to, to say where each came from when the report spans several. */
  committeeNames: ReadonlyMap<number, string>;
  /** Open and in-progress actions; `overdue` as computed on `asOf`. */
  actions: readonly ActionItem[];
  classification: Classification;
  /** YYYY-MM-DD. */
  asOf: string;
}

const OVERDUE_SHADE = 'FBE3E6';

export interface OwnerGroup {
  owner: string;
  actions: ActionItem[];
  overdue: number;
}

/** Owners with overdue actions first (most overdue first), then by name; in each, overdue, then by due date. */
export function groupByOwner(actions: readonly ActionItem[]): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const a of actions) {
    if (a.status !== 'open' && a.status !== 'in_progress') continue;
    const key = a.ownerName.trim() || 'No owner';
    const g = groups.get(key) ?? { owner: key, actions: [], overdue: 0 };
    g.actions.push(a);
    if (a.overdue) g.overdue++;
    groups.set(key, g);
  }
  const byDue = (x: ActionItem, y: ActionItem) =>
    Number(y.overdue) - Number(x.overdue) || (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999') || x.id - y.id;
  return [...groups.values()]
    .map((g) => ({ ...g, actions: g.actions.sort(byDue) }))
    .sort((a, b) => b.overdue - a.overdue || a.owner.localeCompare(b.owner, 'en'));
}

export function actionReportDocument(data: ActionReportData, lang: DocLang = 'en'): Document {
  requireSupportedLang(lang);
  const k = new Kit(lang);
  const marking = data.classification.toUpperCase();
  const scope = data.committee ? `the ${data.committee.name.replace(/^the\s+/i, '')}` : 'all committees';
  const title = `Open and Overdue Actions: ${data.committee ? data.committee.name : 'All Committees'}`;
  const groups = groupByOwner(data.actions);
  const total = groups.reduce((n, g) => n + g.actions.length, 0);
  const overdue = groups.reduce((n, g) => n + g.overdue, 0);
  const several = new Set(data.actions.map((a) => a.committeeId)).size > 1;

  const children: (Paragraph | Table)[] = [
    k.para(title, { heading: 'title' }),
    k.para(`Report for the Chair on the actions of ${scope}, as at ${longDate(data.asOf)}.`, { style: STYLE.meta, centered: true }),
    k.para(
      total === 0
        ? 'There are no open actions.'
        : [
            ...k.runs(`${total} open action${total === 1 ? '' : 's'} across ${groups.length} owner${groups.length === 1 ? '' : 's'}; `),
            ...k.runs(`${overdue} overdue`, overdue > 0 ? { style: STYLE.overdue } : {}),
            ...k.runs('.'),
          ],
      { spacingBefore: 120 },
    ),
  ];

  for (const g of groups) {
    const heading: TextRun[] = [...k.runs(g.owner)];
    if (g.overdue > 0) heading.push(...k.runs(`  (${g.overdue} overdue)`, { style: STYLE.overdue }));
    children.push(k.para(heading, { heading: 'h2' }));
    children.push(
      k.table(
        [
          { title: 'Action', share: 0.31 },
          { title: 'From', share: 0.12 },
          { title: 'Due by', share: 0.12 },
          { title: 'Status', share: 0.15 },
          { title: 'Latest progress', share: 0.3 },
        ],
        g.actions.map((a) => ({
          shade: a.overdue ? OVERDUE_SHADE : undefined,
          cells: [
            a.description,
            `${several ? `${data.committeeNames.get(a.committeeId) ?? ''}, ` : ''}${ordinalNumber(a.meetingNumber)} meeting`,
            a.dueDate ? longDate(a.dueDate) : 'No date set',
            statusRuns(k, a, data.asOf),
            a.latestNote ? `${longDate(a.latestNote.date)}: ${a.latestNote.text} (${a.latestNote.author})` : 'No progress recorded',
          ],
        })),
        TEXT_WIDTH.landscape,
      ),
    );
  }

  return makeDocument({
    title,
    subject: `Action report as at ${longDate(data.asOf)}`,
    date: data.asOf,
    landscape: true,
    header: k.header([
      { text: marking, bold: true, color: ALERT },
      { text: (data.committee?.name ?? 'All committees').toUpperCase() },
    ]),
    footer: k.footer([{ text: `ACTION REPORT — ${marking}`, bold: true }]),
    children,
  });
}

function statusRuns(k: Kit, a: ActionItem, asOf: string): TextRun[] {
  if (!a.overdue) return k.runs(ACTION_STATUS_LABEL[a.status]);
  const days = a.dueDate ? daysBetween(a.dueDate, asOf) : 0;
  return k.runs(days > 0 ? `OVERDUE by ${days} day${days === 1 ? '' : 's'}` : 'OVERDUE', { style: STYLE.overdue });
}

export async function buildActionReportDocx(data: ActionReportData, options: { lang?: DocLang } = {}): Promise<Uint8Array> {
  return packDocument(actionReportDocument(data, options.lang ?? 'en'), wallDate(data.asOf));
}
