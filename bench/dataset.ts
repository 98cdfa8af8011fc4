import { entryHash, GENESIS_HASH } from '../src/core/db/audit';
import { created } from '../src/core/domain/changes';
import { Random } from './random';
import { actionText, agendaTitle, arabicTitle, decisionText, noteText, ORGANISATIONS, prose } from './text';

/**
 * A ten-year vault: 10 committees x 10 years x 8 meetings, about 12 agenda items, 10 decisions
 * and 31 action items per meeting, progress notes, press statements and the audit trail the
 * services would have written along the way (an entry per creation, per autosave of the
 * minutes, per note and status change). Rows come out in the order the app would have written
 * them, so pages interleave as they do in a vault that grew over the years.
 */

export type Value = string | number | null;
export type Row = Record<string, Value>;

export interface Writer {
  row(table: string, values: Row): void;
}

export const SHAPE = { committees: 10, years: 10, meetingsPerYear: 8, firstYear: 2016, seatsPerCommittee: 14 } as const;

/** The benchmark's "now": the last meetings of 2025 are still being drafted or reviewed. */
export const NOW = new Date('2026-01-20T06:00:00.000Z');
const NOW_MS = NOW.getTime();
const DAY = 86_400_000;

const COMMITTEES: [string, string, string][] = [
  ['National Committee to Combat Human Trafficking', 'NCCHT', 'اللجنة الوطنية لمكافحة الاتجار بالأشخاص'],
  ['Higher Committee for Occupational Safety and Health', 'HCOSH', 'اللجنة العليا للسلامة والصحة المهنية'],
  ['National Committee for Child Protection', 'NCCP', 'اللجنة الوطنية لحماية الطفولة'],
  ["Permanent Committee for Migrant Workers' Affairs", 'PCMWA', 'اللجنة الدائمة لشؤون العمال المهاجرين'],
  ['National Committee on International Humanitarian Law', 'NCIHL', 'اللجنة الوطنية للقانون الدولي الإنساني'],
  ['Higher Committee for Road Safety', 'HCRS', 'اللجنة العليا للسلامة المرورية'],
  ['National Committee for Civil Defence Preparedness', 'NCCDP', 'اللجنة الوطنية للتأهب والدفاع المدني'],
  ['Higher Committee for Public Health Emergencies', 'HCPHE', 'اللجنة العليا لطوارئ الصحة العامة'],
  ['National Committee for the Advancement of Women', 'NCAW', 'اللجنة الوطنية للنهوض بالمرأة'],
  ['Committee for Anti-Money Laundering Coordination', 'CAMLC', 'لجنة تنسيق مكافحة غسل الأموال'],
];

const FIRST_NAMES = ['Khalid', 'Amina', 'Sara', 'Omar', 'Fatima', 'Hassan', 'Leila', 'Yusuf', 'Mariam', 'Ali', 'Noura', 'Ahmed', 'Huda', 'Salman', 'Priya', 'Daniel', 'Rania', 'Tariq', 'Aisha', 'Faisal', 'Dana', 'Majed', 'Reem', 'Jassim'];
const LAST_NAMES = ['Al-Mansoori', 'Yusuf', 'Haddad', 'Al-Khalifa', 'Jaber', 'Abbas', 'Nasser', 'Raman', "O'Connor", 'Al-Sayed', 'Hamad', 'Al-Mannai', 'Saleh', 'Al-Doseri', 'Karim', 'Al-Hashimi', 'Farouk', 'Al-Qassim'];
const HONORIFICS = ['H.E. Mr.', 'H.E. Dr.', 'Dr.', 'Mr.', 'Ms.', 'Brig.', 'Col.', 'Eng.'];
const POSITIONS = ['Undersecretary', 'Assistant Undersecretary', 'Director', 'Deputy Director', 'Head of Section', 'Legal Adviser', 'Senior Specialist', 'Director-General'];
const ROLES = ['chair', 'vice-chair', ...Array<string>(10).fill('member'), 'secretary', 'observer'];
/** Meeting months in a year: eight meetings, none in the summer recess. */
const MONTHS = [0, 1, 2, 4, 5, 8, 9, 11];

const iso = (ms: number) => new Date(ms).toISOString();
const isoDay = (ms: number) => iso(ms).slice(0, 10);

interface Seat {
  role: string;
  /** Who held the seat from which year (index into the ten years). */
  occupants: { personId: number; from: number }[];
}

interface Event {
  at: number;
  seq: number;
  run: () => void;
}

/** Later happenings (notes, approvals, status changes) waiting for their date. */
class Timeline {
  private heap: Event[] = [];
  private seq = 0;

  push(at: number, run: () => void): void {
    if (at > NOW_MS) return;
    const heap = this.heap;
    heap.push({ at, seq: this.seq++, run });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** Runs, in date order, everything that happened before `until`. */
  runUntil(until: number): void {
    while (this.heap.length > 0 && this.heap[0]!.at < until) this.pop().run();
  }

  private before(a: Event, b: Event): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private pop(): Event {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && this.before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
}

export type Counts = Record<string, number>;

export function generate(out: Writer, seed = 20_160_101): Counts {
  const r = new Random(seed);
  const counts: Counts = {};
  const ids: Record<string, number> = {};
  const nextId = (table: string) => (ids[table] = (ids[table] ?? 0) + 1);
  const emit = (table: string, values: Row) => {
    counts[table] = (counts[table] ?? 0) + 1;
    out.row(table, values);
  };

  let prevHash = GENESIS_HASH;
  let auditId = 0;
  const audit = (at: number, actor: string, action: string, entity: string, entityId: number | null, detail: unknown) => {
    const entry = { id: ++auditId, at: iso(at), actor, action, entity, entity_id: entityId, detail: JSON.stringify(detail) };
    const hash = entryHash(prevHash, entry);
    emit('audit_log', { ...entry, prev_hash: prevHash, hash });
    prevHash = hash;
  };

  const timeline = new Timeline();
  const start = Date.UTC(SHAPE.firstYear, 0, 1, 5);
  const founder = 'Leila Nasser';
  audit(start - 30 * DAY, founder, 'vault.create', 'vault', null, {});

  const people: { id: number; name: string }[] = [];
  const newPerson = (at: number): number => {
    const id = nextId('people');
    const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
    const organisation = r.pick(ORGANISATIONS);
    const record = {
      id,
      honorific: r.pick(HONORIFICS),
      honorific_ar: null,
      name,
      name_ar: null,
      position: `${r.pick(POSITIONS)}, ${organisation}`,
      position_ar: null,
      organisation,
      organisation_ar: null,
      active: 1,
      created_at: iso(at),
      updated_at: iso(at),
    };
    emit('people', record);
    audit(at, founder, 'person.create', 'person', id, created({ honorific: record.honorific, name, position: record.position, organisation }));
    people.push({ id, name });
    return id;
  };

  const committees = COMMITTEES.map(([name, shortName, nameAr]) => {
    const id = nextId('committees');
    const at = start - 20 * DAY + id * 3_600_000;
    const record = {
      id,
      name,
      name_ar: nameAr,
      short_name: shortName,
      legal_basis: `Article (${r.int(2, 9)}) of Decree No. (${r.int(5, 60)}) for ${r.int(2008, 2015)}`,
      legal_basis_ar: null,
      decision_number_pattern: '{year}/{meeting}/{seq}',
      quorum_rule: 'majority',
      active: 1,
      created_at: iso(at),
      updated_at: iso(at),
    };
    emit('committees', record);
    audit(at, founder, 'committee.create', 'committee', id, created({ name, nameAr, shortName, legalBasis: record.legal_basis }));

    // Members come and go over ten years; each seat changes hands now and then.
    const seats: Seat[] = ROLES.map((role) => {
      const occupants = [{ personId: 0, from: 0 }];
      for (let year = 1; year < SHAPE.years; year++) if (r.chance(0.12)) occupants.push({ personId: 0, from: year });
      return { role, occupants };
    });
    const taken = new Set<number>();
    for (const seat of seats)
      for (const occupant of seat.occupants) {
        const at = start + occupant.from * 365 * DAY - 10 * DAY;
        const other = people.length > 20 && r.chance(0.1) ? r.pick(people).id : 0;
        occupant.personId = other && !taken.has(other) ? other : newPerson(at);
        taken.add(occupant.personId);
      }
    for (const seat of seats)
      seat.occupants.forEach((occupant, i) => {
        const active = i === seat.occupants.length - 1 ? 1 : 0;
        emit('memberships', { id: nextId('memberships'), committee_id: id, person_id: occupant.personId, role: seat.role, active });
        audit(start + occupant.from * 365 * DAY - 9 * DAY, founder, 'membership.set', 'committee', id, { personId: occupant.personId, role: seat.role });
      });
    return { id, shortName, seats };
  });

  const holder = (seat: Seat, year: number) => [...seat.occupants].reverse().find((o) => o.from <= year)!.personId;

  // Every meeting of every committee, in the order they were held.
  const schedule: { committee: (typeof committees)[number]; year: number; k: number; at: number }[] = [];
  for (const committee of committees)
    for (let year = 0; year < SHAPE.years; year++)
      for (let k = 0; k < SHAPE.meetingsPerYear; k++)
        schedule.push({ committee, year, k, at: Date.UTC(SHAPE.firstYear + year, MONTHS[k]!, r.int(3, 26), 7) });
  schedule.sort((a, b) => a.at - b.at || a.committee.id - b.committee.id);
  const lastTwo = new Map<number, number[]>();
  for (const m of schedule) lastTwo.set(m.committee.id, [...(lastTwo.get(m.committee.id) ?? []), m.at].slice(-2));

  // What each committee still has open, and until when: matters arising link it at each meeting.
  const stillOpen = new Map<number, { actions: { id: number; until: number }[]; decisions: { id: number; until: number }[] }>(
    committees.map((c) => [c.id, { actions: [], decisions: [] }]),
  );
  const counters = new Map<string, [number, string, number]>();
  const bump = (committeeId: number, scope: string) => {
    const key = `${committeeId}|${scope}`;
    const counter = counters.get(key) ?? [committeeId, scope, 0];
    counter[2]++;
    counters.set(key, counter);
    return counter[2];
  };

  for (const { committee, year, k, at } of schedule) {
    const createdAt = at - 14 * DAY;
    timeline.runUntil(createdAt);
    const [inReviewAt, draftAt] = lastTwo.get(committee.id)!;
    const status = at === draftAt ? 'draft' : at === inReviewAt ? 'in_review' : 'approved';
    const number = year * SHAPE.meetingsPerYear + k + 1;
    const secretary = people.find((p) => p.id === holder(committee.seats[12]!, year))!.name;
    const chair = people.find((p) => p.id === holder(committee.seats[0]!, year))!.name;
    const approvedAt = at + 40 * DAY;
    const meetingId = nextId('meetings');
    const local = iso(at + 3 * 3_600_000).slice(0, 16);
    const meeting = {
      id: meetingId,
      committee_id: committee.id,
      number,
      starts_at: `${local}:00+03:00`,
      ends_at: `${iso(at + 5.5 * 3_600_000).slice(0, 16)}:00+03:00`,
      venue: `${r.pick(ORGANISATIONS)}, Meeting Room ${r.int(1, 6)}`,
      venue_ar: null,
      classification: r.weighted([['restricted', 8], ['internal', 2], ['confidential', 1]] as const),
      status,
      opening_remarks: prose(r, r.length(120, 320, 900)),
      opening_remarks_ar: null,
      closing_remarks: prose(r, r.length(80, 200, 600)),
      closing_remarks_ar: null,
      approved_at: status === 'approved' ? iso(approvedAt) : null,
      approved_by: status === 'approved' ? chair : null,
      created_at: iso(createdAt),
      updated_at: iso(status === 'approved' ? approvedAt : at + 2 * DAY),
    };
    emit('meetings', meeting);
    audit(createdAt, secretary, 'meeting.create', 'meeting', meetingId, created({ committeeId: committee.id, number, startsAt: meeting.starts_at, venue: meeting.venue, classification: meeting.classification }));

    const present: number[] = [];
    for (const seat of committee.seats) {
      const personId = holder(seat, year);
      const attendance = r.weighted([['present', 80], ['apologies', 12], ['absent', 3], ['represented', 5]] as const);
      if (attendance !== 'absent') present.push(personId);
      const representedBy = attendance === 'represented' ? `${r.pick(HONORIFICS)} ${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}` : null;
      emit('attendance', { meeting_id: meetingId, person_id: personId, status: attendance, represented_by: representedBy });
      audit(at + 3_600_000, secretary, 'attendance.set', 'meeting', meetingId, { personId, status: attendance, representedBy });
    }

    // One extraordinary, long meeting per committee; the rest have 9 to 15 items.
    const items = year === 5 && k === 3 ? 26 : r.int(9, 15);
    for (let position = 1; position <= items; position++) {
      const itemId = nextId('agenda_items');
      const itemAt = createdAt + position * 60_000;
      const matters = position === 1;
      const title = matters ? 'Matters arising from previous meetings' : agendaTitle(r);
      const minutes = prose(r, r.length(400, 1_800, 6_000));
      const isPublic = !matters && r.chance(0.65);
      const summary = isPublic ? prose(r, r.length(120, 320, 700)) : null;
      emit('agenda_items', {
        id: itemId,
        meeting_id: meetingId,
        position,
        kind: matters ? 'matters_arising' : 'item',
        title,
        title_ar: r.chance(0.4) ? arabicTitle(r) : null,
        presenter_id: matters ? null : r.pick(present.length > 0 ? present : [holder(committee.seats[0]!, year)]),
        minutes,
        minutes_ar: null,
        public_summary: summary,
        public_summary_ar: null,
        is_public: isPublic ? 1 : 0,
        created_at: iso(itemAt),
        updated_at: iso(at + 2 * DAY),
      });
      audit(itemAt, secretary, 'agenda_item.create', 'agenda_item', itemId, { meetingId, position, title, isPublic: false });
      if (matters) {
        const open = stillOpen.get(committee.id)!;
        open.actions = open.actions.filter((a) => a.until > at);
        open.decisions = open.decisions.filter((d) => d.until > at);
        for (const a of open.actions) emit('matters_arising_actions', { agenda_item_id: itemId, action_id: a.id });
        for (const d of open.decisions) emit('matters_arising_decisions', { agenda_item_id: itemId, decision_id: d.id });
        audit(itemAt, secretary, 'agenda_item.link', 'agenda_item', itemId, { actions: open.actions.map((a) => a.id), decisions: open.decisions.map((d) => d.id) });
      }
      // Autosave writes the minutes as they grow: each save records the text before and after.
      const cuts = [0, Math.floor(minutes.length / 3), Math.floor((2 * minutes.length) / 3), minutes.length];
      for (let i = 1; i < cuts.length; i++) {
        const changes: Record<string, { before: unknown; after: unknown }> = {
          minutes: { before: i === 1 ? null : minutes.slice(0, cuts[i - 1]), after: minutes.slice(0, cuts[i]) },
        };
        if (i === cuts.length - 1 && summary) {
          changes.publicSummary = { before: null, after: summary };
          changes.isPublic = { before: false, after: true };
        }
        audit(at + 3_600_000 * (3 + i), secretary, 'agenda_item.update', 'agenda_item', itemId, changes);
      }

      const decisions: number[] = [];
      const decisionCount = matters ? 0 : r.weighted([[0, 32], [1, 50], [2, 14], [3, 4]] as const);
      for (let d = 0; d < decisionCount; d++) {
        const decisionId = nextId('decisions');
        const seq = bump(committee.id, `meeting:${meetingId}`);
        bump(committee.id, `year:${SHAPE.firstYear + year}`);
        bump(committee.id, 'all');
        const text = decisionText(r);
        const age = (NOW_MS - at) / (365 * DAY);
        const implementation =
          age > 1.5
            ? r.weighted([['implemented', 72], ['cancelled', 6], ['in_progress', 9], ['pending', 13]] as const)
            : r.weighted([['implemented', 15], ['in_progress', 35], ['pending', 50]] as const);
        const decisionNumber = `${SHAPE.firstYear + year}/${number}/${seq}`;
        emit('decisions', {
          id: decisionId,
          committee_id: committee.id,
          meeting_id: meetingId,
          agenda_item_id: itemId,
          number: decisionNumber,
          text,
          text_ar: null,
          implementation_status: implementation,
          created_at: iso(at + 3_600_000 * 2),
          updated_at: iso(at + 3_600_000 * 2),
        });
        audit(at + 3_600_000 * 2, secretary, 'decision.create', 'decision', decisionId, { meetingId, agendaItemId: itemId, number: decisionNumber, text, implementationStatus: 'pending' });
        let awaitingUntil = Infinity;
        if (implementation !== 'pending') {
          const changedAt = at + r.int(30, 400) * DAY;
          if (implementation !== 'in_progress') awaitingUntil = changedAt;
          timeline.push(changedAt, () =>
            audit(changedAt, secretary, 'decision.update', 'decision', decisionId, { implementationStatus: { before: 'pending', after: implementation } }),
          );
        }
        stillOpen.get(committee.id)!.decisions.push({ id: decisionId, until: awaitingUntil });
        decisions.push(decisionId);
      }

      const actionCount = matters ? r.int(0, 2) : r.weighted([[0, 4], [1, 14], [2, 26], [3, 26], [4, 18], [5, 8], [6, 4]] as const);
      for (let a = 0; a < actionCount; a++) {
        const actionId = nextId('action_items');
        const due = r.chance(0.05) ? null : at + r.int(14, 180) * DAY;
        const overdueFor = due === null ? null : (NOW_MS - due) / DAY;
        const stillActive =
          overdueFor === null ? NOW_MS - at < 365 * DAY || r.chance(0.1) : overdueFor < 0 ? true : r.chance(overdueFor < 90 ? 0.45 : overdueFor < 365 ? 0.2 : 0.03);
        const actionStatus = stillActive ? r.weighted([['open', 55], ['in_progress', 45]] as const) : r.weighted([['done', 92], ['cancelled', 8]] as const);
        const closedAt = stillActive ? null : Math.min(NOW_MS - DAY, Math.max(at + 7 * DAY, (due ?? at + 90 * DAY) + r.int(-30, 60) * DAY));
        const byPerson = r.chance(0.55);
        const record = {
          id: actionId,
          committee_id: committee.id,
          meeting_id: meetingId,
          agenda_item_id: itemId,
          decision_id: decisions.length > 0 && r.chance(0.6) ? r.pick(decisions) : null,
          description: actionText(r),
          description_ar: null,
          owner_person_id: byPerson ? r.pick(committee.seats.map((s) => holder(s, year))) : null,
          owner_body: byPerson ? null : r.pick(ORGANISATIONS),
          due_date: due === null ? null : isoDay(due),
          status: actionStatus,
          completed_at: actionStatus === 'done' ? iso(closedAt!) : null,
          created_at: iso(at + 3_600_000 * 2),
          updated_at: iso(closedAt ?? at + 3_600_000 * 2),
        };
        emit('action_items', record);
        stillOpen.get(committee.id)!.actions.push({ id: actionId, until: closedAt ?? Infinity });
        audit(at + 3_600_000 * 2, secretary, 'action_item.create', 'action_item', actionId, {
          meetingId,
          agendaItemId: itemId,
          ...(record.decision_id ? { decisionId: record.decision_id } : {}),
          description: record.description,
          ...(byPerson ? { ownerPersonId: record.owner_person_id } : { ownerBody: record.owner_body }),
          ...(record.due_date ? { dueDate: record.due_date } : {}),
          status: 'open',
        });

        const noteCount = actionStatus === 'cancelled' ? r.int(0, 2) : stillActive ? r.int(0, 5) : r.int(1, 4);
        const last = closedAt ?? NOW_MS - DAY;
        const notedDays = Array.from({ length: noteCount }, () => at + 7 * DAY + r.next() * Math.max(DAY, last - at - 7 * DAY)).sort((x, y) => x - y);
        for (const notedAt of notedDays) {
          const text = noteText(r);
          timeline.push(notedAt, () => {
            const noteId = nextId('action_notes');
            emit('action_notes', { id: noteId, action_id: actionId, noted_on: isoDay(notedAt), text, author: secretary, created_at: iso(notedAt) });
            audit(notedAt, secretary, 'action_item.note', 'action_item', actionId, { noteId, date: isoDay(notedAt), text });
          });
        }
        if (closedAt !== null)
          timeline.push(closedAt + 3_600_000, () =>
            audit(closedAt + 3_600_000, secretary, 'action_item.update', 'action_item', actionId, { status: { before: 'open', after: actionStatus } }),
          );
      }
    }

    if (status !== 'draft')
      timeline.push(at + 20 * DAY, () => {
        emit('meeting_transitions', { id: nextId('meeting_transitions'), meeting_id: meetingId, from_status: 'draft', to_status: 'in_review', actor: secretary, at: iso(at + 20 * DAY), note: null });
        audit(at + 20 * DAY, secretary, 'meeting.transition', 'meeting', meetingId, { from: 'draft', to: 'in_review' });
      });
    if (status === 'approved') {
      const headline = `${committee.shortName} holds its ${number}th meeting`;
      const body = prose(r, r.length(900, 1_800, 3_500));
      timeline.push(at + 2 * DAY, () => {
        const pressId = nextId('press_statements');
        emit('press_statements', {
          id: pressId,
          meeting_id: meetingId,
          lang: 'en',
          headline,
          body,
          status: 'approved',
          approved_at: iso(at + 3 * DAY),
          approved_by: chair,
          created_at: iso(at + 2 * DAY),
          updated_at: iso(at + 3 * DAY),
        });
        audit(at + 2 * DAY, secretary, 'press.create', 'press_statement', pressId, { meetingId, headline, body });
      });
      timeline.push(approvedAt, () => {
        emit('meeting_transitions', { id: nextId('meeting_transitions'), meeting_id: meetingId, from_status: 'in_review', to_status: 'approved', actor: chair, at: iso(approvedAt), note: null });
        audit(approvedAt, chair, 'meeting.transition', 'meeting', meetingId, { from: 'in_review', to: 'approved' });
      });
    }
  }
  timeline.runUntil(NOW_MS + 1);

  for (const [committeeId, scope, last] of counters.values()) emit('number_counters', { committee_id: committeeId, scope, last });
  return counts;
}
