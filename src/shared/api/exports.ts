import { z } from 'zod';
import { id, isoDate } from '../text';
import { query } from './define';

/** A finished document: a file name safe to offer in a save dialog, and the bytes. */
export interface ExportFile {
  fileName: string;
  base64: string;
}

/**
 * The language of a document or a press statement. Arabic documents are made from the records'
 * Arabic fields only; where one they need is empty the call fails with VALIDATION, a sentence
 * naming them all, and one issue per field whose path is `committee.nameAr`, `meeting.venueAr`,
 * or `<entity>.<id>.<field>` with entity one of person, agendaItem, decision, action, attendance
 * (whose id is the person's), e.g. `agendaItem.12.titleAr`, `action.31.ownerBody`.
 */
export const DOC_LANGS = ['en', 'ar'] as const;
export type DocLanguage = (typeof DOC_LANGS)[number];
export const docLang = z.enum(DOC_LANGS).default('en');

export const exportsApi = {
  'exports.minutes': query<ExportFile>()(z.object({ meetingId: id, lang: docLang }).strict()),
  /** The stored statement in that language, or the draft generated in it when none is saved. */
  'exports.press': query<ExportFile>()(z.object({ meetingId: id, lang: docLang }).strict()),
  /**
   * One meeting's decisions, or a committee's within an optional date range. Without either,
   * the vault's only committee; a vault with several asks which.
   */
  'exports.decisions': query<ExportFile>()(
    z
      .object({ committeeId: id.optional(), meetingId: id.optional(), from: isoDate.optional(), to: isoDate.optional() })
      .strict()
      .refine((v) => !(v.meetingId !== undefined && (v.from !== undefined || v.to !== undefined)), {
        message: 'Give either a meeting or a date range, not both.',
        path: ['meetingId'],
      })
      .refine((v) => v.from === undefined || v.to === undefined || v.from <= v.to, {
        message: 'The range ends before it starts.',
        path: ['to'],
      }),
  ),
  /** Open and overdue actions of one committee, or of every committee when none is given. */
  'exports.actions': query<ExportFile>()(z.object({ committeeId: id.optional() }).strict()),
};
