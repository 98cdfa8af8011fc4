import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../../src/cli/commands/export';
import type { Io } from '../../../src/cli/io';
import { call } from '../../../src/core/dispatcher';
import { buildActionReportDocx } from '../../../src/core/exports/actionReportDocx';
import { buildDecisionRegisterDocx } from '../../../src/core/exports/decisionRegisterDocx';
import { bidiSegments } from '../../../src/core/exports/docxKit';
import { buildMinutesDocx } from '../../../src/core/exports/minutesDocx';
import { buildPressStatementDocx } from '../../../src/core/exports/pressStatementDocx';
import { generatePressDraft } from '../../../src/core/exports/pressStatementText';
import { getMeetingRecord } from '../../../src/core/services/meetings';
import type { MeetingPackage } from '../../../src/shared/meetingPackage';
import { bytesOf, hasLibreOffice, openDocx, pdfTexts, type OpenedDocx } from '../../helpers/docx';
import { BILINGUAL_MEETING } from '../../helpers/paths';
import { failure } from '../../helpers/seed';
import { newVault, PASSPHRASE } from '../../helpers/vault';

const BILINGUAL = JSON.parse(readFileSync(BILINGUAL_MEETING, 'utf8')) as MeetingPackage;
const clone = (): MeetingPackage => structuredClone(BILINGUAL);

const { host, dir, path: vaultPath } = await newVault({ clock: () => new Date('2026-03-20T09:00:00Z') });
let meetingId: number;
let minutes: OpenedDocx;
let press: OpenedDocx;
let minutesBytes: Uint8Array;
let pressBytes: Uint8Array;

/**
 * A changed copy of the fixture in a vault of its own: an import reuses the committee and people
 * a vault already has, so a field removed here would otherwise still be found there.
 */
async function importVariant(change: (pkg: MeetingPackage) => void = () => {}) {
  const vault = await newVault({ clock: () => new Date('2026-03-20T09:00:00Z') });
  const pkg = clone();
  change(pkg);
  return { ...vault, id: (await call(vault.host, 'packages.import', { package: pkg })).meetingId };
}

beforeAll(async () => {
  meetingId = (await call(host, 'packages.import', { package: BILINGUAL })).meetingId;
  const m = await call(host, 'exports.minutes', { meetingId, lang: 'ar' });
  const p = await call(host, 'exports.press', { meetingId, lang: 'ar' });
  expect(m.fileName).toBe('HCOSH-Minutes-3rd-Meeting-2026-03-15-DRAFT-AR.docx');
  expect(p.fileName).toBe('HCOSH-Press-Statement-2026-03-15-DRAFT-AR.docx');
  minutesBytes = bytesOf(m);
  pressBytes = bytesOf(p);
  minutes = openDocx(minutesBytes);
  press = openDocx(pressBytes);
});

const ARABIC = /\p{Script=Arabic}/u;
const parts = (doc: OpenedDocx) => Object.keys(doc.parsed).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));

/** Every run of the body, headers and footers: its text and whether it is marked right-to-left. */
function runsOf(doc: OpenedDocx): { text: string; rtl: boolean }[] {
  const out: { text: string; rtl: boolean }[] = [];
  for (const name of parts(doc)) {
    const runs = doc.parsed[name]!.getElementsByTagName('w:r');
    for (let i = 0; i < runs.length; i++) {
      const r = runs.item(i)!;
      const ts = r.getElementsByTagName('w:t');
      let text = '';
      for (let j = 0; j < ts.length; j++) text += ts.item(j)!.textContent ?? '';
      if (text) out.push({ text, rtl: r.getElementsByTagName('w:rtl').length > 0 });
    }
  }
  return out;
}

/** Latin words anywhere a reader sees: the Arabic documents may hold these and no others. */
const latinWords = (doc: OpenedDocx) => new Set(runsOf(doc).flatMap((r) => r.text.match(/[A-Za-z]+/g) ?? []));

function expectRightToLeft(doc: OpenedDocx) {
  for (const name of parts(doc)) {
    const ps = doc.parsed[name]!.getElementsByTagName('w:p');
    for (let i = 0; i < ps.length; i++) expect(ps.item(i)!.getElementsByTagName('w:bidi').length, `${name} paragraph ${i}`).toBe(1);
  }
  for (const run of runsOf(doc)) {
    // Arabic text runs right to left; a Latin stretch is a run of its own, left to right.
    if (ARABIC.test(run.text)) expect(run.rtl, run.text).toBe(true);
    else if (/[A-Za-z0-9]/.test(run.text)) expect(run.rtl, run.text).toBe(false);
  }
  const xml = doc.xml['word/document.xml']!;
  expect((xml.match(/<w:tbl>/g) ?? []).length).toBe((xml.match(/<w:bidiVisual\/>/g) ?? []).length);
  const styles = doc.xml['word/styles.xml']!;
  expect(styles).toContain('w:cs="Noto Naskh Arabic"');
  expect(styles).toContain('<w:lang w:val="en-GB" w:bidi="ar-SA"/>');
  // Complex-script size and bold are set wherever the Latin ones are.
  expect((styles.match(/<w:sz w:val/g) ?? []).length).toBe((styles.match(/<w:szCs w:val/g) ?? []).length);
  expect((styles.match(/<w:b\/>/g) ?? []).length).toBe((styles.match(/<w:bCs\/>/g) ?? []).length);
  expect(doc.xml['word/fontTable.xml']).toContain('<w:font w:name="Noto Naskh Arabic"><w:altName w:val="Traditional Arabic"/><w:charset w:val="B2"/>');
}

describe('Arabic minutes', () => {
  it('are right to left throughout: paragraphs, runs, tables, complex-script sizes, bold and font', () => {
    expectRightToLeft(minutes);
    expect(minutes.xml['word/document.xml']).toContain('<w:bCs/>');
  });

  it('have the Arabic title with the ordinal in the oblique, the particulars and the markings', () => {
    const title = minutes.body.find((p) => p.style === 'Title');
    expect(title?.text).toBe('محضر الاجتماع الثالث للجنة العليا للسلامة والصحة المهنية');
    expect(Object.fromEntries(minutes.tables[0]!.map(([k, v]) => [k, v]))).toEqual({
      التاريخ: 'الأحد ١٥ مارس ٢٠٢٦م',
      'بدء الاجتماع': '١٠:٠٠ صباحًا',
      'انتهاء الاجتماع': '١٢:١٥ مساءً',
      المكان: 'مبنى وزارة العمل، قاعة الاجتماعات ٢',
      'درجة السرية': 'مقيد',
    });
    expect(minutes.header.split('\n')).toEqual(['مقيد', 'اللجنة العليا للسلامة والصحة المهنية', 'مسودة – خاضعة للاعتماد']);
    expect(minutes.footer.split('\n')).toEqual(['مسودة – خاضعة للاعتماد', 'اللجنة العليا للسلامة والصحة المهنية — مقيد', 'صفحة {PAGE} من {NUMPAGES}']);
    expect(minutes.body.at(-1)?.text).toBe('مسودة – خاضعة للاعتماد');
  });

  it('list attendance under Arabic headings with Arabic honorifics, state the quorum and open impersonally', () => {
    const texts = minutes.body.map((p) => p.text);
    const h2 = minutes.body.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2).toEqual(['الأعضاء الحاضرون', 'حضر بالإنابة', 'المعتذرون', 'حضر أيضًا']);
    expect(texts).toContain('سعادة الدكتورة سلمى يوسف المناعي، وكيل وزارة العمل (رئيسة اللجنة)');
    expect(texts).toContain('السيد دانيال أوكونور، رئيس مجلس قطاع الإنشاءات، غرفة تجارة وصناعة البحرين — حضر من ينوب عنه');
    expect(texts).toContain('السيدة فاطمة علي جابر، مديرة تخطيط الحماية المدنية، الإدارة العامة للدفاع المدني');
    expect(texts).toContain(
      'النصاب: اكتمل النصاب القانوني للاجتماع؛ إذ بلغ عدد الأعضاء ذوي حق التصويت الحاضرين أو المُنابين ٥ من أصل ٦، والنصاب المطلوب ٤ (أغلبية الأعضاء ذوي حق التصويت).',
    );
    expect(texts).toContain('افتُتح الاجتماع في تمام الساعة ١٠:٠٠ صباحًا برئاسة سعادة الدكتورة سلمى يوسف المناعي، وكيل وزارة العمل.');
    expect(texts).toContain('رحّبت سعادة رئيسة اللجنة بالأعضاء، وأكدت أهمية حماية العاملين في المواقع المكشوفة خلال أشهر الصيف.');
    expect(texts).toContain('ولعدم وجود موضوعات أخرى، اختُتم الاجتماع في تمام الساعة ١٢:١٥ مساءً.');
  });

  it('number the items and their paragraphs, keep closed items with their minutes, and set decisions apart', () => {
    const h1 = minutes.body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual([
      'الحضور',
      'افتتاح الاجتماع',
      '١. متابعة إجراءات الاجتماع الثاني',
      '٢. حظر العمل وقت الظهيرة: الاستعدادات لصيف ٢٠٢٦',
      '٣. الرقابة الصحية المهنية على عمال الإنشاءات',
      '٤. ما يستجد من أعمال',
      'اختتام الاجتماع',
      'ملخص الإجراءات',
      'التوقيعات',
    ]);
    const numbered = minutes.body.filter((p) => p.style === 'NumberedPara').map((p) => p.text.split('\t')[0]);
    expect(numbered).toEqual(['١-١', '٢-١', '٢-٢', '٣-١', '٤-١']);
    expect(minutes.body.filter((p) => p.style === 'Meta').map((p) => p.text)).toContain('بند مغلق: غير مخصص للنشر.');
    expect(minutes.body.filter((p) => p.style === 'Decision').map((p) => p.text)).toEqual([
      'القرار رقم (2026/3/1)\nقررت اللجنة: اعتماد خطة التفتيش لصيف ٢٠٢٦ بصيغتها المعروضة، مع رفع تقرير أسبوعي عن مستوى الالتزام إلى رئيسة اللجنة.',
      'القرار رقم (2026/3/2)\nقررت اللجنة: الطلب إلى وزارة الصحة إعداد مشروع تجريبي للفحص الطبي مع تقدير تكلفته في موقعين إنشائيين كبيرين، وفق إرشادات منظمة الصحة العالمية (WHO).',
    ]);
    // The decision bar sits at the start of the line, which in Arabic is the right.
    expect(minutes.xml['word/styles.xml']).toMatch(/w:styleId="Decision">.*?<w:pBdr><w:right /);
  });

  it('have action tables and a summary with Arabic headings, owners by Arabic name or body, and the signature block', () => {
    const summary = minutes.tables.find((t) => t[0]!.join('|') === 'البند|الإجراء|المسؤول|الموعد المحدد')!;
    expect(summary.slice(1).map((r) => [r[0], r[2]!.split('\n')[0], r[3]])).toEqual([
      ['٢', 'السيد عمر خالد حداد', '٣٠ أبريل ٢٠٢٦م'],
      ['٢', 'السيدة ليلى ناصر', '١٥ أبريل ٢٠٢٦م'],
      ['٣', 'وزارة الصحة', '٣١ مايو ٢٠٢٦م'],
      ['٤', 'الاتحاد العام لنقابات العمال', '١٠ أبريل ٢٠٢٦م'],
    ]);
    expect(summary[1]![1]).toBe('نشر تعميم حظر العمل وقت الظهيرة (MOL/OSH/2026/07) باللغات العربية والإنجليزية والهندية والأردية');
    expect(minutes.tables.filter((t) => t[0]!.join('|') === 'الإجراء|المسؤول|الموعد المحدد')).toHaveLength(3);
    const signatures = minutes.tables.at(-1)!;
    expect(signatures[0]![0]).toBe('رئيس اللجنة\nالتوقيع: ______________________\nسعادة الدكتورة سلمى يوسف المناعي\nوكيل وزارة العمل\nالتاريخ: ______________________');
    expect(signatures[0]![1]!.split('\n').slice(0, 3)).toEqual(['أمين سر اللجنة', 'التوقيع: ______________________', 'السيدة ليلى ناصر']);
  });

  it('mix in no English: the only Latin words are the acronyms and codes typed in the Arabic texts, in their own order', () => {
    expect(latinWords(minutes)).toEqual(new Set(['MOL', 'OSH', 'WHO']));
    const ltr = runsOf(minutes).filter((r) => !r.rtl && /[A-Za-z]/.test(r.text)).map((r) => r.text);
    expect(ltr).toContain('(MOL/OSH/2026/07)');
    expect(ltr).toContain('(WHO)');
  });
});

describe('approved Arabic minutes', () => {
  it('drop the draft markings, give the approval date, report earlier actions and list only the amendments they contain', async () => {
    const record = getMeetingRecord(host.session(), meetingId);
    record.meeting = { ...record.meeting, status: 'approved', approvedAt: '2026-03-22T08:00:00Z' };
    const item = record.agenda.find((a) => a.position === 2)!;
    const earlier = { ...item.actions[0]!, id: 99, meetingNumber: 2, overdue: true, dueDate: '2026-03-01' };
    const amendment = (id: number, field: string, before: string, after: string) => ({
      id,
      targetType: 'agenda_item',
      targetId: item.id,
      field,
      before,
      after,
      reason: 'تصحيح الصياغة',
      author: 'ليلى ناصر',
      createdAt: '2026-03-25T09:00:00Z',
    });
    const doc = openDocx(
      await buildMinutesDocx(
        {
          record,
          amendments: [amendment(1, 'title', 'Old title', 'New title'), amendment(2, 'titleAr', 'العنوان السابق', 'العنوان الجديد')],
          earlierActions: [earlier],
          asOf: '2026-03-20',
        },
        { lang: 'ar' },
      ),
    );
    expect(Object.values(doc.xml).join('')).not.toContain('مسودة');
    expect(doc.body.map((p) => p.text)).toContain('اعتُمد هذا المحضر بتاريخ ٢٢ مارس ٢٠٢٦م.');
    const arising = doc.tables.find((t) => t[0]!.join('|') === 'الاجتماع|الإجراء|المسؤول|الموعد المحدد|الحالة')!;
    expect(arising[1]![0]).toBe('الثاني');
    expect(arising[1]![4]).toBe('متأخر');
    const annex = doc.tables.find((t) => t[0]!.join('|') === 'التاريخ|الموضع|التعديل|السبب|بواسطة')!;
    expect(annex.slice(1)).toEqual([['٢٥ مارس ٢٠٢٦م', 'البند ٢، العنوان', 'قبل: العنوان السابق\nبعد: العنوان الجديد', 'تصحيح الصياغة', 'ليلى ناصر']]);
    expect(doc.tables.at(-2)![0]![0]).toContain('التاريخ: ٢٢ مارس ٢٠٢٦م');
  });
});

describe('Arabic press statement', () => {
  it('is generated from the Arabic public texts: headline, dateline with «م», chair named then posts, end mark', async () => {
    const draft = await call(host, 'press.get', { meetingId, lang: 'ar' });
    expect(draft).toMatchObject({ lang: 'ar', stored: false, status: 'draft' });
    expect(draft.headline).toBe('اللجنة العليا للسلامة والصحة المهنية تعقد اجتماعها الثالث وتعتمد قرارين');
    const paragraphs = draft.body.split('\n\n');
    expect(paragraphs[0]).toBe(
      '١٥ مارس ٢٠٢٦م – عقدت اللجنة العليا للسلامة والصحة المهنية اجتماعها الثالث يوم الأحد في مبنى وزارة العمل، قاعة الاجتماعات ٢، برئاسة سعادة الدكتورة سلمى يوسف المناعي وكيل وزارة العمل رئيسة اللجنة.',
    );
    expect(paragraphs).toContain('واتخذت اللجنة القرارات الآتية:');
    expect(paragraphs).toContain('القرار رقم (2026/3/1): اعتماد خطة التفتيش لصيف ٢٠٢٦ بصيغتها المعروضة، مع رفع تقرير أسبوعي عن مستوى الالتزام إلى رئيسة اللجنة.');
    expect(paragraphs).toContain(
      'وفي ختام الاجتماع، شكرت سعادتها الأعضاء على إسهاماتهم، وشددت على التزام اللجنة بتوفير بيئة عمل آمنة وصحية للجميع. وتباشر اللجنة اختصاصاتها بموجب المادة (٤) من المرسوم رقم (١٧) لسنة ٢٠١٩.',
    );
    expect(paragraphs.filter((p) => p === '// انتهى //')).toHaveLength(1);
    expect(paragraphs.at(-1)).toBe('للاستفسارات الإعلامية: أمينة سر اللجنة، وزارة العمل.');
    expect(paragraphs.at(-2)).toBe(
      'نبذة عن اللجنة: تضم اللجنة العليا للسلامة والصحة المهنية في عضويتها ممثلين عن وزارة العمل، وغرفة تجارة وصناعة البحرين، والإدارة العامة للدفاع المدني، والاتحاد العام لنقابات العمال، ووزارة الصحة.',
    );
  });

  it('carries nothing from closed items or minutes text, in the draft or the document', async () => {
    const draft = await call(host, 'press.get', { meetingId, lang: 'ar' });
    const everything = [`${draft.headline}\n${draft.body}`, Object.values(press.xml).join('\n')];
    for (const text of everything)
      for (const secret of ['متابعة إجراءات الاجتماع الثاني', 'ما يستجد من أعمال', 'أعداد حالات الإجهاد الحراري', '١٬٢٠٠ زيارة', 'دعوة ممثلي العمال', 'الغرامات المقررة', 'MOL/OSH'])
        expect(text).not.toContain(secret);
  });

  it('is laid out right to left with the release line, the date, the headline and «// انتهى //» once', () => {
    expectRightToLeft(press);
    const texts = press.body.map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual(['للنشر الفوري', '١٥ مارس ٢٠٢٦م', 'اللجنة العليا للسلامة والصحة المهنية تعقد اجتماعها الثالث وتعتمد قرارين']);
    expect(press.body[2]!.style).toBe('Title');
    expect(texts.filter((t) => t === '// انتهى //')).toHaveLength(1);
    expect(press.header.split('\n')).toEqual(['مسودة – غير مخصصة للنشر', 'اللجنة العليا للسلامة والصحة المهنية', 'بيان صحفي']);
    expect(press.footer).toContain('صفحة {PAGE} من {NUMPAGES}');
    expect(latinWords(press)).toEqual(new Set(['ILO', 'Convention', 'No', 'WHO']));
    expect(runsOf(press).filter((r) => !r.rtl && /[A-Za-z]/.test(r.text)).map((r) => r.text)).toContain('(ILO Convention No. 155)');
  });

  it('is stored, edited and approved apart from the English one, and exported as stored', async () => {
    const { host: h, id } = await importVariant();
    const saved = await call(h, 'press.save', { meetingId: id, lang: 'ar', headline: 'اللجنة تعتمد خطة الصيف', body: 'الفقرة الأولى.\n\nالفقرة الثانية.' });
    expect(saved).toMatchObject({ lang: 'ar', stored: true, status: 'draft' });
    await call(h, 'press.setStatus', { meetingId: id, lang: 'ar', status: 'approved' });
    expect(await call(h, 'press.get', { meetingId: id })).toMatchObject({ lang: 'en', stored: false, status: 'draft' });
    expect((await failure(h, 'press.save', { meetingId: id, lang: 'ar', headline: 'x', body: 'y' })).code).toBe('RECORD_LOCKED');
    expect((await call(h, 'press.save', { meetingId: id, headline: 'English', body: 'Text.' })).lang).toBe('en');

    const file = await call(h, 'exports.press', { meetingId: id, lang: 'ar' });
    expect(file.fileName).toBe('HCOSH-Press-Statement-2026-03-15-AR.docx');
    const doc = openDocx(bytesOf(file));
    expect(doc.body.map((p) => p.text)).toEqual(['للنشر الفوري', '٢٠ مارس ٢٠٢٦م', 'اللجنة تعتمد خطة الصيف', 'الفقرة الأولى.', 'الفقرة الثانية.', '// انتهى //']);
    expect(Object.values(doc.xml).join('')).not.toContain('غير مخصصة للنشر');

    const audit = h.session().db.prepare(`SELECT action, detail FROM audit_log WHERE entity = 'press_statement' ORDER BY id`).all() as { action: string; detail: string }[];
    expect(audit.map((a) => [a.action, JSON.parse(a.detail).lang])).toEqual([
      ['press.create', 'ar'],
      ['press.approve', 'ar'],
      ['press.create', 'en'],
    ]);
  });
});

describe('missing Arabic texts', () => {
  it('refuse the Arabic minutes with every missing field named, by its path, instead of mixing in English', async () => {
    const { host: h, id } = await importVariant((pkg) => {
      delete pkg.committee.nameAr;
      delete pkg.people[2]!.positionAr;
      delete pkg.meeting.agenda[1]!.titleAr;
      delete pkg.meeting.agenda[1]!.decisions![0]!.textAr;
      delete pkg.meeting.agenda[3]!.minutesAr;
      pkg.meeting.attendance[4]!.representedBy = 'Ms. Rana Saleh, Deputy Chair';
      pkg.meeting.agenda[2]!.actions![0]!.ownerBody = 'Public Works Authority';
    });
    const error = await failure(h, 'exports.minutes', { meetingId: id, lang: 'ar' });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      'The Arabic minutes need these texts in Arabic: committee name; Dr. Priya Raman’s position; the representative of Mr. Daniel O\'Connor: name in Arabic letters; agenda item 2 title; decision 2026/3/1 text; action “Costed screening pilot proposal” (item 3) owner body; agenda item 4 minutes text.',
    );
    expect(error.issues!.map((i) => i.path.replace(/\.\d+\./, '.ID.'))).toEqual([
      'committee.nameAr',
      'person.ID.positionAr',
      'attendance.ID.representedBy',
      'agendaItem.ID.titleAr',
      'decision.ID.textAr',
      'action.ID.ownerBody',
      'agendaItem.ID.minutesAr',
    ]);
    // The English minutes of the same meeting are unaffected.
    expect((await call(h, 'exports.minutes', { meetingId: id })).fileName).toMatch(/DRAFT\.docx$/);
  });

  it('ask of the press statement only what it prints: closed items and minutes text are never needed', async () => {
    const { host: h, id } = await importVariant((pkg) => {
      for (const i of [0, 3]) {
        delete pkg.meeting.agenda[i]!.titleAr;
        delete pkg.meeting.agenda[i]!.minutesAr;
      }
      delete pkg.meeting.agenda[1]!.minutesAr;
      delete pkg.people[3]!.positionAr;
    });
    expect((await call(h, 'press.get', { meetingId: id, lang: 'ar' })).headline).toContain('تعقد اجتماعها الثالث');
    expect((await call(h, 'exports.press', { meetingId: id, lang: 'ar' })).fileName).toMatch(/-AR\.docx$/);
    const error = await failure(h, 'exports.minutes', { meetingId: id, lang: 'ar' });
    expect(error.message).toBe(
      'The Arabic minutes need these texts in Arabic: Ms. Fatima Ali Jaber’s position; agenda item 1 title and minutes text; agenda item 2 minutes text; agenda item 4 title and minutes text.',
    );

    const other = await importVariant((pkg) => {
      delete pkg.meeting.agenda[2]!.publicSummaryAr;
      delete pkg.committee.legalBasisAr;
    });
    const refused = await failure(other.host, 'press.generate', { meetingId: other.id, lang: 'ar' });
    expect(refused.message).toBe('The Arabic press statement needs these texts in Arabic: committee legal basis; agenda item 3 public summary.');
    // A statement written by hand is stored all the same.
    expect((await call(other.host, 'press.save', { meetingId: other.id, lang: 'ar', headline: 'عنوان', body: 'نص.' })).stored).toBe(true);
  });

  it('write no file from the command line', async () => {
    const v = await importVariant((pkg) => delete pkg.meeting.agenda[1]!.titleAr);
    const target = join(dir, 'never-ar.docx');
    await expect(cli(['minutes', v.path], { meeting: String(v.id), lang: 'ar', out: target })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('agenda item 2 title'),
    });
    expect(existsSync(target)).toBe(false);
  });
});

const passFile = join(dir, 'pass.txt');
function cli(positionals: string[], values: Record<string, string | boolean | undefined>): Promise<string> {
  writeFileSync(passFile, `${PASSPHRASE}\n`);
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += String(c)));
  const io: Io = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {} };
  return exportCommand.run({ positionals, values: { 'passphrase-file': passFile, ...values } }, io).then(() => out);
}

describe('secretariat export --lang', () => {
  it('writes Arabic minutes and press statements, and refuses a language it does not have', async () => {
    const target = join(dir, 'minutes-ar.docx');
    expect(await cli(['minutes', vaultPath], { meeting: String(meetingId), lang: 'ar', out: target })).toMatch(/^Wrote the Arabic minutes to .*minutes-ar\.docx/);
    expect(Buffer.from(readFileSync(target)).equals(Buffer.from(minutesBytes))).toBe(true);
    await cli(['press', vaultPath], { meeting: String(meetingId), lang: 'ar', out: join(dir, 'press-ar.docx') });
    expect(openDocx(readFileSync(join(dir, 'press-ar.docx'))).bodyText).toContain('// انتهى //');
    await expect(cli(['minutes', vaultPath], { meeting: String(meetingId), lang: 'fr', out: join(dir, 'x.docx') })).rejects.toThrow(/--lang takes en or ar/);
    await expect(cli(['decisions', vaultPath], { lang: 'ar', out: join(dir, 'x.docx') })).rejects.toThrow(/English only/);
  });

  it('leaves the decision register and action report in English', async () => {
    const record = getMeetingRecord(host.session(), meetingId);
    const actions = record.agenda.flatMap((a) => a.actions);
    await expect(
      buildDecisionRegisterDocx({ committee: record.committee, scope: {}, entries: [], classification: 'restricted', asOf: '2026-03-20' }, { lang: 'ar' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      buildActionReportDocx({ committee: record.committee, committeeNames: new Map(), actions, classification: 'restricted', asOf: '2026-03-20' }, { lang: 'ar' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('Latin inside Arabic', () => {
  it('is cut into left-to-right runs in logical order, brackets and all, never reversed', () => {
    expect(bidiSegments('وفق Article (8) of Law No. (1) for 2008 الصادر')).toEqual([
      { text: 'وفق ', ltr: false },
      { text: 'Article (8) of Law No. (1) for 2008', ltr: true },
      { text: ' الصادر', ltr: false },
    ]);
    expect(bidiSegments('بالتعاون مع (UNODC).')).toEqual([
      { text: 'بالتعاون مع ', ltr: false },
      { text: '(UNODC)', ltr: true },
      { text: '.', ltr: false },
    ]);
    expect(bidiSegments('القرار رقم 2026/3/1')).toEqual([
      { text: 'القرار رقم ', ltr: false },
      { text: '2026/3/1', ltr: true },
    ]);
    expect(bidiSegments('نص عربي ١٢')).toEqual([{ text: 'نص عربي ١٢', ltr: false }]);
  });
});

describe('determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the same Arabic bytes for the same data, whatever the clock says', async () => {
    const record = getMeetingRecord(host.session(), meetingId);
    const build = async () => ({
      minutes: await buildMinutesDocx({ record, amendments: [], earlierActions: [], asOf: '2026-03-20' }, { lang: 'ar' }),
      press: await buildPressStatementDocx(
        { committee: record.committee, releaseDate: record.meeting.startsAt, ...generatePressDraft(record, 'ar'), status: 'draft', updatedAt: record.meeting.updatedAt },
        { lang: 'ar' },
      ),
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-01-01T03:04:05Z'));
    const first = await build();
    vi.setSystemTime(new Date('2031-07-09T21:59:59Z'));
    const second = await build();
    expect(Buffer.from(second.minutes).equals(Buffer.from(first.minutes))).toBe(true);
    expect(Buffer.from(second.press).equals(Buffer.from(first.press))).toBe(true);
  });
});

/**
 * LibreOffice lays the documents out as a reader sees them. pdftotext gives right-to-left lines
 * back in logical order, wrapped in embedding marks, with the spaces, brackets and punctuation
 * next to digits and Latin words moved and Arabic vowel marks split off; so both sides are
 * compared without those, which keeps the order of every letter: reversed text would not match.
 */
const installed = hasLibreOffice();
const required = !!process.env.SECRETARIAT_REQUIRE_LIBREOFFICE;
const squash = (s: string) => s.normalize('NFKC').replace(/[\u064B-\u065F\u0670\u200E\u200F\u202A-\u202E\u2066-\u2069\s().:،]/g, '');

describe('LibreOffice', () => {
  it.runIf(required)('is installed where it is required', () => {
    expect(installed, 'soffice was not found on PATH but SECRETARIAT_REQUIRE_LIBREOFFICE is set').toBe(true);
  });
});

describe.runIf(installed)('Arabic exports read back through LibreOffice', () => {
  let pdf: Record<string, { text: string; pages: number }>;
  beforeAll(() => {
    pdf = pdfTexts({ minutes: minutesBytes, press: pressBytes });
  }, 300_000);

  it('minutes: the Arabic title, ordinal, headings, decisions, markings and page numbers read back in logical order', () => {
    const { pages, text } = pdf.minutes!;
    const got = squash(text);
    for (const phrase of [
      'محضر الاجتماع الثالث للجنة العليا للسلامة والصحة المهنية',
      'الأعضاء الحاضرون',
      'سعادة الدكتورة سلمى يوسف المناعي',
      'اكتمل النصاب القانوني للاجتماع',
      'قررت اللجنة: اعتماد خطة التفتيش لصيف ٢٠٢٦ بصيغتها المعروضة',
      'القرار رقم 2026/3/2',
      'وفق إرشادات منظمة الصحة العالمية WHO',
      'نشر تعميم حظر العمل وقت الظهيرة MOL/OSH/2026/07 باللغات',
      'رئيس اللجنة',
      'أمين سر اللجنة',
    ])
      expect(got, phrase).toContain(squash(phrase));
    for (let page = 1; page <= pages; page++) expect(got).toContain(squash(`صفحة ${page} من ${pages}`));
    expect(got.split(squash('مسودة – خاضعة للاعتماد')).length - 1).toBeGreaterThanOrEqual(2 * pages);
  });

  it('press statement: headline, dateline, Latin acronyms intact, the end mark, and nothing confidential', () => {
    const got = squash(pdf.press!.text);
    for (const phrase of [
      'للنشر الفوري',
      'اللجنة العليا للسلامة والصحة المهنية تعقد اجتماعها الثالث وتعتمد قرارين',
      '١٥ مارس ٢٠٢٦م – عقدت اللجنة العليا للسلامة والصحة المهنية اجتماعها الثالث يوم الأحد',
      'برئاسة سعادة الدكتورة سلمى يوسف المناعي وكيل وزارة العمل رئيسة اللجنة',
      'ILO Convention No. 155',
      '// انتهى //',
    ])
      expect(got, phrase).toContain(squash(phrase));
    expect(got).not.toContain(squash('أعداد حالات الإجهاد الحراري'));
    expect(got).not.toContain(squash('ما يستجد من أعمال'));
  });
});
