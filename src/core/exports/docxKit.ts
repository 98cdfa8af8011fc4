import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { stripIllegal } from '../../shared/text';
import { AppError } from '../errors';

/** Every builder takes the language; the layout below already knows right-to-left. */
export type DocLang = 'en' | 'ar';

/** Minutes and press statements come in Arabic; the register and the action report do not yet. */
export function requireSupportedLang(lang: DocLang): void {
  if (lang !== 'en')
    throw new AppError('VALIDATION', 'Only minutes and press statements can be exported in Arabic for now; export this document in English.');
}

const FONT = 'Arial';
/**
 * The face for Arabic script (the complex-script slot, w:cs). The font table names a Windows
 * Naskh face as its alternative and the Arabic character set, so that Word on a machine without
 * Noto picks an Arabic face rather than boxes.
 */
export const ARABIC_FONT = 'Noto Naskh Arabic';
const ARABIC_FALLBACK = 'Traditional Arabic';
const INK = '1A1A1A';
export const MUTED = '595959';
const ACCENT = '1F3864';
export const ALERT = 'B00020';
const RULE = 'A6A6A6';
const SHADE = 'EEF2F8';

export const STYLE = {
  marking: 'Marking',
  meta: 'Meta',
  decision: 'Decision',
  decisionNumber: 'DecisionNumber',
  tableText: 'TableText',
  tableHead: 'TableHead',
  headerText: 'HeaderText',
  note: 'Note',
  numbered: 'NumberedPara',
  overdue: 'Overdue',
} as const;

/** A4, 2 cm margins: the text block is this wide, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const TEXT_WIDTH = { portrait: PAGE.width - 2 * PAGE.margin, landscape: PAGE.height - 2 * PAGE.margin };

/**
 * Naskh at a Latin point size reads a size smaller than the Latin around it, so Arabic
 * documents set the complex-script sizes (w:szCs) a fifth larger than the Latin ones, and give
 * the lines more room for its ascenders and descenders.
 */
function stylesFor(lang: DocLang) {
  const ar = lang === 'ar';
  const sz = (halfPoints: number) => ({ size: halfPoints, sizeComplexScript: ar ? Math.round(halfPoints * 1.2) : halfPoints });
  const font = ar ? { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: ARABIC_FONT } : FONT;
  return {
    default: {
      document: {
        run: { font, ...sz(22), color: INK, ...(ar ? { language: { value: 'en-GB', bidirectional: 'ar-SA' } } : {}) },
        paragraph: { spacing: { after: 120, line: ar ? 300 : 264 } },
      },
      title: {
        run: { font, ...sz(32), bold: true, boldComplexScript: true, color: ACCENT },
        paragraph: { spacing: { before: 120, after: 200, line: 300 }, alignment: AlignmentType.CENTER, keepNext: true },
      },
      heading1: {
        run: { font, ...sz(26), bold: true, boldComplexScript: true, color: ACCENT },
        paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font, ...sz(23), bold: true, boldComplexScript: true, color: INK },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.marking,
        name: 'Marking',
        basedOn: 'Normal',
        run: { bold: true, boldComplexScript: true, color: ALERT, ...sz(22) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
      },
      {
        id: STYLE.meta,
        name: 'Meta',
        basedOn: 'Normal',
        run: { italics: true, italicsComplexScript: !ar, color: MUTED, ...sz(20) },
        paragraph: { spacing: { after: 80 }, keepNext: true },
      },
      {
        id: STYLE.decision,
        name: 'Decision',
        basedOn: 'Normal',
        paragraph: {
          indent: { left: 284, right: 284 },
          spacing: { before: 120, after: 160 },
          keepLines: true,
          // A decision stays on the page of the action table that follows it.
          keepNext: true,
          // Paragraph borders are on a side of the page whatever the direction: the bar marks where a line starts.
          border: {
            [ar ? 'right' : 'left']: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 6 },
          },
          shading: { type: ShadingType.CLEAR, fill: SHADE, color: 'auto' },
        },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { ...sz(19) },
        paragraph: { spacing: { before: 20, after: 20, line: ar ? 264 : 240 } },
      },
      {
        id: STYLE.tableHead,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        run: { bold: true, boldComplexScript: true, color: ACCENT },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.headerText,
        name: 'Header Text',
        basedOn: 'Normal',
        run: { ...sz(16), color: MUTED },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
      {
        id: STYLE.note,
        name: 'Note',
        basedOn: 'Normal',
        run: { ...sz(19), color: MUTED },
      },
      {
        id: STYLE.numbered,
        name: 'Numbered Paragraph',
        basedOn: 'Normal',
        paragraph: { indent: { left: 680, hanging: 680 } },
      },
    ],
    characterStyles: [
      {
        id: STYLE.decisionNumber,
        name: 'Decision Number',
        run: { bold: true, boldComplexScript: true, color: ACCENT, smallCaps: true },
      },
      {
        id: STYLE.overdue,
        name: 'Overdue',
        run: { bold: true, boldComplexScript: true, color: ALERT },
      },
    ],
  };
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  style?: string;
}

type ParaContent = string | readonly TextRun[];

export interface ParaOptions {
  style?: string;
  heading?: 'title' | 'h1' | 'h2';
  centered?: boolean;
  pageBreakBefore?: boolean;
  spacingAfter?: number;
  spacingBefore?: number;
}

export interface Column {
  title: string;
  /** Share of the text width; the shares of a table add up to 1. */
  share: number;
}

export type CellContent = ParaContent | readonly Paragraph[];

/**
 * Given once per table (w:tblCellMar) rather than on every cell: the same layout, and a minutes
 * document of a thousand cells has 30% fewer elements for docx to build and write.
 */
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

interface CellOptions {
  shade?: string;
  head?: boolean;
}

/** Paragraph, run and table makers bound to one language, with user text made safe on the way in. */
export class Kit {
  private readonly rtl: boolean;

  constructor(lang: DocLang) {
    this.rtl = lang === 'ar';
  }

  /**
   * Runs for one line or several: XML-illegal characters removed, line breaks kept as breaks
   * and tabs as tabs so that pasted text looks as it was typed.
   */
  runs(text: string, style: RunStyle = {}): TextRun[] {
    const lines = stripIllegal(text).replace(/\r\n?/g, '\n').split('\n');
    return lines.map((line, i) => {
      const segments = this.rtl ? bidiSegments(line) : [{ text: line, ltr: true }];
      return segments.map((segment, j) => {
        const children: (string | Tab)[] = [];
        segment.text.split('\t').forEach((part, n) => {
          if (n > 0) children.push(new Tab());
          if (part) children.push(part);
        });
        const options: IRunOptions = {
          ...style,
          ...(style.bold ? { boldComplexScript: true } : {}),
          // Naskh has no italic: a slanted Arabic face is a machine's, not a typesetter's.
          ...(style.italics ? { italicsComplexScript: !this.rtl } : {}),
          ...(this.rtl && !segment.ltr ? { rightToLeft: true } : {}),
          ...(i > 0 && j === 0 ? { break: 1 } : {}),
          children,
        };
        return new TextRun(options);
      });
    }).flat();
  }

  para(content: ParaContent, options: ParaOptions = {}): Paragraph {
    const children = typeof content === 'string' ? this.runs(content) : [...content];
    return new Paragraph({
      children,
      ...(options.style ? { style: options.style } : {}),
      ...(options.heading ? { heading: HEADINGS[options.heading] } : {}),
      ...(options.centered ? { alignment: AlignmentType.CENTER } : {}),
      ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
      ...(options.spacingAfter !== undefined || options.spacingBefore !== undefined
        ? { spacing: { after: options.spacingAfter, before: options.spacingBefore } }
        : {}),
      ...(this.rtl ? { bidirectional: true } : {}),
    });
  }

  /** Free text as typed: a blank line starts a new paragraph, a single newline a new line. */
  paragraphs(text: string | null | undefined, options: ParaOptions = {}): Paragraph[] {
    return splitParagraphs(text).map((block) => this.para(block, options));
  }

  cell(content: CellContent, width: number, options: CellOptions = {}): TableCell {
    const paragraphs =
      typeof content === 'string'
        ? [this.para(content, { style: options.head ? STYLE.tableHead : STYLE.tableText })]
        : content.length > 0 && content[0] instanceof Paragraph
          ? (content as readonly Paragraph[])
          : [this.para(content as readonly TextRun[], { style: options.head ? STYLE.tableHead : STYLE.tableText })];
    return new TableCell({
      children: [...paragraphs],
      width: { size: width, type: WidthType.DXA },
      ...(options.shade ? { shading: { type: ShadingType.CLEAR, fill: options.shade, color: 'auto' } } : {}),
    });
  }

  /** A ruled table whose heading row repeats on every page it runs over. */
  table(columns: readonly Column[], rows: readonly (readonly CellContent[] | { cells: readonly CellContent[]; shade?: string })[], textWidth = TEXT_WIDTH.portrait): Table {
    const widths = columns.map((c) => Math.round(c.share * textWidth));
    const head = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((c, i) => this.cell(c.title, widths[i]!, { head: true, shade: SHADE })),
    });
    const body = rows.map((row) => {
      const cells = 'cells' in row ? row.cells : row;
      const shade = 'cells' in row ? row.shade : undefined;
      return new TableRow({ cantSplit: true, children: cells.map((c, i) => this.cell(c, widths[i]!, { shade })) });
    });
    const line = { style: BorderStyle.SINGLE, size: 4, color: RULE };
    return new Table({
      rows: [head, ...body],
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: CELL_MARGINS,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      ...(this.rtl ? { visuallyRightToLeft: true } : {}),
    });
  }

  /** Label/value pairs without rules, for the particulars under a title. */
  particulars(pairs: readonly (readonly [string, string])[], textWidth = TEXT_WIDTH.portrait): Table {
    return this.borderless(
      pairs.map(([label, value]) => [[...this.runs(label, { bold: true })], value]),
      [Math.round(textWidth * 0.22), Math.round(textWidth * 0.78)],
    );
  }

  /** A layout grid without rules (particulars, signature blocks). */
  borderless(rows: readonly (readonly CellContent[])[], widths: readonly number[]): Table {
    const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
    return new Table({
      rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c, i) => this.cell(c, widths[i]!)) })),
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: [...widths],
      layout: TableLayoutType.FIXED,
      margins: CELL_MARGINS,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      ...(this.rtl ? { visuallyRightToLeft: true } : {}),
    });
  }

  /** "Page X of Y" as fields, so Word and LibreOffice fill in the numbers when they lay out pages. */
  pageXofY(): Paragraph {
    return new Paragraph({
      style: STYLE.headerText,
      ...(this.rtl ? { bidirectional: true } : {}),
      children: [
        new TextRun({
          children: this.rtl ? ['صفحة ', PageNumber.CURRENT, ' من ', PageNumber.TOTAL_PAGES] : ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          ...(this.rtl ? { rightToLeft: true } : {}),
        }),
      ],
    });
  }

  header(lines: readonly { text: string; bold?: boolean; color?: string }[]): Header {
    return new Header({
      children: lines.map((l, i) =>
        new Paragraph({
          style: STYLE.headerText,
          ...(this.rtl ? { bidirectional: true } : {}),
          ...(i === lines.length - 1 ? { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } } } : {}),
          children: this.runs(l.text, { bold: l.bold, color: l.color }),
        }),
      ),
    });
  }

  footer(lines: readonly { text: string; bold?: boolean; color?: string }[], withPageNumbers = true): Footer {
    const paras = lines.map(
      (l, i) =>
        new Paragraph({
          style: STYLE.headerText,
          ...(this.rtl ? { bidirectional: true } : {}),
          ...(i === 0 ? { border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } } } : {}),
          children: this.runs(l.text, { bold: l.bold, color: l.color }),
        }),
    );
    return new Footer({ children: withPageNumbers ? [...paras, this.pageXofY()] : paras });
  }
}

const LATIN = /[A-Za-z0-9\u00C0-\u024F]/;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[' };

/**
 * A line of Arabic text cut into right-to-left stretches and the Latin ones inside them
 * ("UNODC", "Article (8) of Law No. (1) for 2008", "2026/3/1"). Word lays out the brackets,
 * slashes and spaces of a w:rtl run right to left, which scrambles Latin text; so, as Word does
 * itself, each Latin stretch is a run without w:rtl. A stretch runs from a Latin letter or digit
 * to the last one before the next Arabic letter, with the brackets around it or a closing one
 * whose opening one it holds. The text stays in logical order: nothing is reversed.
 */
export function bidiSegments(line: string): { text: string; ltr: boolean }[] {
  const out: { text: string; ltr: boolean }[] = [];
  let rtlStart = 0;
  let i = 0;
  while (i < line.length) {
    if (!LATIN.test(line[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (let j = i + 1; j < line.length && !ARABIC_SCRIPT.test(line[j]!); j++) if (LATIN.test(line[j]!)) end = j + 1;
    const closer = line[end] ?? '';
    const opener = CLOSERS[closer];
    if (opener) {
      const text = line.slice(i, end);
      // "(MOL/OSH/7)" goes whole: a bracket left in the Arabic run lets a line break between it and the text it encloses.
      if (line[i - 1] === opener && i - 1 >= rtlStart) {
        i--;
        end++;
      } else if (text.split(opener).length > text.split(closer).length) end++;
    }
    if (i > rtlStart) out.push({ text: line.slice(rtlStart, i), ltr: false });
    out.push({ text: line.slice(i, end), ltr: true });
    rtlStart = end;
    i = end;
  }
  if (rtlStart < line.length || out.length === 0) out.push({ text: line.slice(rtlStart), ltr: false });
  return out;
}

const HEADINGS = { title: HeadingLevel.TITLE, h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2 } as const;

/** Paragraph blocks of typed text: blank lines separate them; surrounding space is dropped. */
export function splitParagraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return stripIllegal(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((b) => b.replace(/^\n+|\s+$/g, ''))
    .filter((b) => b.trim() !== '');
}

export interface DocMeta {
  title: string;
  subject: string;
  /** The date the document states it was made: part of the data, so the same data gives the same bytes. */
  date: string;
  /** Arabic documents get the Arabic font and complex-script sizes in their styles. */
  lang?: DocLang;
  landscape?: boolean;
  header: Header;
  footer: Footer;
  children: ISectionOptions['children'];
}

export function makeDocument(meta: DocMeta): Document {
  return new Document({
    creator: 'Secretariat',
    lastModifiedBy: 'Secretariat',
    revision: 1,
    title: stripIllegal(meta.title),
    subject: stripIllegal(meta.subject),
    styles: stylesFor(meta.lang ?? 'en'),
    sections: [
      {
        properties: {
          page: {
            // Portrait measures either way: docx swaps them itself for a landscape page.
            size: { width: PAGE.width, height: PAGE.height, orientation: meta.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
          },
        },
        headers: { default: meta.header },
        footers: { default: meta.footer },
        children: meta.children,
      },
    ],
  });
}

/**
 * docx's Packer deflates the parts with the clock's time on every zip entry and
 * [Content_Types].xml last; its compiler, which Packer keeps in a private field (docx is pinned
 * to one version in package.json), gives the parts as text, so the package is deflated once, here.
 */
const compiler = (Packer as unknown as { compiler: { compile(doc: Document): Map<string, string | Uint8Array> } }).compiler;

/**
 * Packs the document with what docx stamps with the clock (the core properties' created and
 * modified times, the zip entries' times) set to the document's own date, so that the same data
 * always gives the same bytes.
 */
export async function packDocument(doc: Document, date: string): Promise<Uint8Array> {
  const files = compiler.compile(doc);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? '2000-01-01';
  const stamp = `${day}T00:00:00Z`;
  const core = files.get('docProps/core.xml');
  if (typeof core === 'string')
    files.set('docProps/core.xml', core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`));
  const styles = files.get('word/styles.xml');
  const fonts = files.get('word/fontTable.xml');
  if (typeof styles === 'string' && typeof fonts === 'string' && styles.includes(`w:cs="${ARABIC_FONT}"`)) {
    const entry = `<w:font w:name="${ARABIC_FONT}"><w:altName w:val="${ARABIC_FALLBACK}"/><w:charset w:val="B2"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
    const table = fonts.trimEnd();
    files.set('word/fontTable.xml', table.endsWith('/>') ? `${table.slice(0, -2)}>${entry}</w:fonts>` : table.replace(/<\/w:fonts>$/, `${entry}</w:fonts>`));
  }
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // DOS times are local: a local midnight encodes the same fields on every machine.
  const mtime = new Date(Math.max(y, 1980), m - 1, d);
  const names = [...files.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const zippable: Zippable = {};
  for (const name of names) {
    const data = files.get(name)!;
    zippable[name] = [typeof data === 'string' ? strToU8(data) : data, { mtime, level: 6 }];
  }
  return zipSync(zippable);
}
