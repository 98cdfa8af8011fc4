import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { call } from '../../core/dispatcher';
import { AppError } from '../../core/errors';
import { writeFileAtomic } from '../../core/files';
import { DOC_LANGS, type DocLanguage, type ExportFile } from '../../shared/api/exports';
import type { Command } from '../command';
import { vaultOptions } from '../command';
import { out, parseId, UsageError } from '../io';
import { withVault } from '../withVault';

const KINDS = ['minutes', 'press', 'decisions', 'actions'] as const;
type Kind = (typeof KINDS)[number];

const WHAT: Record<Kind, string> = {
  minutes: 'minutes',
  press: 'press statement',
  decisions: 'decision register',
  actions: 'action report',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionalDate(value: string | boolean | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DATE.test(value)) throw new UsageError(`${flag} needs a date like 2026-03-31.`);
  return value;
}

function docLanguage(value: string | boolean | undefined): DocLanguage | undefined {
  if (value === undefined) return undefined;
  const lang = DOC_LANGS.find((l) => l === value);
  if (!lang) throw new UsageError(`--lang takes ${DOC_LANGS.join(' or ')}.`);
  return lang;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write minutes, a press statement, the decision register or the action report as .docx',
  usage: [
    'secretariat export minutes|press VAULT --meeting ID [--lang en|ar] --out FILE.docx [--force]',
    '       secretariat export decisions VAULT [--committee ID | --meeting ID] [--from DATE] [--to DATE] --out FILE.docx [--force]',
    '       secretariat export actions VAULT [--committee ID] --out FILE.docx [--force]',
  ].join('\n'),
  options: {
    ...vaultOptions,
    meeting: { type: 'string' },
    committee: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run({ positionals: [kind, vault], values }, io) {
    if (!kind || !(KINDS as readonly string[]).includes(kind)) throw new UsageError(`Say what to export: ${KINDS.join(', ')}.`);
    const k = kind as Kind;
    const outValue = values.out;
    if (typeof outValue !== 'string' || outValue.trim() === '') throw new UsageError('Name the file to write with --out FILE.docx.');
    const target = resolve(outValue);
    const force = values.force === true;
    const meetingId = parseId(values.meeting as string | undefined, '--meeting');
    const committeeId = parseId(values.committee as string | undefined, '--committee');
    const from = optionalDate(values.from, '--from');
    const to = optionalDate(values.to, '--to');
    if ((k === 'minutes' || k === 'press') && meetingId === undefined) throw new UsageError(`Give the meeting with --meeting ID.`);
    if ((k === 'minutes' || k === 'press') && (committeeId !== undefined || from || to))
      throw new UsageError(`The ${WHAT[k]} are for one meeting: use --meeting ID only.`);
    if (k === 'actions' && (meetingId !== undefined || from || to)) throw new UsageError('The action report takes only --committee ID.');
    const lang = docLanguage(values.lang);
    if (lang !== undefined && k !== 'minutes' && k !== 'press') throw new UsageError(`The ${WHAT[k]} is in English only: drop --lang.`);
    // Refuse before asking for the passphrase; the write checks again at the moment it happens.
    if (!force && existsSync(target)) throw fileExists(target);

    const file = await withVault(io, vault, values, async (host): Promise<ExportFile> => {
      switch (k) {
        case 'minutes':
          return call(host, 'exports.minutes', { meetingId, lang });
        case 'press':
          return call(host, 'exports.press', { meetingId, lang });
        case 'decisions':
          return call(host, 'exports.decisions', { committeeId, meetingId, from, to });
        case 'actions':
          return call(host, 'exports.actions', { committeeId });
      }
    });
    const bytes = Buffer.from(file.base64, 'base64');
    try {
      writeFileAtomic(target, bytes, { force });
    } catch (err) {
      if (err instanceof AppError && err.code === 'FILE_EXISTS') throw fileExists(target);
      throw err;
    }
    out(io, `Wrote the ${lang === 'ar' ? 'Arabic ' : ''}${WHAT[k]} to ${target} (${Math.max(1, Math.round(bytes.byteLength / 1024))} KB).`);
  },
};

function fileExists(path: string): AppError {
  return new AppError('FILE_EXISTS', `${path} already exists; nothing was written. Choose another name, or add --force to replace it.`);
}
