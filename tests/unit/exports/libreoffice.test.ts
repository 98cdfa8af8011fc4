import { beforeAll, describe, expect, it } from 'vitest';
import { buildActionReportDocx } from '../../../src/core/exports/actionReportDocx';
import { buildDecisionRegisterDocx } from '../../../src/core/exports/decisionRegisterDocx';
import { buildMinutesDocx } from '../../../src/core/exports/minutesDocx';
import { buildPressStatementDocx } from '../../../src/core/exports/pressStatementDocx';
import { generatePressDraft } from '../../../src/core/exports/pressStatementText';
import { hasLibreOffice, pdfTexts } from '../../helpers/docx';
import { CLOSED_ITEM_PHRASE, CONFIDENTIAL_PHRASE, recordActions, sampleRecord } from '../../helpers/records';

/**
 * Reading the exports back through another word processor: what LibreOffice lays out is what
 * a reader sees. Skipped only where LibreOffice is missing and nobody asked for it; .ci/run sets
 * SECRETARIAT_REQUIRE_LIBREOFFICE so that its absence there is a failure, not a silent pass.
 */
const installed = hasLibreOffice();
const required = !!process.env.SECRETARIAT_REQUIRE_LIBREOFFICE;

describe('LibreOffice', () => {
  it.runIf(required)('is installed where it is required', () => {
    expect(installed, 'soffice was not found on PATH but SECRETARIAT_REQUIRE_LIBREOFFICE is set').toBe(true);
  });
});

describe.runIf(installed)('exports read back through LibreOffice', () => {
  let pdf: Record<string, { text: string; pages: number }>;
  /** pdftotext keeps the layout's spacing; compare words, not columns. */
  const words = (name: string) => pdf[name]!.text.replace(/\s+/g, ' ');

  beforeAll(async () => {
    const record = sampleRecord();
    // Long enough to run over several pages, so that "Page X of Y" is really counted.
    record.agenda[1]!.minutes = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the discussion on the inspection plan.`).join('\n\n');
    const actions = recordActions(record);
    actions[0] = { ...actions[0]!, dueDate: '2026-03-01', overdue: true };
    const draft = generatePressDraft(record);
    pdf = pdfTexts({
      minutes: await buildMinutesDocx({ record, amendments: [], earlierActions: [], asOf: '2026-03-20' }),
      press: await buildPressStatementDocx({ committee: record.committee, releaseDate: record.meeting.startsAt, ...draft, status: 'draft', updatedAt: record.meeting.updatedAt }),
      register: await buildDecisionRegisterDocx({
        committee: record.committee,
        scope: {},
        entries: record.agenda.flatMap((a) => a.decisions.map((decision) => ({ decision, meeting: record.meeting, actions: actions.filter((x) => x.decisionId === decision.id) }))),
        classification: 'restricted',
        asOf: '2026-03-20',
      }),
      actions: await buildActionReportDocx({ committee: record.committee, committeeNames: new Map([[1, 'HCOSH']]), actions, classification: 'restricted', asOf: '2026-03-20' }),
    });
  }, 300_000);

  it('minutes: title, marking, draft mark, decisions and "Page X of Y" on every page', () => {
    const { pages } = pdf.minutes!;
    const text = words('minutes');
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Minutes of the 3rd Meeting of the Higher Committee for Occupational Safety and Health (HCOSH)');
    expect(text).toMatch(/Decision 2026\/3\/1/i);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text.match(/RESTRICTED/g)!.length).toBeGreaterThanOrEqual(pages);
    expect(text.match(/DRAFT – subject to approval/g)!.length).toBeGreaterThanOrEqual(2 * pages);
    expect(text).toContain('RESOLVED: Approve the summer 2026 inspection plan');
    expect(text).toContain('Publish the midday ban circular');
  });

  it('press statement: release line, headline, end mark, and no confidential text', () => {
    const text = words('press');
    expect(text).toContain('FOR IMMEDIATE RELEASE');
    expect(text).toContain('holds its third meeting and adopts two decisions');
    expect(text).toContain('H.E. Dr. Salma Yusuf Al-Mannai');
    expect(text).toContain('ENDS');
    expect(text).not.toContain(CONFIDENTIAL_PHRASE);
    expect(text).not.toContain(CLOSED_ITEM_PHRASE);
  });

  it('decision register and action report: numbers, statuses and the overdue mark', () => {
    expect(words('register')).toContain('2026/3/2');
    expect(words('register')).toContain('Overdue (due 1 March 2026)');
    expect(words('actions')).toContain('OVERDUE by 19 days');
    expect(words('actions')).toContain('Page 1 of 1');
  });
});
