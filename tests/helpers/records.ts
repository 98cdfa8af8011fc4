import type {
  ActionItem,
  AgendaItemRecord,
  AttendanceEntry,
  Committee,
  Decision,
  MeetingRecord,
  Membership,
  Person,
  Role,
} from '../../src/shared/domain';

/**
 * A hand-made MeetingRecord shaped after ../shared/fixtures/sample-meeting.json, for testing
 * the export builders without a vault. Each call returns a fresh copy that a test may change.
 */

const STAMP = '2026-03-16T08:00:00.000Z';

export const CONFIDENTIAL_PHRASE = 'heat-illness admission figures for 2025';
export const CLOSED_ITEM_PHRASE = 'worker representatives be invited';

export function sampleCommittee(over: Partial<Committee> = {}): Committee {
  return {
    id: 1,
    name: 'Higher Committee for Occupational Safety and Health',
    nameAr: 'اللجنة العليا للسلامة والصحة المهنية',
    shortName: 'HCOSH',
    legalBasis: 'Article (4) of Decree No. (17) for 2019',
    legalBasisAr: null,
    decisionNumberPattern: '{year}/{meeting}/{seq}',
    quorumRule: 'majority',
    active: true,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

const PEOPLE: [string, string, string, string, Role][] = [
  ['H.E. Dr.', 'Salma Yusuf Al-Mannai', 'Undersecretary, Ministry of Labour', 'Ministry of Labour', 'chair'],
  ['Mr.', 'Omar Khalid Haddad', 'Director of Inspection', 'Ministry of Labour', 'vice-chair'],
  ['Dr.', 'Priya Raman', 'Head of Occupational Health', 'Ministry of Health', 'member'],
  ['Ms.', 'Fatima Ali Jaber', 'Director of Civil Protection Planning', 'Civil Defence Directorate', 'member'],
  ['Mr.', "Daniel O'Connor", 'Chair, Construction Sector Council', 'Chamber of Commerce', 'member'],
  ['Mr.', 'Hassan Abbas', 'Secretary-General', 'Federation of Trade Unions', 'member'],
  ['Ms.', 'Leila Nasser', 'Committee Secretary', 'Ministry of Labour', 'secretary'],
];

export function samplePeople(): Person[] {
  return PEOPLE.map(([honorific, name, position, organisation], i) => ({
    id: i + 1,
    honorific,
    honorificAr: null,
    name,
    nameAr: null,
    position,
    positionAr: null,
    organisation,
    organisationAr: null,
    active: true,
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
}

function decision(id: number, agendaItemId: number, seq: number, text: string): Decision {
  return {
    id,
    meetingId: 3,
    agendaItemId,
    number: `2026/3/${seq}`,
    text,
    textAr: null,
    implementationStatus: 'pending',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function action(id: number, agendaItemId: number, description: string, owner: Person, dueDate: string, over: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    meetingId: 3,
    committeeId: 1,
    meetingNumber: 3,
    agendaItemId,
    decisionId: null,
    description,
    descriptionAr: null,
    ownerPersonId: owner.id,
    ownerBody: null,
    ownerName: owner.name,
    dueDate,
    status: 'open',
    overdue: false,
    latestNote: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

function item(id: number, position: number, fields: Partial<AgendaItemRecord> & { title: string }): AgendaItemRecord {
  return {
    id,
    meetingId: 3,
    position,
    titleAr: null,
    presenterId: null,
    minutes: null,
    minutesAr: null,
    publicSummary: null,
    publicSummaryAr: null,
    isPublic: false,
    createdAt: STAMP,
    updatedAt: STAMP,
    decisions: [],
    actions: [],
    ...fields,
  };
}

export function sampleRecord(): MeetingRecord {
  const people = samplePeople();
  const [, vice, health, , , , sec] = people as [Person, Person, Person, Person, Person, Person, Person];
  const members: Membership[] = people.map((person, i) => ({
    id: i + 1,
    committeeId: 1,
    personId: person.id,
    role: PEOPLE[i]![4],
    active: true,
    person,
  }));
  const attendance: AttendanceEntry[] = [
    { personId: 1, status: 'present', representedBy: null },
    { personId: 2, status: 'present', representedBy: null },
    { personId: 3, status: 'present', representedBy: null },
    { personId: 4, status: 'apologies', representedBy: null },
    { personId: 5, status: 'represented', representedBy: 'Ms. Rana Saleh, Deputy Chair' },
    { personId: 6, status: 'present', representedBy: null },
    { personId: 7, status: 'present', representedBy: null },
  ];
  return {
    committee: sampleCommittee(),
    meeting: {
      id: 3,
      committeeId: 1,
      number: 3,
      startsAt: '2026-03-15T10:00:00+03:00',
      endsAt: '2026-03-15T12:15:00+03:00',
      venue: 'Ministry of Labour, Meeting Room 2',
      venueAr: null,
      classification: 'restricted',
      status: 'draft',
      openingRemarks: 'welcomed the members and stressed the importance of protecting outdoor workers during the summer months',
      openingRemarksAr: null,
      closingRemarks: "thanked the members for their contributions and affirmed the committee's commitment to a safe working environment for all",
      closingRemarksAr: null,
      approvedAt: null,
      approvedBy: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    },
    members,
    attendance,
    quorum: { rule: 'majority', eligible: 6, counted: 5, required: 4, met: true },
    agenda: [
      item(11, 1, {
        title: 'Matters arising from the 2nd meeting',
        presenterId: sec.id,
        minutes:
          'The Secretary reported that two of the three actions from the previous meeting were completed; the heat-stress guidance translation remains open.',
      }),
      item(12, 2, {
        title: 'Midday outdoor work ban: preparations for summer 2026',
        presenterId: vice.id,
        minutes:
          'The Director of Inspection presented the inspection plan for June to August: 1,200 planned site visits, focus on construction and delivery riders. Members discussed fines for repeat violations and the hotline response time.',
        publicSummary:
          'The committee reviewed preparations for the summer midday outdoor work ban, including an inspection plan covering construction sites and delivery services.',
        isPublic: true,
        decisions: [decision(21, 12, 1, 'Approve the summer 2026 inspection plan as presented, with a weekly compliance report to the chair.')],
        actions: [
          action(31, 12, 'Publish the midday ban circular in Arabic, English, Hindi and Urdu', vice, '2026-04-30', { decisionId: 21 }),
          action(32, 12, 'Set up weekly compliance report template', sec, '2026-04-15', { decisionId: 21 }),
        ],
      }),
      item(13, 3, {
        title: 'Occupational health surveillance for construction workers',
        presenterId: health.id,
        minutes: `Dr. Raman presented ${CONFIDENTIAL_PHRASE} (confidential, not for release) and proposed pre-summer medical screening at large sites.`,
        publicSummary: 'Members discussed a proposal for pre-summer medical screening of workers at large construction sites.',
        isPublic: true,
        decisions: [decision(22, 13, 2, 'Request the Ministry of Health to prepare a costed screening pilot for two large sites.')],
        actions: [action(33, 13, 'Costed screening pilot proposal', health, '2026-05-31', { decisionId: 22 })],
      }),
      item(14, 4, {
        title: 'Any other business',
        minutes: `The union representative asked that ${CLOSED_ITEM_PHRASE} to the next awareness campaign planning session. Agreed.`,
        actions: [action(34, 14, 'Invite worker representatives to the campaign planning session', sec, '2026-04-10')],
      }),
    ],
  };
}

/** All actions of a record, in agenda order. */
export function recordActions(record: MeetingRecord): ActionItem[] {
  return record.agenda.flatMap((a) => a.actions);
}
