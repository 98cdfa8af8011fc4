import type { Document, Paragraph } from 'docx';
import type { Committee } from '../../shared/domain';
import { arabicDate } from './arabic';
import { arabicCommitteeName } from './arabicFields';
import { ALERT, Kit, makeDocument, packDocument, splitParagraphs, STYLE, type DocLang } from './docxKit';
import { longDate } from './format';
import { END_MARK, END_MARK_AR } from './pressStatementText';

/**
 * Everything a press statement document is made from. Deliberately not the meeting record:
 * the statement's own (edited) text is the only prose that reaches the page.
 */
export interface PressStatementData {
  committee: Pick<Committee, 'name' | 'nameAr'>;
  /** The day it is released (approval) or, for a draft, the meeting day: YYYY-MM-DD or ISO. */
  releaseDate: string;
  headline: string;
  body: string;
  status: 'draft' | 'approved';
  /** When the text last changed; stamped in the file's properties. */
  updatedAt: string;
}

export const NOT_FOR_RELEASE = 'DRAFT – NOT FOR RELEASE';
const END_MARKS = /^(ENDS|-\s*ENDS\s*-|#{3}|\/\/\s*انتهى\s*\/\/)$/i;

const WORDS = {
  en: { release: 'FOR IMMEDIATE RELEASE', notForRelease: NOT_FOR_RELEASE, kind: 'PRESS STATEMENT', subject: 'Press statement', end: END_MARK, date: longDate },
  ar: { release: 'للنشر الفوري', notForRelease: 'مسودة – غير مخصصة للنشر', kind: 'بيان صحفي', subject: 'بيان صحفي', end: END_MARK_AR, date: (iso: string) => arabicDate(iso) },
};

/**
 * The statement's stored (or generated) text laid out in its language. An Arabic statement
 * needs only the committee's Arabic name besides its own text.
 */
export function pressStatementDocument(data: PressStatementData, lang: DocLang = 'en'): Document {
  const w = WORDS[lang];
  const committeeName = lang === 'ar' ? arabicCommitteeName(data.committee) : data.committee.name;
  const k = new Kit(lang);
  const draft = data.status !== 'approved';
  const blocks = splitParagraphs(data.body);
  const hasEnd = blocks.some((b) => END_MARKS.test(b.trim()));

  const children: Paragraph[] = [
    k.para([...k.runs(w.release, { bold: true })], { spacingAfter: 0 }),
    k.para(w.date(data.releaseDate), { style: STYLE.note, spacingAfter: 240 }),
    k.para(data.headline, { heading: 'title' }),
  ];
  for (const block of blocks) {
    children.push(END_MARKS.test(block.trim()) ? k.para([...k.runs(block.trim(), { bold: true })], { centered: true, spacingBefore: 120 }) : k.para(block));
  }
  if (!hasEnd) children.push(k.para([...k.runs(w.end, { bold: true })], { centered: true, spacingBefore: 120 }));

  const headerLines = [
    ...(draft ? [{ text: w.notForRelease, bold: true, color: ALERT }] : []),
    { text: lang === 'ar' ? committeeName : committeeName.toUpperCase() },
    { text: w.kind, bold: true },
  ];
  return makeDocument({
    title: data.headline,
    subject: w.subject,
    date: data.updatedAt,
    lang,
    header: k.header(headerLines),
    footer: k.footer(draft ? [{ text: w.notForRelease, bold: true, color: ALERT }] : [{ text: committeeName }]),
    children,
  });
}

export async function buildPressStatementDocx(data: PressStatementData, options: { lang?: DocLang } = {}): Promise<Uint8Array> {
  return packDocument(pressStatementDocument(data, options.lang ?? 'en'), data.updatedAt);
}
