import type { TFunction } from 'i18next';
import type { AmendmentTarget } from '../../shared/api/amendments';
import type { MeetingRecord } from '../../shared/domain';
import { localized, personName } from '../app/format';

export interface RecordTarget {
  type: AmendmentTarget;
  id: number;
  label: string;
}

/**
 * The parts of a meeting's record, labelled as the editor shows them, in reading order: the
 * meeting, its attendance, then each agenda item followed by its decisions and actions.
 */
export function recordTargets(t: TFunction, lang: string, record: MeetingRecord, types: readonly AmendmentTarget[]): RecordTarget[] {
  const want = new Set(types);
  const out: RecordTarget[] = [];
  if (want.has('meeting')) out.push({ type: 'meeting', id: record.meeting.id, label: t('targets.meeting') });
  if (want.has('attendance'))
    for (const m of record.members)
      if (m.active || record.attendance.some((a) => a.personId === m.personId))
        out.push({ type: 'attendance', id: m.personId, label: t('targets.attendance', { name: personName(m.person, lang) }) });
  const agenda = [...record.agenda].sort((a, b) => a.position - b.position);
  agenda.forEach((item, index) => {
    if (want.has('agenda_item')) out.push({ type: 'agenda_item', id: item.id, label: t('targets.item', { number: index + 1, title: localized(item.title, item.titleAr, lang) }) });
    if (want.has('decision')) for (const d of item.decisions) out.push({ type: 'decision', id: d.id, label: t('targets.decision', { number: d.number }) });
    if (want.has('action')) for (const a of item.actions) out.push({ type: 'action', id: a.id, label: t('targets.action', { description: localized(a.description, a.descriptionAr, lang) }) });
  });
  return out;
}

/** The label of one part, or a plain fallback for a part since removed. */
export function targetLabel(t: TFunction, lang: string, record: MeetingRecord, type: string, id: number): string {
  const all = recordTargets(t, lang, record, ['meeting', 'attendance', 'agenda_item', 'decision', 'action']);
  return all.find((x) => x.type === type && x.id === id)?.label ?? t('targets.removed', { type, id });
}

/** The current text of an amendable field, as `amendments.add` compares it. */
export function currentValue(record: MeetingRecord, type: AmendmentTarget, id: number, field: string): string | null {
  const pick = (row: object | undefined) => {
    const v = row ? (row as Record<string, unknown>)[field] : undefined;
    return typeof v === 'string' ? v : null;
  };
  switch (type) {
    case 'meeting':
      return pick(record.meeting);
    case 'agenda_item':
      return pick(record.agenda.find((a) => a.id === id));
    case 'decision':
      return pick(record.agenda.flatMap((a) => a.decisions).find((d) => d.id === id));
    case 'action':
      return pick(record.agenda.flatMap((a) => a.actions).find((a) => a.id === id));
    case 'attendance': {
      const entry = record.attendance.find((a) => a.personId === id);
      if (!entry) return null;
      return entry.status === 'represented' ? `represented by ${entry.representedBy ?? ''}` : entry.status;
    }
  }
}
