import { z } from 'zod';
import { id, LIMITS, requiredText } from '../text';
import { command, query } from './define';
import { docLang, type DocLanguage } from './exports';

export const PRESS_STATUSES = ['draft', 'approved'] as const;
export type PressStatus = (typeof PRESS_STATUSES)[number];

export interface PressStatement {
  meetingId: number;
  lang: DocLanguage;
  headline: string;
  /** Plain text; a blank line separates paragraphs. */
  body: string;
  status: PressStatus;
  /** False while it is a freshly generated draft that nobody has saved. */
  stored: boolean;
  approvedAt: string | null;
  approvedBy: string | null;
  updatedAt: string | null;
}

/**
 * Each language has its own statement, stored, edited and approved on its own; `lang` defaults
 * to 'en'. Generating an Arabic draft needs the meeting's Arabic texts: without them `press.get`
 * and `press.generate` fail with VALIDATION listing the missing fields (see `docLang`), while
 * `press.save` still stores an Arabic statement written by hand.
 */
export const pressApi = {
  /** The saved statement, or a draft generated from the meeting (not saved until `press.save`). */
  'press.get': query<PressStatement>()(z.object({ meetingId: id, lang: docLang }).strict()),
  /** A fresh draft from the meeting as it is now, to replace the text in the editor; nothing is saved. */
  'press.generate': query<PressStatement>()(z.object({ meetingId: id, lang: docLang }).strict()),
  /** An approved statement is locked: set it back to draft before editing. */
  'press.save': command<PressStatement>()(
    z
      .object({
        meetingId: id,
        lang: docLang,
        headline: requiredText(LIMITS.title),
        body: requiredText(LIMITS.longText),
      })
      .strict(),
    ['press.get', 'audit.history'],
  ),
  'press.setStatus': command<PressStatement>()(z.object({ meetingId: id, lang: docLang, status: z.enum(PRESS_STATUSES) }).strict(), ['press.get', 'audit.history']),
};
