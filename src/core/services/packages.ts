import type { ImportResult } from '../../shared/api/packages';
import type { ActionItem, Person } from '../../shared/domain';
import { formatPath, meetingPackageSchema, PACKAGE_FORMAT, referenceIssues, type MeetingPackage } from '../../shared/meetingPackage';
import { appendAudit } from '../db/audit';
import { insertNote, notesOf } from '../db/actions';
import { meetingIdByNumber } from '../db/meetings';
import { allPeople } from '../db/people';
import { AppError } from '../errors';
import { write, type Session } from '../session';
import { addAction, updateAction } from './actions';
import { addAgendaItem } from './agenda';
import { setAttendance } from './attendance';
import { createCommittee, findCommitteeByName } from './committees';
import { addDecision, updateDecision } from './decisions';
import { createMeeting, getMeetingRecord } from './meetings';
import { listMemberships, setMembership } from './memberships';
import { createPerson } from './people';

type Package = MeetingPackage;

/** Validates a package, reporting every problem by its JSON path (e.g. `meeting.agenda[1].title`). */
export function parseMeetingPackage(raw: unknown): Package {
  const parsed = meetingPackageSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  for (const r of referenceIssues(raw)) {
    const path = formatPath(r.path);
    if (!issues.some((i) => i.path === path)) issues.push({ path, message: r.message });
  }
  const n = issues.length;
  throw new AppError(
    'PACKAGE_INVALID',
    `The meeting package has ${n} problem${n === 1 ? '' : 's'}; nothing was imported.`,
    issues,
  );
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Imports a whole meeting in one transaction: any failure (a taken meeting number, say)
 * leaves the vault as it was. The committee and people already in the vault are matched by
 * name and reused, so importing several meetings of one committee builds one roster.
 */
export function importMeetingPackage(s: Session, raw: unknown): ImportResult {
  const pkg = parseMeetingPackage(raw);
  return write(s, (tx) => {
    const existing = findCommitteeByName(tx, pkg.committee.name);
    const committee =
      existing ??
      createCommittee(tx, {
        name: pkg.committee.name,
        nameAr: pkg.committee.nameAr,
        shortName: pkg.committee.shortName,
        legalBasis: pkg.committee.legalBasis,
        legalBasisAr: pkg.committee.legalBasisAr,
        decisionNumberPattern: pkg.committee.decisionNumberPattern,
        quorumRule: pkg.committee.quorum,
      });
    if (meetingIdByNumber(tx.db, committee.id, pkg.meeting.number) !== undefined)
      throw new AppError(
        'CONFLICT',
        `${committee.name} already has a meeting number ${pkg.meeting.number}; nothing was imported.`,
        [{ path: 'meeting.number', message: 'A meeting with this number already exists.' }],
      );

    const known = allPeople(tx.db, true);
    const roster = new Map(listMemberships(tx, committee.id, true).map((m) => [m.personId, m]));
    const personIds = new Map<string, number>();
    let reusedPeople = 0;
    for (const p of pkg.people) {
      const { key, role, ...fields } = p;
      let person = known.find((k) => sameName(k.name, p.name));
      if (person) reusedPeople++;
      else {
        person = createPerson(tx, fields);
        known.push(person);
      }
      personIds.set(key, person.id);
      const membership = roster.get(person.id);
      if (!membership || !membership.active) setMembership(tx, { committeeId: committee.id, personId: person.id, role });
    }

    const m = pkg.meeting;
    const meeting = createMeeting(tx, {
      committeeId: committee.id,
      number: m.number,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      venue: m.venue,
      venueAr: m.venueAr,
      classification: m.classification,
      openingRemarks: m.openingRemarks,
      openingRemarksAr: m.openingRemarksAr,
      closingRemarks: m.closingRemarks,
      closingRemarksAr: m.closingRemarksAr,
    });
    for (const a of m.attendance)
      setAttendance(tx, { meetingId: meeting.id, personId: personIds.get(a.person)!, status: a.status, representedBy: a.representedBy });

    for (const item of m.agenda) {
      const added = addAgendaItem(tx, {
        meetingId: meeting.id,
        title: item.title,
        titleAr: item.titleAr,
        presenterId: item.presenter === undefined ? null : personIds.get(item.presenter)!,
        minutes: item.minutes,
        minutesAr: item.minutesAr,
        publicSummary: item.publicSummary,
        publicSummaryAr: item.publicSummaryAr,
        isPublic: item.public,
      });
      const decisionIds: number[] = [];
      for (const d of item.decisions ?? []) {
        const decision = addDecision(tx, { agendaItemId: added.id, text: d.text, textAr: d.textAr }, { number: d.number ?? undefined });
        if (d.implementationStatus && d.implementationStatus !== decision.implementationStatus)
          updateDecision(tx, { id: decision.id, implementationStatus: d.implementationStatus });
        decisionIds.push(decision.id);
      }
      for (const a of item.actions ?? []) {
        const action = addAction(tx, {
          agendaItemId: added.id,
          description: a.description,
          descriptionAr: a.descriptionAr,
          ownerPersonId: a.owner === undefined ? null : personIds.get(a.owner)!,
          ownerBody: a.ownerBody,
          dueDate: a.due,
          decisionId: a.decision === undefined ? null : decisionIds[a.decision],
        });
        if (a.status && a.status !== action.status) updateAction(tx, { id: action.id, status: a.status });
        for (const n of a.notes ?? []) {
          // Notes keep the author who wrote them; the import itself is recorded under whoever imports.
          const note = insertNote(tx.db, { actionId: action.id, date: n.date, text: n.text, author: n.author ?? tx.actor, createdAt: tx.clock().toISOString() });
          appendAudit(tx, 'action_item.note', 'action_item', action.id, { noteId: note.id, date: note.date, text: note.text, imported: true });
        }
      }
    }
    appendAudit(tx, 'meeting.import', 'meeting', meeting.id, { format: PACKAGE_FORMAT, people: pkg.people.length, agendaItems: m.agenda.length });
    return {
      meetingId: meeting.id,
      committeeId: committee.id,
      reusedPeople,
      createdPeople: pkg.people.length - reusedPeople,
      committeeReused: existing !== undefined,
    };
  });
}

/** A key a person can be referred to by inside one package: readable and unique. */
function personKeys(people: Person[]): Map<number, string> {
  const keys = new Map<number, string>();
  const used = new Set<string>();
  for (const p of people) {
    const base = p.name.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'person';
    let key = base;
    for (let i = 2; used.has(key); i++) key = `${base}-${i}`;
    used.add(key);
    keys.set(p.id, key);
  }
  return keys;
}

/** Drops null and undefined fields so the package reads like one a person wrote. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function exportMeetingPackage(s: Session, meetingId: number): Package {
  const rec = getMeetingRecord(s, meetingId);
  const everyone = new Map<number, { person: Person; role: Package['people'][number]['role'] }>();
  for (const m of rec.members) everyone.set(m.personId, { person: m.person, role: m.role });
  const keys = personKeys([...everyone.values()].map((e) => e.person));
  const keyOf = (id: number | null) => (id === null ? undefined : keys.get(id));
  const actionOut = (a: ActionItem, decisionIndex: Map<number, number>) =>
    compact({
      description: a.description,
      descriptionAr: a.descriptionAr,
      owner: keyOf(a.ownerPersonId),
      ownerBody: a.ownerPersonId === null || keyOf(a.ownerPersonId) === undefined ? a.ownerBody : undefined,
      due: a.dueDate,
      status: a.status,
      decision: a.decisionId === null ? undefined : decisionIndex.get(a.decisionId),
      notes: (() => {
        const notes = notesOf(s.db, a.id).map((n) => ({ date: n.date, text: n.text, author: n.author }));
        return notes.length ? notes : undefined;
      })(),
    });
  return {
    format: PACKAGE_FORMAT,
    committee: compact({
      name: rec.committee.name,
      nameAr: rec.committee.nameAr,
      shortName: rec.committee.shortName,
      legalBasis: rec.committee.legalBasis,
      legalBasisAr: rec.committee.legalBasisAr,
      decisionNumberPattern: rec.committee.decisionNumberPattern,
      quorum: rec.committee.quorumRule,
    }),
    people: [...everyone.values()].map(({ person: p, role }) =>
      compact({
        key: keys.get(p.id)!,
        honorific: p.honorific,
        honorificAr: p.honorificAr,
        name: p.name,
        nameAr: p.nameAr,
        position: p.position,
        positionAr: p.positionAr,
        organisation: p.organisation,
        organisationAr: p.organisationAr,
        role,
      }),
    ),
    meeting: compact({
      number: rec.meeting.number,
      startsAt: rec.meeting.startsAt,
      endsAt: rec.meeting.endsAt,
      venue: rec.meeting.venue,
      venueAr: rec.meeting.venueAr,
      classification: rec.meeting.classification,
      attendance: rec.attendance
        .filter((a) => keys.has(a.personId))
        .map((a) => compact({ person: keys.get(a.personId)!, status: a.status, representedBy: a.representedBy })),
      openingRemarks: rec.meeting.openingRemarks,
      openingRemarksAr: rec.meeting.openingRemarksAr,
      closingRemarks: rec.meeting.closingRemarks,
      closingRemarksAr: rec.meeting.closingRemarksAr,
      agenda: rec.agenda.map((item) => {
        const decisionIndex = new Map(item.decisions.map((d, i) => [d.id, i]));
        return compact({
          title: item.title,
          titleAr: item.titleAr,
          presenter: keyOf(item.presenterId),
          minutes: item.minutes,
          minutesAr: item.minutesAr,
          publicSummary: item.publicSummary,
          publicSummaryAr: item.publicSummaryAr,
          public: item.isPublic,
          decisions: item.decisions.length
            ? item.decisions.map((d) => compact({ text: d.text, textAr: d.textAr, number: d.number, implementationStatus: d.implementationStatus }))
            : undefined,
          actions: item.actions.length ? item.actions.map((a) => actionOut(a, decisionIndex)) : undefined,
        });
      }),
    }),
  };
}
