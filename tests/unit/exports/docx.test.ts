import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActionItem, MeetingRecord } from '../../../src/shared/domain';
import { buildActionReportDocx, groupByOwner } from '../../../src/core/exports/actionReportDocx';
import { buildDecisionRegisterDocx, registerScopeText, type DecisionRegisterData } from '../../../src/core/exports/decisionRegisterDocx';
import { Kit, makeDocument, packDocument, TEXT_WIDTH } from '../../../src/core/exports/docxKit';
import { shortName } from '../../../src/core/exports/format';
import { fileNameOf } from '../../../src/shared/fileNames';
import { buildMinutesDocx, DRAFT_MARK } from '../../../src/core/exports/minutesDocx';
import type { MinutesData } from '../../../src/core/exports/model';
import { ordinalNumber, ordinalWord } from '../../../src/core/exports/ordinals';
import { buildPressStatementDocx, NOT_FOR_RELEASE, type PressStatementData } from '../../../src/core/exports/pressStatementDocx';
import { generatePressDraft } from '../../../src/core/exports/pressStatementText';
import { openDocx, type OpenedDocx } from '../../helpers/docx';
import { CLOSED_ITEM_PHRASE, CONFIDENTIAL_PHRASE, recordActions, sampleRecord } from '../../helpers/records';

const minutesData = (record: MeetingRecord = sampleRecord(), over: Partial<MinutesData> = {}): MinutesData => ({
  record,
  amendments: [],
  earlierActions: [],
  asOf: '2026-03-20',
  ...over,
});

const pressData = (record: MeetingRecord = sampleRecord(), over: Partial<PressStatementData> = {}): PressStatementData => {
  const draft = generatePressDraft(record);
  return {
    committee: record.committee,
    releaseDate: record.meeting.startsAt,
    headline: draft.headline,
    body: draft.body,
    status: 'draft',
    updatedAt: record.meeting.updatedAt,
    ...over,
  };
};

function registerData(record: MeetingRecord = sampleRecord()): DecisionRegisterData {
  const actions = recordActions(record);
  return {
    committee: record.committee,
    scope: {},
    entries: record.agenda.flatMap((a) =>
      a.decisions.map((decision) => ({ decision, meeting: record.meeting, actions: actions.filter((x) => x.decisionId === decision.id) })),
    ),
    classification: record.meeting.classification,
    asOf: '2026-03-20',
  };
}

function reportActions(record: MeetingRecord = sampleRecord()): ActionItem[] {
  const actions = recordActions(record);
  actions[0] = { ...actions[0]!, dueDate: '2026-03-01', overdue: true };
  actions[1] = {
    ...actions[1]!,
    status: 'in_progress',
    latestNote: { id: 1, actionId: 32, date: '2026-03-18', text: 'Template drafted; awaiting comments.', author: 'Leila Nasser', createdAt: '2026-03-18T08:00:00Z' },
  };
  actions[2] = { ...actions[2]!, status: 'done' };
  return actions;
}

const reportData = (actions = reportActions()) => ({
  committee: sampleRecord().committee,
  committeeNames: new Map([[1, 'HCOSH']]),
  actions,
  classification: 'restricted' as const,
  asOf: '2026-03-20',
});

/** Rows of the first table whose heading row is exactly `head`. */
function tableWithHead(doc: OpenedDocx, head: string[]): string[][] {
  const t = doc.tables.find((rows) => JSON.stringify(rows[0]) === JSON.stringify(head));
  if (!t) throw new Error(`no table headed ${head.join(' | ')}; tables: ${doc.tables.map((r) => r[0]?.join(' | ')).join(' / ')}`);
  return t.slice(1);
}

const everything = (doc: OpenedDocx) => Object.values(doc.xml).join('\n');

describe('ordinals', () => {
  it('gives English ordinal numbers, with 11th to 13th as exceptions', () => {
    const cases: [number, string][] = [[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th'], [112, '112th'], [1000, '1000th']];
    for (const [n, s] of cases) expect(ordinalNumber(n)).toBe(s);
  });

  it('spells ordinals up to the hundredth, then falls back to the figure', () => {
    const cases: [number, string][] = [[1, 'First'], [2, 'Second'], [3, 'Third'], [5, 'Fifth'], [8, 'Eighth'], [9, 'Ninth'], [12, 'Twelfth'], [19, 'Nineteenth'], [20, 'Twentieth'], [21, 'Twenty-First'], [42, 'Forty-Second'], [90, 'Ninetieth'], [99, 'Ninety-Ninth'], [100, 'Hundredth'], [101, '101st']];
    for (const [n, s] of cases) expect(ordinalWord(n)).toBe(s);
  });
});

describe('file names', () => {
  it('never carry separators, "..", control characters or a leading dot', () => {
    for (const stem of ['../../etc/passwd', 'a\\b/c', 'x\u0000y\u001fz', '...hidden', 'Minutes: 3rd / "final"?', 'a..b', '']) {
      const name = fileNameOf(stem, 'docx');
      expect(name).toMatch(/\.docx$/);
      // eslint-disable-next-line no-control-regex -- the control characters planted in the stems
      expect(name).not.toMatch(/[\\/]|\.\.|[\u0000-\u001f]|^\./);
    }
    expect(fileNameOf('HCOSH Minutes 3rd Meeting 2026-03-15 DRAFT', 'docx')).toBe('HCOSH-Minutes-3rd-Meeting-2026-03-15-DRAFT.docx');
    expect(fileNameOf('اللجنة العليا', 'docx')).toBe('اللجنة-العليا.docx');
    expect(fileNameOf('x'.repeat(500), 'docx').length).toBeLessThanOrEqual(125);
    expect(fileNameOf('minutes', '../d o/cx')).toBe('minutes.docx');
  });
});

describe('minutes', () => {
  it('carry the marking, the committee and "Page X of Y" in header and footer, and DRAFT while not approved', async () => {
    const doc = openDocx(await buildMinutesDocx(minutesData()));
    expect(doc.header).toContain('RESTRICTED');
    expect(doc.header).toContain('HIGHER COMMITTEE FOR OCCUPATIONAL SAFETY AND HEALTH');
    expect(doc.header).toContain(DRAFT_MARK);
    expect(doc.footer).toContain('HIGHER COMMITTEE FOR OCCUPATIONAL SAFETY AND HEALTH — RESTRICTED');
    expect(doc.footer).toContain(DRAFT_MARK);
    expect(doc.footer).toContain('Page {PAGE} of {NUMPAGES}');
    // The last words of the body are the draft marking as well.
    expect(doc.body.at(-1)?.text).toBe(DRAFT_MARK);
  });

  it('have the title with the ordinal, the particulars, attendance in sections and the quorum', async () => {
    const doc = openDocx(await buildMinutesDocx(minutesData()));
    const title = doc.body.find((p) => p.style === 'Title');
    expect(title?.text).toBe('Minutes of the 3rd Meeting of the Higher Committee for Occupational Safety and Health (HCOSH)');
    const particulars = Object.fromEntries(doc.tables[0]!.map(([k, v]) => [k, v]));
    expect(particulars).toEqual({
      Date: 'Sunday, 15 March 2026',
      Opened: '10:00',
      Closed: '12:15',
      Venue: 'Ministry of Labour, Meeting Room 2',
      Classification: 'Restricted',
    });

    const texts = doc.body.map((p) => p.text);
    const section = (name: string) => {
      const start = texts.indexOf(name);
      expect(start, name).toBeGreaterThan(-1);
      const end = doc.body.findIndex((p, i) => i > start && /^Heading/.test(p.style ?? ''));
      return texts.slice(start + 1, end);
    };
    const present = section('Present');
    expect(present[0]).toBe('H.E. Dr. Salma Yusuf Al-Mannai, Undersecretary, Ministry of Labour (Chair)');
    expect(present[1]).toMatch(/^Mr\. Omar Khalid Haddad, Director of Inspection, Ministry of Labour \(Vice-Chair\)$/);
    expect(present).toHaveLength(4);
    expect(section('Represented')).toEqual([
      "Mr. Daniel O'Connor, Chair, Construction Sector Council, Chamber of Commerce — represented by Ms. Rana Saleh, Deputy Chair",
    ]);
    expect(section('Apologies')).toEqual(['Ms. Fatima Ali Jaber, Director of Civil Protection Planning, Civil Defence Directorate']);
    expect(section('In attendance')[0]).toBe('Ms. Leila Nasser, Committee Secretary, Ministry of Labour (Secretary)');
    expect(doc.bodyText).toContain(
      'Quorum: the meeting was quorate; 5 of the 6 voting members were present or represented, with 4 required (a majority of the voting members).',
    );
    expect(doc.bodyText).toContain(
      'Opening the meeting at 10:00, the Chair welcomed the members and stressed the importance of protecting outdoor workers during the summer months.',
    );
    expect(doc.bodyText).toContain('the meeting closed at 12:15.');
  });

  it('number the agenda items and their paragraphs, and set decisions apart with their numbers', async () => {
    const doc = openDocx(await buildMinutesDocx(minutesData()));
    const headings = doc.body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([
      'Attendance',
      'Opening of the meeting',
      '1. Matters arising from the 2nd meeting',
      '2. Midday outdoor work ban: preparations for summer 2026',
      '3. Occupational health surveillance for construction workers',
      '4. Any other business',
      'Close of the meeting',
      'Summary of actions',
      'Signatures',
    ]);
    expect(doc.body.find((p) => p.text.startsWith('2.1\t'))?.style).toBe('NumberedPara');
    expect(doc.body.find((p) => p.text.startsWith('3.1\t'))?.text).toContain(CONFIDENTIAL_PHRASE);

    const decisions = doc.body.filter((p) => p.style === 'Decision');
    expect(decisions.map((d) => d.text)).toEqual([
      'Decision 2026/3/1\nRESOLVED: Approve the summer 2026 inspection plan as presented, with a weekly compliance report to the chair.',
      'Decision 2026/3/2\nRESOLVED: Request the Ministry of Health to prepare a costed screening pilot for two large sites.',
    ]);
    for (const d of decisions) expect(d.runStyles).toContain('DecisionNumber');
    expect(doc.xml['word/styles.xml']).toMatch(/w:styleId="Decision"/);
    expect(doc.bodyText).toContain('Closed item: not for publication.');
  });

  it('have an action table under each item and a summary of every action at the end', async () => {
    const doc = openDocx(await buildMinutesDocx(minutesData()));
    const perItem = doc.tables.filter((t) => JSON.stringify(t[0]) === JSON.stringify(['Action', 'Owner', 'Due by']));
    expect(perItem.map((t) => t.length - 1)).toEqual([2, 1, 1]);
    expect(perItem[0]![1]).toEqual([
      'Publish the midday ban circular in Arabic, English, Hindi and Urdu',
      'Mr. Omar Khalid Haddad\nDirector of Inspection, Ministry of Labour',
      '30 April 2026',
    ]);
    const summary = tableWithHead(doc, ['Item', 'Action', 'Owner', 'Due by']);
    expect(summary.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['2', 'Publish the midday ban circular in Arabic, English, Hindi and Urdu', '30 April 2026'],
      ['2', 'Set up weekly compliance report template', '15 April 2026'],
      ['3', 'Costed screening pilot proposal', '31 May 2026'],
      ['4', 'Invite worker representatives to the campaign planning session', '10 April 2026'],
    ]);
    // The table heading repeats on each page the table runs over.
    expect(doc.xml['word/document.xml']).toContain('<w:tblHeader/>');
    // Cell margins are the table's, given once, never cell by cell.
    expect(doc.xml['word/document.xml']).toContain('<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="100"/>');
    expect(doc.xml['word/document.xml']).not.toContain('<w:tcMar>');
  });

  it('end with a signature block for chair and secretary, with blank dates on a draft', async () => {
    const doc = openDocx(await buildMinutesDocx(minutesData()));
    const signatures = doc.tables.at(-1)!;
    expect(signatures[0]![0]).toBe(
      'Chair\nSignature: ______________________\nH.E. Dr. Salma Yusuf Al-Mannai\nUndersecretary, Ministry of Labour\nDate: ______________________',
    );
    expect(signatures[0]![1]).toBe(
      'Secretary\nSignature: ______________________\nMs. Leila Nasser\nCommittee Secretary, Ministry of Labour\nDate: ______________________',
    );
    expect(doc.bodyText).toContain('Confirmed as a correct record of the meeting.');
  });

  it('once approved, drop every DRAFT marking and show the approval date', async () => {
    const record = sampleRecord();
    record.meeting = { ...record.meeting, status: 'approved', approvedAt: '2026-04-02T09:30:00.000Z', approvedBy: 'Leila Nasser' };
    const doc = openDocx(await buildMinutesDocx(minutesData(record)));
    expect(everything(doc)).not.toMatch(/DRAFT/);
    expect(doc.bodyText).toContain('Approved as a correct record on 2 April 2026.');
    expect(doc.tables.at(-1)![0]![0]).toContain('Date: 2 April 2026');
    expect(doc.header).toContain('RESTRICTED');
  });

  it('say so when the meeting was not quorate', async () => {
    const record = sampleRecord();
    record.quorum = { rule: 'two-thirds', eligible: 6, counted: 3, required: 4, met: false };
    const doc = openDocx(await buildMinutesDocx(minutesData(record)));
    expect(doc.bodyText).toContain(
      'Quorum: the meeting was not quorate; only 3 of the 6 voting members were present or represented, with 4 required (two-thirds of the voting members).',
    );
  });

  it('add an amendments annex only when amendments exist, and report earlier actions under matters arising', async () => {
    const without = openDocx(await buildMinutesDocx(minutesData()));
    expect(without.bodyText).not.toContain('Annex A');
    expect(without.bodyText).not.toContain('actions from earlier meetings');

    const earlier = { ...recordActions(sampleRecord())[2]!, id: 90, meetingNumber: 2, description: 'Translate the heat-stress guidance', overdue: true };
    const doc = openDocx(
      await buildMinutesDocx(
        minutesData(sampleRecord(), {
          earlierActions: [earlier, { ...earlier, id: 91, description: 'Brief the press office', overdue: false, status: 'done' }],
          amendments: [
            { id: 1, targetType: 'agenda_item', targetId: 13, field: 'minutes', before: 'old wording', after: 'new wording', reason: 'Figures corrected', author: 'Leila Nasser', createdAt: '2026-04-05T08:00:00Z' },
            { id: 2, targetType: 'decision', targetId: 21, field: 'text', before: null, after: 'x', reason: 'Clarified', author: 'Leila Nasser', createdAt: '2026-04-06T08:00:00Z' },
          ],
        }),
      ),
    );
    const arising = tableWithHead(doc, ['Meeting', 'Action', 'Owner', 'Due by', 'Status']);
    expect(arising.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['2nd', 'Translate the heat-stress guidance', 'Overdue'],
      ['2nd', 'Brief the press office', 'Done'],
    ]);
    expect(doc.bodyText).toContain('Status as at 20 March 2026.');
    const annex = doc.body.find((p) => p.text === 'Annex A: Amendments recorded after approval');
    expect(annex?.style).toBe('Heading1');
    const rows = tableWithHead(doc, ['Date', 'Where', 'Change', 'Reason', 'By']);
    expect(rows).toEqual([
      ['5 April 2026', 'Item 3, minutes text', 'Before: old wording\nAfter: new wording', 'Figures corrected', 'Leila Nasser'],
      ['6 April 2026', 'Decision 2026/3/1, text', 'Before: (empty)\nAfter: x', 'Clarified', 'Leila Nasser'],
    ]);
  });
});

describe('press statement', () => {
  /** A record whose every non-public field carries a marker that must never reach a statement. */
  function leakyRecord(): MeetingRecord {
    const record = sampleRecord();
    const aob = record.agenda[3]!;
    aob.title = 'SECRET-TITLE-7731 Any other business';
    aob.publicSummary = 'SECRET-SUMMARY-7731 of a closed item';
    aob.decisions = [{ ...record.agenda[1]!.decisions[0]!, id: 29, agendaItemId: aob.id, number: '2026/3/9', text: 'SECRET-DECISION-7731' }];
    for (const item of record.agenda) item.minutes = `${item.minutes} SECRET-MINUTES-7731`;
    return record;
  }

  it('generates a draft from public material only: opening, public items, public decisions, closing and mandate', () => {
    const draft = generatePressDraft(sampleRecord());
    expect(draft.headline).toBe('Higher Committee for Occupational Safety and Health holds its third meeting and adopts two decisions');
    const paragraphs = draft.body.split('\n\n');
    expect(paragraphs[0]).toBe(
      '15 March 2026 – The Higher Committee for Occupational Safety and Health (HCOSH) held its third meeting on Sunday at Ministry of Labour, Meeting Room 2, chaired by the Undersecretary, Ministry of Labour, H.E. Dr. Salma Yusuf Al-Mannai.',
    );
    expect(paragraphs[1]).toBe(
      'Opening the meeting, H.E. Dr. Al-Mannai welcomed the members and stressed the importance of protecting outdoor workers during the summer months.',
    );
    expect(paragraphs).toContain(
      'The committee reviewed preparations for the summer midday outdoor work ban, including an inspection plan covering construction sites and delivery services.',
    );
    expect(paragraphs).toContain('Members discussed a proposal for pre-summer medical screening of workers at large construction sites.');
    expect(paragraphs).toContain(
      'Decision 2026/3/1: Approve the summer 2026 inspection plan as presented, with a weekly compliance report to the chair.',
    );
    expect(paragraphs).toContain(
      "Concluding the meeting, H.E. Dr. Al-Mannai thanked the members for their contributions and affirmed the committee's commitment to a safe working environment for all. The Committee carries out its mandate under Article (4) of Decree No. (17) for 2019.",
    );
    expect(paragraphs).toContain('ENDS');
    expect(paragraphs.at(-1)).toBe('Media enquiries: Committee Secretary, Ministry of Labour.');
    expect(shortName(sampleRecord().members[0]!.person)).toBe('H.E. Dr. Al-Mannai');
  });

  it('never carries minutes text or anything from a non-public item, in the draft or in the document', async () => {
    const record = leakyRecord();
    const draft = generatePressDraft(record);
    const docText = everything(openDocx(await buildPressStatementDocx(pressData(record))));
    for (const text of [`${draft.headline}\n${draft.body}`, docText]) {
      expect(text).not.toContain('7731');
      expect(text).not.toContain(CONFIDENTIAL_PHRASE);
      expect(text).not.toContain(CLOSED_ITEM_PHRASE);
      expect(text).not.toContain('1,200 planned site visits');
      expect(text).not.toContain('Any other business');
      expect(text).not.toContain('Matters arising');
      expect(text).not.toContain('compliance report template');
    }
    expect(draft.body).toContain('Members discussed a proposal for pre-summer medical screening');
  });

  it('lays out date, FOR IMMEDIATE RELEASE, headline, body and one end mark; a draft says it is not for release', async () => {
    const doc = openDocx(await buildPressStatementDocx(pressData()));
    const texts = doc.body.map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual([
      'FOR IMMEDIATE RELEASE',
      '15 March 2026',
      'Higher Committee for Occupational Safety and Health holds its third meeting and adopts two decisions',
    ]);
    expect(doc.body[2]!.style).toBe('Title');
    expect(texts.filter((t) => t === 'ENDS')).toHaveLength(1);
    expect(doc.header).toContain(NOT_FOR_RELEASE);
    expect(doc.footer).toContain(NOT_FOR_RELEASE);
    expect(doc.footer).toContain('Page {PAGE} of {NUMPAGES}');

    const approved = openDocx(
      await buildPressStatementDocx(pressData(sampleRecord(), { status: 'approved', releaseDate: '2026-03-17T06:00:00Z', body: 'One paragraph.\n\nAnother.' })),
    );
    expect(everything(approved)).not.toContain('NOT FOR RELEASE');
    expect(approved.body.map((p) => p.text)).toEqual([
      'FOR IMMEDIATE RELEASE',
      '17 March 2026',
      'Higher Committee for Occupational Safety and Health holds its third meeting and adopts two decisions',
      'One paragraph.',
      'Another.',
      'ENDS',
    ]);
  });
});

describe('decision register', () => {
  it('lists number, date, meeting, text, status and linked actions with their status, on a landscape page', async () => {
    const data = registerData();
    const actions = reportActions();
    data.entries = data.entries.map((e) => ({ ...e, actions: e.actions.map((a) => actions.find((x) => x.id === (a as ActionItem).id)!) }));
    const doc = openDocx(await buildDecisionRegisterDocx(data));
    expect(doc.body.find((p) => p.style === 'Title')?.text).toBe('Decision Register of the Higher Committee for Occupational Safety and Health');
    expect(doc.bodyText).toContain('All decisions. Implementation status as at 20 March 2026.');
    expect(doc.bodyText).toContain('2 decisions: 2 pending.');
    const rows = tableWithHead(doc, ['No.', 'Date', 'Meeting', 'Decision', 'Status', 'Linked actions']);
    expect(rows).toEqual([
      [
        '2026/3/1',
        '15 March 2026',
        '3rd (draft minutes)',
        'Approve the summer 2026 inspection plan as presented, with a weekly compliance report to the chair.',
        'Pending',
        'Publish the midday ban circular in Arabic, English, Hindi and Urdu — Omar Khalid Haddad: Overdue (due 1 March 2026)\nSet up weekly compliance report template — Leila Nasser: In progress, due 15 April 2026',
      ],
      ['2026/3/2', '15 March 2026', '3rd (draft minutes)', 'Request the Ministry of Health to prepare a costed screening pilot for two large sites.', 'Pending', 'Costed screening pilot proposal — Priya Raman: Done'],
    ]);
    expect(doc.body.filter((p) => p.runStyles.includes('Overdue'))).toHaveLength(1);
    expect(doc.xml['word/document.xml']).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(doc.header).toContain('RESTRICTED');
    expect(doc.footer).toContain('Page {PAGE} of {NUMPAGES}');
  });

  it('describes its scope', () => {
    expect(registerScopeText({ meeting: { number: 3, startsAt: '2026-03-15T10:00:00+03:00' } })).toBe('Decisions of the 3rd Meeting, 15 March 2026');
    expect(registerScopeText({ from: '2026-01-01', to: '2026-06-30' })).toBe('Decisions taken from 1 January 2026 to 30 June 2026');
    expect(registerScopeText({ to: '2026-06-30' })).toBe('Decisions taken up to 30 June 2026');
  });
});

describe('action report', () => {
  it('groups open actions by owner, overdue first, and leaves finished ones out', () => {
    const groups = groupByOwner(reportActions());
    expect(groups.map((g) => [g.owner, g.actions.map((a) => a.id), g.overdue])).toEqual([
      ['Omar Khalid Haddad', [31], 1],
      ['Leila Nasser', [34, 32], 0],
    ]);
  });

  it('makes overdue actions stand out and shows the latest progress note', async () => {
    const doc = openDocx(await buildActionReportDocx(reportData()));
    expect(doc.body.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Omar Khalid Haddad  (1 overdue)', 'Leila Nasser']);
    expect(doc.bodyText).toContain('3 open actions across 2 owners; 1 overdue.');
    const [haddad, nasser] = doc.tables.map((t) => t.slice(1));
    expect(haddad).toEqual([
      ['Publish the midday ban circular in Arabic, English, Hindi and Urdu', '3rd meeting', '1 March 2026', 'OVERDUE by 19 days', 'No progress recorded'],
    ]);
    expect(nasser![1]).toEqual([
      'Set up weekly compliance report template',
      '3rd meeting',
      '15 April 2026',
      'In progress',
      '18 March 2026: Template drafted; awaiting comments. (Leila Nasser)',
    ]);
    const xml = doc.xml['word/document.xml']!;
    // The overdue row is shaded and its status set in the Overdue character style.
    expect(xml).toMatch(/w:fill="FBE3E6"/);
    expect(doc.body.find((p) => p.text === 'OVERDUE by 19 days')?.runStyles).toContain('Overdue');
  });
});

describe('user text', () => {
  const NASTY = '<w:t>x</w:t> &amp; {name} {{#each}} 😀 مرحبا بالعالم שלום \u0001\u0008\u000B\u000C\u001F\uFFFE end';
  const CLEAN = '<w:t>x</w:t> &amp; {name} {{#each}} 😀 مرحبا بالعالم שלום  end';
  const LONG = `${'Lorem ipsum dolor sit amet. '.repeat(357)}1234`.slice(0, 10_000);

  function nastyRecord(): MeetingRecord {
    const record = sampleRecord();
    record.committee.name = `Committee ${NASTY}`;
    record.meeting.venue = NASTY;
    record.meeting.openingRemarks = NASTY;
    const item = record.agenda[1]!;
    item.title = NASTY;
    item.minutes = `${NASTY}\n\n${LONG}`;
    item.publicSummary = `${NASTY}\n\n${LONG}`;
    item.decisions[0]!.text = NASTY;
    item.actions[0]!.description = NASTY;
    item.actions[0]!.ownerName = NASTY;
    return record;
  }

  it('loses illegal characters only: markup, entities, braces, emoji, right-to-left text and long paragraphs survive', async () => {
    const record = nastyRecord();
    const actions = recordActions(record).map((a) => ({ ...a, overdue: true, latestNote: { id: 1, actionId: a.id, date: '2026-03-18', text: NASTY, author: NASTY, createdAt: '' } }));
    const builds = {
      minutes: await buildMinutesDocx(minutesData(record)),
      press: await buildPressStatementDocx(pressData(record, { headline: NASTY })),
      register: await buildDecisionRegisterDocx({ ...registerData(record), committee: record.committee }),
      actions: await buildActionReportDocx({ ...reportData(actions), committee: record.committee }),
    };
    for (const [name, bytes] of Object.entries(builds)) {
      const doc = openDocx(bytes); // strict parse of every part
      const text = `${doc.header}\n${doc.bodyText}\n${doc.footer}`;
      expect(text, name).toContain(CLEAN);
      // eslint-disable-next-line no-control-regex -- the characters XML forbids must not reach the document
      expect(text, name).not.toMatch(/[\u0001\u0008\u000B\u000C\u001F\uFFFE]/);
      if (name !== 'register' && name !== 'actions') expect(doc.body.some((p) => p.text.includes(LONG)), name).toBe(true);
    }
    expect(openDocx(builds.minutes).xml['word/document.xml']).toContain('&lt;w:t&gt;x&lt;/w:t&gt; &amp;amp; {name}');
  });

  it('keeps line breaks and tabs as typed, and blank lines as paragraph breaks', async () => {
    const record = sampleRecord();
    record.agenda[0]!.minutes = 'First line\nsecond line\twith a tab\r\n\r\nSecond paragraph';
    const doc = openDocx(await buildMinutesDocx(minutesData(record)));
    expect(doc.body.map((p) => p.text)).toContain('1.1\tFirst line\nsecond line\twith a tab');
    expect(doc.body.map((p) => p.text)).toContain('1.2\tSecond paragraph');
  });
});

describe('determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the same bytes for the same data, whatever the clock says', async () => {
    const build = async () => ({
      minutes: await buildMinutesDocx(minutesData()),
      press: await buildPressStatementDocx(pressData()),
      register: await buildDecisionRegisterDocx(registerData()),
      actions: await buildActionReportDocx(reportData()),
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-01-01T03:04:05Z'));
    const first = await build();
    vi.setSystemTime(new Date('2031-07-09T21:59:59Z'));
    const second = await build();
    for (const key of Object.keys(first) as (keyof typeof first)[]) expect(Buffer.from(second[key]).equals(Buffer.from(first[key])), key).toBe(true);
    expect(openDocx(first.minutes).xml['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-16T00:00:00Z</dcterms:created>');
    expect(openDocx(first.minutes).xml['docProps/core.xml']).toContain('<dc:creator>Secretariat</dc:creator>');
    const names = Object.keys(unzipSync(first.minutes));
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());

    const changed = sampleRecord();
    changed.agenda[0]!.minutes = 'Different words.';
    expect(Buffer.from(await buildMinutesDocx(minutesData(changed))).equals(Buffer.from(first.minutes))).toBe(false);
  });
});

describe('right-to-left readiness', () => {
  it('marks paragraphs, runs and tables right-to-left when the kit is Arabic', async () => {
    const k = new Kit('ar');
    const doc = openDocx(
      await packDocument(
        makeDocument({
          title: 'محضر',
          subject: 'اختبار',
          date: '2026-03-15',
          header: k.header([{ text: 'سري' }]),
          footer: k.footer([{ text: 'اللجنة' }]),
          children: [k.para('الاجتماع الثالث'), k.table([{ title: 'الإجراء', share: 1 }], [['نشر التعميم']], TEXT_WIDTH.portrait)],
        }),
        '2026-03-15',
      ),
    );
    const xml = doc.xml['word/document.xml']!;
    expect(doc.body[0]!.bidi).toBe(true);
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toContain('<w:bidiVisual/>');
    expect(doc.bodyText).toContain('الاجتماع الثالث');
  });
});
