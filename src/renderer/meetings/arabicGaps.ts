import type { MeetingRecord } from '../../shared/domain';
import { personName } from '../app/format';

/**
 * The Arabic documents refuse to mix languages: a missing Arabic text comes back as one issue per
 * field, with a path such as `agendaItem.12.titleAr` (see `docLang` in the contract). Here each
 * path becomes a sentence for the secretary and the place where the field can be filled in.
 */

export type GapTarget =
  /** An input of the meeting editor, by its element id. */
  | { kind: 'field'; id: string }
  | { kind: 'committee'; committeeId: number; field: string }
  | { kind: 'person'; committeeId: number; personId: number; field: string }
  | { kind: 'none' };

export interface ArabicGap {
  path: string;
  /** A locale key and its values; null when the path is not one we know. */
  label: { key: string; values: Record<string, string | number> } | null;
  /** The host's sentence, shown when there is no label. */
  message: string;
  target: GapTarget;
  /** Whether the record as it is now has the text, so the list can tick it off while the secretary works. */
  filled: boolean;
}

/** The element id of the editor input for a contract path, so a gap can scroll to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^\w-]/g, '-')}`;
}

const hasText = (s: string | null | undefined) => !!s?.trim();
/** Fields with one version for both languages count as Arabic once they are typed in Arabic letters. */
export const hasArabicScript = (s: string | null | undefined) => !!s && /\p{Script=Arabic}/u.test(s);

const clip = (s: string, max = 48) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

function describe(path: string, record: MeetingRecord): Omit<ArabicGap, 'path' | 'message'> | null {
  const parts = path.split('.');
  const [entity] = parts;
  const field = parts[parts.length - 1];
  const id = parts.length === 3 ? Number(parts[1]) : NaN;
  const committeeId = record.committee.id;
  const agenda = [...record.agenda].sort((a, b) => a.position - b.position);
  const here = { kind: 'field' as const, id: fieldId(path) };

  if (entity === 'committee' && parts.length === 2 && (field === 'nameAr' || field === 'legalBasisAr'))
    return { label: { key: `arabicGaps.committee.${field}`, values: {} }, target: { kind: 'committee', committeeId, field }, filled: hasText(record.committee[field]) };
  if (entity === 'meeting' && parts.length === 2 && (field === 'venueAr' || field === 'openingRemarksAr' || field === 'closingRemarksAr'))
    return { label: { key: `arabicGaps.meeting.${field}`, values: {} }, target: here, filled: hasText(record.meeting[field]) };
  if (entity === 'person' && (field === 'honorificAr' || field === 'nameAr' || field === 'positionAr' || field === 'organisationAr')) {
    const person = record.members.find((m) => m.personId === id)?.person;
    if (!person) return null;
    return {
      label: { key: `arabicGaps.person.${field}`, values: { name: personName(person) } },
      target: { kind: 'person', committeeId, personId: id, field },
      filled: hasText(person[field]),
    };
  }
  if (entity === 'agendaItem' && (field === 'titleAr' || field === 'minutesAr' || field === 'publicSummaryAr')) {
    const index = agenda.findIndex((a) => a.id === id);
    if (index < 0) return null;
    return { label: { key: `arabicGaps.agendaItem.${field}`, values: { number: index + 1 } }, target: here, filled: hasText(agenda[index][field]) };
  }
  if (entity === 'decision' && field === 'textAr') {
    const decision = agenda.flatMap((a) => a.decisions).find((d) => d.id === id);
    if (!decision) return null;
    return { label: { key: 'arabicGaps.decision.textAr', values: { number: decision.number } }, target: here, filled: hasText(decision.textAr) };
  }
  if (entity === 'action' && (field === 'descriptionAr' || field === 'ownerBody' || field === 'ownerPersonId')) {
    // Actions of earlier meetings are reported here too, but are edited in their own meeting.
    const action = agenda.flatMap((a) => a.actions).find((a) => a.id === id);
    if (!action) return null;
    const filled =
      field === 'descriptionAr'
        ? hasText(action.descriptionAr)
        : field === 'ownerBody'
          ? hasArabicScript(action.ownerBody) || action.ownerPersonId !== null
          : action.ownerPersonId === null || record.members.some((m) => m.personId === action.ownerPersonId);
    return { label: { key: `arabicGaps.action.${field}`, values: { name: clip(action.description) } }, target: here, filled };
  }
  if (entity === 'attendance' && field === 'representedBy') {
    const member = record.members.find((m) => m.personId === id);
    const entry = record.attendance.find((a) => a.personId === id);
    if (!member) return null;
    return {
      label: { key: 'arabicGaps.attendance.representedBy', values: { name: personName(member.person) } },
      target: here,
      filled: entry?.status !== 'represented' || !hasText(entry.representedBy) || hasArabicScript(entry.representedBy),
    };
  }
  return null;
}

/** One entry per issue, in the order the host gave them (the order the document meets them). */
export function arabicGaps(issues: readonly { path: string; message: string }[], record: MeetingRecord): ArabicGap[] {
  return issues.map((issue) => {
    const known = describe(issue.path, record);
    return known
      ? { path: issue.path, message: issue.message, ...known }
      : { path: issue.path, message: issue.message, label: null, target: { kind: 'none' }, filled: false };
  });
}

/** Only refusals for missing Arabic texts are shown as a list to work through. */
export function isArabicGapPath(path: string): boolean {
  return /^(committee|meeting)\.\w+$|^(person|agendaItem|decision|action|attendance)\.\d+\.\w+$/.test(path);
}
