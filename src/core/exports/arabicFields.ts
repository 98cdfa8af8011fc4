import type { ActionItem, AttendanceEntry, Committee, MeetingRecord, Membership, Person } from '../../shared/domain';
import { AppError } from '../errors';
import { arabicDesignation, hasArabicScript } from './arabic';
import { fullName, roleHolder } from './format';
import type { MinutesAmendment, MinutesData, PublicMeetingView } from './model';

/**
 * An Arabic document is made from the Arabic fields only. Its rule: every text the English
 * document would print needs its Arabic version; a field that is empty in English is not needed
 * in Arabic either (an empty honorific needs no Arabic honorific). A missing one is never filled
 * from the English: the export is refused with the list of what to fill in.
 *
 * The functions below return the record with the Arabic texts in the English slots, so that one
 * layout serves both languages.
 */

interface Gap {
  path: string;
  /** "agenda item 2", "Dr. Priya Raman’s": what the fields belong to. */
  owner: string;
  field: string;
  /** A sentence for the issue where "has no Arabic version" would not say what to do. */
  message?: string;
}

const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function joinFields(fields: string[]): string {
  return fields.length <= 1 ? fields.join('') : `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
}

class ArabicTexts {
  private readonly gaps: Gap[] = [];

  /** The Arabic text of a field whose English the document prints; null when neither has text. */
  text(english: string | null | undefined, arabic: string | null | undefined, gap: Omit<Gap, 'message'>): string | null {
    if (arabic?.trim()) return arabic;
    if (english?.trim()) this.gaps.push(gap);
    return null;
  }

  /** A field with one version for both languages: used as typed when it is in Arabic letters. */
  singleVersion(value: string | null, gap: Gap): string | null {
    if (!value?.trim() || hasArabicScript(value)) return value;
    this.gaps.push(gap);
    return null;
  }

  missing(gap: Gap): void {
    this.gaps.push(gap);
  }

  /** Refuses with every gap, grouped by what it belongs to, in the order the document meets them. */
  check(document: 'minutes' | 'press statement'): void {
    if (this.gaps.length === 0) return;
    const groups = new Map<string, string[]>();
    for (const g of this.gaps) {
      const fields = groups.get(g.owner) ?? [];
      if (!fields.includes(g.field)) fields.push(g.field);
      groups.set(g.owner, fields);
    }
    const list = [...groups].map(([owner, fields]) => `${owner} ${joinFields(fields)}`).join('; ');
    const need = document === 'minutes' ? 'The Arabic minutes need' : 'The Arabic press statement needs';
    throw new AppError(
      'VALIDATION',
      `${need} these texts in Arabic: ${list}.`,
      this.gaps.map((g) => ({ path: g.path, message: g.message ?? `${capital(g.owner)} ${g.field} has no Arabic version.` })),
    );
  }
}

function arabicCommittee(t: ArabicTexts, c: Committee, needs: { legalBasis: boolean }): Committee {
  return {
    ...c,
    name: t.text(c.name, c.nameAr, { path: 'committee.nameAr', owner: 'committee', field: 'name' }) ?? '',
    legalBasis: needs.legalBasis
      ? t.text(c.legalBasis, c.legalBasisAr, { path: 'committee.legalBasisAr', owner: 'committee', field: 'legal basis' })
      : c.legalBasisAr,
  };
}

/** The committee's Arabic name, for a statement whose text is already written. */
export function arabicCommitteeName(c: Pick<Committee, 'name' | 'nameAr'>): string {
  const t = new ArabicTexts();
  const name = t.text(c.name, c.nameAr, { path: 'committee.nameAr', owner: 'committee', field: 'name' });
  t.check('press statement');
  return name!;
}

/** Whether the English designation prints the organisation (see `designation`). */
function organisationPrinted(p: Person): boolean {
  const org = p.organisation?.trim();
  const position = p.position?.trim();
  return !!org && (!position || !position.toLowerCase().includes(org.toLowerCase()));
}

/**
 * A person in Arabic. `printed` says which of their texts the document shows: the name (with
 * the honorific) unless told otherwise, the post (position, and the organisation where the
 * English prints it) where asked.
 */
function arabicPerson(t: ArabicTexts | null, p: Person, printed: { name?: boolean; post: boolean }): Person {
  const owner = `${fullName(p)}’s`;
  const path = (field: string) => `person.${p.id}.${field}`;
  const read = (english: string | null, arabic: string | null, field: string, wanted: boolean) =>
    t && wanted ? t.text(english, arabic, { path: path(`${field}Ar`), owner, field }) : arabic?.trim() ? arabic : null;
  return {
    ...p,
    honorific: read(p.honorific, p.honorificAr, 'honorific', printed.name ?? true),
    name: read(p.name, p.nameAr, 'name', printed.name ?? true) ?? '',
    position: read(p.position, p.positionAr, 'position', printed.post),
    organisation: read(p.organisation, p.organisationAr, 'organisation', printed.post && organisationPrinted(p)),
  };
}

/** Text fields whose Arabic twin is a field of its own: their amendments do not touch the Arabic minutes. */
const ENGLISH_TEXT_FIELDS = new Set(['title', 'minutes', 'publicSummary', 'text', 'description', 'venue', 'openingRemarks', 'closingRemarks']);
const camel = (field: string) => field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The minutes' data in Arabic, or a VALIDATION error listing every Arabic text they lack.
 * Closed items are in the minutes, so their titles and minutes text are needed; public summaries
 * are not printed in minutes and are not needed.
 */
export function arabicMinutesData(data: MinutesData): MinutesData {
  const t = new ArabicTexts();
  const { record } = data;
  const agenda = [...record.agenda].sort((a, b) => a.position - b.position);
  const itemNumber = new Map(agenda.map((a, i) => [a.id, i + 1]));
  const byPerson = new Map(record.members.map((m) => [m.personId, m]));

  const committee = arabicCommittee(t, record.committee, { legalBasis: false });

  // Whom the minutes name, and with what: attendance, chair and secretary with their posts;
  // presenters with theirs; action owners with theirs under the name.
  const withPost = new Set<number>();
  for (const a of record.attendance) if (byPerson.has(a.personId)) withPost.add(a.personId);
  for (const role of ['chair', 'secretary'] as const) {
    const holder = roleHolder(record, role);
    if (holder) withPost.add(holder.personId);
  }
  for (const item of agenda) if (item.presenterId != null && byPerson.has(item.presenterId)) withPost.add(item.presenterId);
  for (const a of [...agenda.flatMap((i) => i.actions), ...data.earlierActions])
    if (a.ownerPersonId != null && byPerson.has(a.ownerPersonId)) withPost.add(a.ownerPersonId);

  const members: Membership[] = record.members.map((m) => ({
    ...m,
    person: arabicPerson(withPost.has(m.personId) ? t : null, m.person, { post: true }),
  }));
  const arPerson = new Map(members.map((m) => [m.personId, m.person]));

  const { meeting } = record;
  const meetingAr = {
    ...meeting,
    venue: t.text(meeting.venue, meeting.venueAr, { path: 'meeting.venueAr', owner: 'meeting', field: 'venue' }),
    openingRemarks: t.text(meeting.openingRemarks, meeting.openingRemarksAr, { path: 'meeting.openingRemarksAr', owner: 'meeting', field: 'opening remarks' }),
    closingRemarks: t.text(meeting.closingRemarks, meeting.closingRemarksAr, { path: 'meeting.closingRemarksAr', owner: 'meeting', field: 'closing remarks' }),
  };

  const attendance: AttendanceEntry[] = record.attendance.map((a) => {
    const member = byPerson.get(a.personId);
    if (!member || a.status !== 'represented') return a;
    const who = fullName(member.person);
    return {
      ...a,
      representedBy: t.singleVersion(a.representedBy, {
        path: `attendance.${a.personId}.representedBy`,
        owner: `the representative of ${who}:`,
        field: 'name in Arabic letters',
        message: `The name of whoever represented ${who} has no Arabic version: this field has one version for both languages, so type it in Arabic or leave it empty.`,
      }),
    };
  });

  const organisationsAr = new Map<string, string>();
  for (const m of record.members) {
    const org = m.person.organisation?.trim().toLowerCase();
    if (org && m.person.organisationAr?.trim()) organisationsAr.set(org, m.person.organisationAr);
  }
  const action = (a: ActionItem, where: string): ActionItem => {
    const owner = `action “${clip(a.description)}” (${where})`;
    const description = t.text(a.description, a.descriptionAr, { path: `action.${a.id}.descriptionAr`, owner, field: 'description' }) ?? '';
    if (a.ownerPersonId != null) {
      const person = arPerson.get(a.ownerPersonId);
      if (!person)
        t.missing({
          path: `action.${a.id}.ownerPersonId`,
          owner,
          field: 'owner',
          message: `The owner of ${owner} is not on the committee's roster, so the Arabic name is not known.`,
        });
      return { ...a, description, ownerName: person?.name ?? '' };
    }
    // A body named as owner has one version; a member organisation of that name lends its Arabic one.
    const body = a.ownerBody?.trim() ? (organisationsAr.get(a.ownerBody.trim().toLowerCase()) ?? a.ownerBody) : a.ownerBody;
    const ownerBody = t.singleVersion(body, {
      path: `action.${a.id}.ownerBody`,
      owner,
      field: 'owner body',
      message: `The body that owns ${owner} has no Arabic name: name it in Arabic, or use the name of a member organisation that has one.`,
    });
    return { ...a, description, ownerBody, ownerName: ownerBody ?? '' };
  };

  const agendaAr = agenda.map((item) => {
    const n = itemNumber.get(item.id)!;
    const owner = `agenda item ${n}`;
    return {
      ...item,
      title: t.text(item.title, item.titleAr, { path: `agendaItem.${item.id}.titleAr`, owner, field: 'title' }) ?? '',
      minutes: t.text(item.minutes, item.minutesAr, { path: `agendaItem.${item.id}.minutesAr`, owner, field: 'minutes text' }),
      publicSummary: item.publicSummaryAr,
      decisions: item.decisions.map((d) => ({
        ...d,
        text: t.text(d.text, d.textAr, { path: `decision.${d.id}.textAr`, owner: `decision ${d.number}`, field: 'text' }) ?? '',
      })),
      actions: item.actions.map((a) => action(a, `item ${n}`)),
    };
  });
  const earlierActions = data.earlierActions.map((a) => action(a, `meeting ${a.meetingNumber}`));

  t.check('minutes');
  const amendments: MinutesAmendment[] = data.amendments.filter((am) => !ENGLISH_TEXT_FIELDS.has(camel(am.field)));
  return {
    ...data,
    record: { ...record, committee, meeting: meetingAr, members, attendance, agenda: agendaAr },
    earlierActions,
    amendments,
  };
}

/**
 * What an Arabic press statement is generated from, or a VALIDATION error listing the Arabic
 * texts it lacks. Only public items count: a closed item's texts are never needed here.
 */
export function arabicPublicView(record: MeetingRecord): PublicMeetingView {
  const t = new ArabicTexts();
  const committee = arabicCommittee(t, record.committee, { legalBasis: true });
  const chairMember = roleHolder(record, 'chair');
  const secretaryMember = roleHolder(record, 'secretary');
  const chair = chairMember ? arabicPerson(t, chairMember.person, { post: true }) : null;
  // The secretary is the media contact by post, not by name.
  const secretary = secretaryMember ? arabicPerson(t, secretaryMember.person, { name: false, post: true }) : null;

  // Member bodies are named by the organisation: one Arabic name per organisation is enough.
  const bodies = new Map<string, { ar: string | null; person: Person }>();
  for (const m of record.members) {
    const org = m.person.organisation?.trim();
    if (!m.active || m.role === 'secretary' || m.role === 'observer' || !org) continue;
    const seen = bodies.get(org);
    const ar = m.person.organisationAr?.trim() ? m.person.organisationAr : null;
    if (!seen) bodies.set(org, { ar, person: m.person });
    else if (!seen.ar && ar) seen.ar = ar;
  }
  const memberBodies: string[] = [];
  for (const { ar, person } of bodies.values()) {
    const name = t.text(person.organisation, ar, { path: `person.${person.id}.organisationAr`, owner: `${fullName(person)}’s`, field: 'organisation' });
    if (name && !memberBodies.includes(name)) memberBodies.push(name);
  }

  const { meeting } = record;
  const agenda = [...record.agenda].sort((a, b) => a.position - b.position);
  const items = agenda.filter((a) => a.isPublic).map((item) => {
    const owner = `agenda item ${agenda.indexOf(item) + 1}`;
    return {
      title: t.text(item.title, item.titleAr, { path: `agendaItem.${item.id}.titleAr`, owner, field: 'title' }) ?? '',
      publicSummary: t.text(item.publicSummary, item.publicSummaryAr, { path: `agendaItem.${item.id}.publicSummaryAr`, owner, field: 'public summary' }),
      decisions: item.decisions.map((d) => ({
        number: d.number,
        text: t.text(d.text, d.textAr, { path: `decision.${d.id}.textAr`, owner: `decision ${d.number}`, field: 'text' }) ?? '',
      })),
    };
  });
  const result: PublicMeetingView = {
    number: meeting.number,
    startsAt: meeting.startsAt,
    committee: { name: committee.name, shortName: null, legalBasis: committee.legalBasis },
    venue: t.text(meeting.venue, meeting.venueAr, { path: 'meeting.venueAr', owner: 'meeting', field: 'venue' }),
    openingRemarks: t.text(meeting.openingRemarks, meeting.openingRemarksAr, { path: 'meeting.openingRemarksAr', owner: 'meeting', field: 'opening remarks' }),
    closingRemarks: t.text(meeting.closingRemarks, meeting.closingRemarksAr, { path: 'meeting.closingRemarksAr', owner: 'meeting', field: 'closing remarks' }),
    chair: chair ? { honorific: chair.honorific, name: chair.name, position: chair.position, organisation: chair.organisation } : null,
    secretaryPost: secretary ? arabicDesignation(secretary) || null : null,
    memberBodies,
    items,
  };
  t.check('press statement');
  return result;
}
