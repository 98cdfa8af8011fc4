import { z } from 'zod';

/**
 * Characters that XML 1.0 forbids (and that have no business in minutes): C0 controls
 * except tab, newline and carriage return, lone surrogates are handled by JS strings.
 */
// eslint-disable-next-line no-control-regex
export const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function stripIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Limits keep one pasted novel from reaching a document or slowing the editor. */
export const LIMITS = {
  name: 300,
  title: 500,
  short: 100,
  longText: 100_000,
} as const;

const clean = (max: number) =>
  z
    .string()
    .max(max, { message: `Must be at most ${max} characters.` })
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s), {
      message: 'Contains control characters that cannot be stored.',
    });

/** A required single-line text (names, titles). */
export const requiredText = (max: number = LIMITS.title) =>
  clean(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { message: 'Required.' }));

/** An optional text; empty strings become null so "cleared" and "never set" look the same. */
export const optionalText = (max: number = LIMITS.title) =>
  clean(max)
    .transform((s) => (s.trim() === '' ? null : s))
    .nullable()
    .optional();

export const longText = () => clean(LIMITS.longText);
export const optionalLongText = () => optionalText(LIMITS.longText);

export const id = z.number().int().positive();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-04-30.' }).refine(
  (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  { message: 'Not a real calendar date.' },
);
/** Date-time with an offset, as a secretary records it (local wall time is kept). */
export const isoDateTime = z.iso.datetime({ offset: true, local: false, message: 'Use a date and time like 2026-03-15T10:00:00+03:00.' });
