import { z } from 'zod';
import {
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  CLASSIFICATIONS,
  IMPLEMENTATION_STATUSES,
  ROLES,
} from './domain';
import { decisionNumberPattern, quorumRule } from './api/committees';
import { isoDate, isoDateTime, LIMITS, optionalText, requiredText } from './text';

/**
 * `secretariat.meeting/1`: one meeting with its committee and people, as exchanged by the
 * CLI and the app. Documented in docs/meeting-package.md; people are referred to by `key`.
 */
export const PACKAGE_FORMAT = 'secretariat.meeting/1';

const key = z.string().min(1).max(LIMITS.short);
const longOpt = optionalText(LIMITS.longText);

const progressNote = z.object({ date: isoDate, text: requiredText(LIMITS.longText), author: optionalText(LIMITS.name) }).strict();

const action = z
  .object({
    description: requiredText(2_000),
    descriptionAr: optionalText(2_000),
    owner: key.optional(),
    ownerBody: optionalText(LIMITS.name),
    due: isoDate.nullable().optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    /** Index of the decision (in this agenda item) the action implements. */
    decision: z.number().int().min(0).optional(),
    notes: z.array(progressNote).max(10_000).optional(),
  })
  .strict()
  .refine((a) => a.owner !== undefined || !!a.ownerBody, {
    message: 'Give an owner: a person key or ownerBody.',
    path: ['owner'],
  });

const decision = z
  .object({
    text: requiredText(LIMITS.longText),
    textAr: longOpt,
    number: optionalText(LIMITS.short),
    implementationStatus: z.enum(IMPLEMENTATION_STATUSES).optional(),
  })
  .strict();

const agendaItem = z
  .object({
    title: requiredText(LIMITS.title),
    titleAr: optionalText(LIMITS.title),
    presenter: key.optional(),
    minutes: longOpt,
    minutesAr: longOpt,
    publicSummary: longOpt,
    publicSummaryAr: longOpt,
    public: z.boolean(),
    decisions: z.array(decision).max(1_000).optional(),
    actions: z.array(action).max(1_000).optional(),
  })
  .strict();

export const meetingPackageSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    committee: z
      .object({
        name: requiredText(LIMITS.name),
        nameAr: optionalText(LIMITS.name),
        shortName: optionalText(LIMITS.short),
        legalBasis: optionalText(),
        legalBasisAr: optionalText(),
        decisionNumberPattern: decisionNumberPattern.optional(),
        quorum: quorumRule.optional(),
      })
      .strict(),
    people: z
      .array(
        z
          .object({
            key,
            honorific: optionalText(LIMITS.short),
            honorificAr: optionalText(LIMITS.short),
            name: requiredText(LIMITS.name),
            nameAr: optionalText(LIMITS.name),
            position: optionalText(),
            positionAr: optionalText(),
            organisation: optionalText(),
            organisationAr: optionalText(),
            role: z.enum(ROLES),
          })
          .strict(),
      )
      .max(1_000),
    meeting: z
      .object({
        number: z.number().int().positive().max(100_000),
        startsAt: isoDateTime,
        endsAt: isoDateTime.nullable().optional(),
        venue: optionalText(),
        venueAr: optionalText(),
        classification: z.enum(CLASSIFICATIONS),
        attendance: z
          .array(
            z
              .object({
                person: key,
                status: z.enum(ATTENDANCE_STATUSES),
                representedBy: optionalText(LIMITS.name),
              })
              .strict(),
          )
          .max(1_000),
        openingRemarks: longOpt,
        openingRemarksAr: longOpt,
        closingRemarks: longOpt,
        closingRemarksAr: longOpt,
        agenda: z.array(agendaItem).max(1_000),
      })
      .strict(),
  })
  .strict()
  .superRefine((pkg, ctx) => {
    for (const issue of referenceIssues(pkg)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

type Loose = Record<string, unknown> | undefined;
const list = (v: unknown): Loose[] => (Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>) : undefined)) : []);
const obj = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/**
 * Cross-references (person keys, decision indexes, dates) checked on whatever shape the package
 * has, so that a package with structural errors still gets its reference problems reported in
 * the same answer: zod skips refinements once the structure fails.
 */
export function referenceIssues(raw: unknown): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const pkg = obj(raw);
  const keys = new Set<unknown>();
  list(pkg?.people).forEach((p, i) => {
    if (p?.key === undefined) return;
    if (keys.has(p.key)) issues.push({ path: ['people', i, 'key'], message: `Duplicate person key "${String(p.key)}".` });
    keys.add(p.key);
  });
  const ref = (k: unknown, path: (string | number)[]) => {
    if (typeof k === 'string' && !keys.has(k)) issues.push({ path, message: `No person with key "${k}" in people.` });
  };
  const meeting = obj(pkg?.meeting);
  list(meeting?.attendance).forEach((a, i) => ref(a?.person, ['meeting', 'attendance', i, 'person']));
  list(meeting?.agenda).forEach((item, i) => {
    ref(item?.presenter, ['meeting', 'agenda', i, 'presenter']);
    const decisions = list(item?.decisions).length;
    list(item?.actions).forEach((a, j) => {
      ref(a?.owner, ['meeting', 'agenda', i, 'actions', j, 'owner']);
      if (typeof a?.decision === 'number' && a.decision >= decisions)
        issues.push({ path: ['meeting', 'agenda', i, 'actions', j, 'decision'], message: 'No decision at that index in this agenda item.' });
    });
  });
  const starts = typeof meeting?.startsAt === 'string' ? Date.parse(meeting.startsAt) : NaN;
  const ends = typeof meeting?.endsAt === 'string' ? Date.parse(meeting.endsAt) : NaN;
  if (ends < starts) issues.push({ path: ['meeting', 'endsAt'], message: 'The meeting ends before it starts.' });
  return issues;
}

export type MeetingPackage = z.output<typeof meetingPackageSchema>;

/** `meeting.agenda[1].title` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out === '' ? String(part) : `${out}.${String(part)}`;
  }, '');
}
