import type { Document, Paragraph } from 'docx';
import type { Committee } from '../../shared/domain';
import { ALERT, Kit, makeDocument, packDocument, requireSupportedLang, splitParagraphs, STYLE, type DocLang } from './docxKit';
import { longDate } from './format';
import { END_MARK } from './pressStatementText';

/**
 * Everything a press statement document is made from. Deliberately not the meeting record:
 * the statement's own (edited) text is the only prose that reaches the page.
 */
export interface PressStatementData {
  committee: Pick<Committee, 'name'>;
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

export function pressStatementDocument(data: PressStatementData, lang: DocLang = 'en'): Document {
  requireSupportedLang(lang);
  const k = new Kit(lang);
  const draft = data.status !== 'approved';
  const blocks = splitParagraphs(data.body);
  const hasEnd = blocks.some((b) => END_MARKS.test(b.trim()));

  const children: Paragraph[] = [
    k.para([...k.runs('FOR IMMEDIATE RELEASE', { bold: true })], { spacingAfter: 0 }),
    k.para(longDate(data.releaseDate), { style: STYLE.note, spacingAfter: 240 }),
    k.para(data.headline, { heading: 'title' }),
  ];
  for (const block of blocks) {
    children.push(END_MARKS.test(block.trim()) ? k.para([...k.runs(block.trim(), { bold: true })], { centered: true, spacingBefore: 120 }) : k.para(block));
  }
  if (!hasEnd) children.push(k.para([...k.runs(END_MARK, { bold: true })], { centered: true, spacingBefore: 120 }));

  const headerLines = [
    ...(draft ? [{ text: NOT_FOR_RELEASE, bold: true, color: ALERT }] : []),
    { text: data.committee.name.toUpperCase() },
    { text: 'PRESS STATEMENT', bold: true },
  ];
  return makeDocument({
    title: data.headline,
    subject: 'Press statement',
    date: data.updatedAt,
    header: k.header(headerLines),
    footer: k.footer(draft ? [{ text: NOT_FOR_RELEASE, bold: true, color: ALERT }] : [{ text: data.committee.name }]),
    children,
  });
}

export async function buildPressStatementDocx(data: PressStatementData, options: { lang?: DocLang } = {}): Promise<Uint8Array> {
  return packDocument(pressStatementDocument(data, options.lang ?? 'en'), data.updatedAt);
}
