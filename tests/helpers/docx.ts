import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportFile } from '../../src/shared/api/exports';

/** xmldom's documents carry the DOM's standard types. */
type XmlDocument = Document;

/** Characters XML 1.0 forbids, raw or as character references. */
// eslint-disable-next-line no-control-regex
const ILLEGAL_RAW = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ILLEGAL_REF = /&#(x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|6553[45]));/;

/**
 * Parses an XML part the strict way: any warning or error from the parser fails, and so does a
 * character XML 1.0 forbids (which xmldom itself lets through).
 */
export function parseStrict(xml: string, name = 'part'): XmlDocument {
  if (ILLEGAL_RAW.test(xml)) throw new Error(`${name}: contains a character XML forbids`);
  if (ILLEGAL_REF.test(xml)) throw new Error(`${name}: references a character XML forbids`);
  const fail = (level: string) => (msg: unknown) => {
    throw new Error(`${name}: ${level}: ${String(msg)}`);
  };
  return new DOMParser({ errorHandler: { warning: fail('warning'), error: fail('error'), fatalError: fail('fatal') } }).parseFromString(
    xml,
    'application/xml',
  );
}

export interface Para {
  style: string | null;
  text: string;
  /** Character styles used by the paragraph's runs. */
  runStyles: string[];
  bidi: boolean;
}

function childrenNamed(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).nodeName === name) out.push(n as Element);
  return out;
}

function paraText(p: Element): string {
  let text = '';
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.nodeName === 'w:t') text += e.textContent ?? '';
      else if (e.nodeName === 'w:tab') text += '\t';
      else if (e.nodeName === 'w:br') text += '\n';
      else if (e.nodeName === 'w:instrText') text += `{${(e.textContent ?? '').trim()}}`;
      else if (e.nodeName !== 'w:pPr' && e.nodeName !== 'w:rPr') walk(e);
    }
  };
  walk(p);
  return text;
}

export function paragraphsOf(doc: XmlDocument): Para[] {
  const out: Para[] = [];
  const ps = doc.getElementsByTagName('w:p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps.item(i)!;
    const pPr = childrenNamed(p, 'w:pPr')[0];
    const style = pPr ? childrenNamed(pPr, 'w:pStyle')[0]?.getAttribute('w:val') ?? null : null;
    const runStyles: string[] = [];
    const rs = p.getElementsByTagName('w:rStyle');
    for (let j = 0; j < rs.length; j++) runStyles.push(rs.item(j)!.getAttribute('w:val') ?? '');
    out.push({ style, text: paraText(p), runStyles, bidi: !!pPr && childrenNamed(pPr, 'w:bidi').length > 0 });
  }
  return out;
}

/** Each table as rows of cell texts (a cell's paragraphs joined by a newline). */
export function tablesOf(doc: XmlDocument): string[][][] {
  const out: string[][][] = [];
  const tables = doc.getElementsByTagName('w:tbl');
  for (let i = 0; i < tables.length; i++) {
    const rows = childrenNamed(tables.item(i)!, 'w:tr').map((tr) =>
      childrenNamed(tr, 'w:tc').map((tc) => childrenNamed(tc, 'w:p').map(paraText).join('\n')),
    );
    out.push(rows);
  }
  return out;
}

export interface OpenedDocx {
  names: string[];
  xml: Record<string, string>;
  parsed: Record<string, XmlDocument>;
  body: Para[];
  bodyText: string;
  header: string;
  footer: string;
  tables: string[][][];
}

/** Unzips a .docx and parses every XML part strictly. */
export function openDocx(bytes: Uint8Array): OpenedDocx {
  const files = unzipSync(bytes);
  const xml: Record<string, string> = {};
  const parsed: Record<string, XmlDocument> = {};
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    xml[name] = strFromU8(data);
    parsed[name] = parseStrict(xml[name]!, name);
  }
  const doc = parsed['word/document.xml'];
  if (!doc) throw new Error('no word/document.xml');
  const partText = (prefix: string) =>
    Object.keys(parsed)
      .filter((n) => n.startsWith(prefix))
      .sort()
      .flatMap((n) => paragraphsOf(parsed[n]!).map((p) => p.text))
      .join('\n');
  const body = paragraphsOf(doc);
  return {
    names: Object.keys(files),
    xml,
    parsed,
    body,
    bodyText: body.map((p) => p.text).join('\n'),
    header: partText('word/header'),
    footer: partText('word/footer'),
    tables: tablesOf(doc),
  };
}

export const hasLibreOffice = (): boolean => spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;

/**
 * Converts documents with LibreOffice headless in one run (its own throwaway profile, so
 * parallel runs never share one) and reads each PDF's text back with pdftotext.
 */
export function pdfTexts(docs: Record<string, Uint8Array>): Record<string, { text: string; pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'secretariat-lo-'));
  try {
    const inputs = Object.entries(docs).map(([name, bytes]) => {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    const profile = `file://${join(dir, 'profile')}`;
    const convert = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const out: Record<string, { text: string; pages: number }> = {};
    for (const name of Object.keys(docs)) {
      const pdf = join(dir, `${name}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}: ${convert.stderr || convert.stdout}`);
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
      if (text.status !== 0) throw new Error(`pdftotext failed on ${name}: ${text.stderr}`);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8', timeout: 60_000 });
      out[name] = { text: text.stdout, pages: Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 0) };
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bytes of an export as the contract returns it. */
export const bytesOf = (f: ExportFile) => new Uint8Array(Buffer.from(f.base64, 'base64'));
