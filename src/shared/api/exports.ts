import { z } from 'zod';
import { id, isoDate } from '../text';
import { method } from './define';

/** A finished document: a file name safe to offer in a save dialog, and the bytes. */
export interface ExportFile {
  fileName: string;
  base64: string;
}

export const exportsApi = {
  'exports.minutes': method<ExportFile>()(z.object({ meetingId: id }).strict()),
  /** The stored statement's current text, or the generated draft when none is saved. */
  'exports.press': method<ExportFile>()(z.object({ meetingId: id }).strict()),
  /**
   * One meeting's decisions, or a committee's within an optional date range. Without either,
   * the vault's only committee; a vault with several asks which.
   */
  'exports.decisions': method<ExportFile>()(
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
  'exports.actions': method<ExportFile>()(z.object({ committeeId: id.optional() }).strict()),
};
