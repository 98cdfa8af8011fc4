import { join } from 'node:path';
import type { ActionStatus, AttendanceStatus, Classification, ImplementationStatus, Role } from '../../src/shared/domain';
import { ROOT } from './paths';

/**
 * The vaults in tests/fixtures/vaults, each written by the last code at its schema version
 * (tests/fixtures/vaults/make-fixture.ts says how), and the content they all hold. This file
 * imports no test runner: the fixture script runs it outside vitest.
 */

export const FIXTURE_PASSPHRASE = 'fixture passphrase for old vaults';
export const FIXTURE_VAULTS = join(ROOT, 'tests', 'fixtures', 'vaults');
export const fixtureVault = (version: number) => join(FIXTURE_VAULTS, `v${version}.vault`);

export interface Fixture {
  version: number;
  /** The commit whose code wrote it. */
  commit: string;
  /** That code had the chair's review: transitions, comments, amendments, matters arising. */
  review: boolean;
  /** That code kept backup settings in the vault. */
  backupSettings: boolean;
}

export const FIXTURES: readonly Fixture[] = [
  { version: 1, commit: 'bdeea1e', review: false, backupSettings: false },
  { version: 2, commit: 'd262bce', review: true, backupSettings: true },
  { version: 3, commit: 'fcbb4db', review: true, backupSettings: true },
  { version: 4, commit: 'e425078', review: true, backupSettings: true },
];

export const SECRETARY = 'Leila Nasser';
export const CHAIR = 'Amal Haddad';

export const COMMITTEE = {
  name: 'National Committee to Combat Human Trafficking',
  nameAr: 'اللجنة الوطنية لمكافحة الاتجار بالبشر',
  shortName: 'NCCHT',
  legalBasis: 'Article (3) of Law No. (1) of 2008',
  decisionNumberPattern: '{year}/{meeting}/{seq}',
  quorumRule: 'majority',
} as const;

export const PEOPLE: readonly { honorific: string; name: string; nameAr: string | null; position: string; organisation: string; role: Role }[] = [
  { honorific: 'H.E. Dr.', name: CHAIR, nameAr: 'أمل حداد', position: 'Undersecretary', organisation: 'Ministry of Interior', role: 'chair' },
  { honorific: 'Mr.', name: 'Omar Saleh', nameAr: null, position: 'Head of the Trafficking Unit', organisation: 'Public Prosecution', role: 'member' },
  { honorific: 'Dr.', name: 'Priya Raman', nameAr: null, position: 'Head of Victim Care', organisation: 'Ministry of Health', role: 'member' },
  { honorific: 'Ms.', name: SECRETARY, nameAr: null, position: 'Committee Secretary', organisation: 'Ministry of Interior', role: 'secretary' },
];

export const MEETINGS = [
  {
    startsAt: '2026-01-12T10:00:00+03:00',
    endsAt: '2026-01-12T12:00:00+03:00',
    venue: 'Ministry of Interior, Hall 2',
    venueAr: 'وزارة الداخلية، القاعة ٢',
    classification: 'restricted' as Classification,
    openingRemarks: 'The chair welcomed the members and the representative of the Public Prosecution.',
  },
  { startsAt: '2026-04-14T10:00:00+03:00', venue: 'Ministry of Interior, Hall 2', classification: 'restricted' as Classification },
] as const;

export const ATTENDANCE: readonly { name: string; status: AttendanceStatus; representedBy?: string }[] = [
  { name: CHAIR, status: 'present' },
  { name: 'Omar Saleh', status: 'represented', representedBy: 'Mr. Khalid Mansour' },
  { name: 'Priya Raman', status: 'apologies' },
  { name: SECRETARY, status: 'present' },
];

export interface FixtureAction {
  description: string;
  owner: { person: string } | { body: string };
  dueDate: string | null;
  /** Linked to the item's decision. */
  forDecision: boolean;
  note?: { date: string; text: string; status: ActionStatus };
}

export const ITEMS: readonly {
  title: string;
  titleAr: string | null;
  presenter: string | null;
  minutes: string;
  publicSummary: string | null;
  isPublic: boolean;
  decision: { text: string; status: ImplementationStatus };
  actions: FixtureAction[];
}[] = [
  {
    title: 'National referral mechanism',
    titleAr: 'الآلية الوطنية للإحالة',
    presenter: 'Omar Saleh',
    minutes: 'The Public Prosecution reported 14 referrals since the last meeting, 9 of them from labour inspectors.',
    publicSummary: 'The committee reviewed the national referral mechanism.',
    isPublic: true,
    decision: { text: 'Adopt the national referral mechanism and circulate it to every member ministry.', status: 'in_progress' },
    actions: [
      {
        description: 'Circulate the referral mechanism to the member ministries',
        owner: { person: 'Omar Saleh' },
        dueDate: '2026-02-15',
        forDecision: true,
        note: { date: '2026-01-20', text: 'Sent to six of the nine ministries.', status: 'in_progress' },
      },
    ],
  },
  {
    title: 'Shelter capacity',
    titleAr: null,
    presenter: null,
    minutes: 'The shelter is at 80% of its capacity; two nationalities make up most of the residents.',
    publicSummary: null,
    isPublic: false,
    decision: { text: 'Ask the Ministry of Health to propose a second shelter site.', status: 'pending' },
    actions: [
      {
        description: 'Report shelter occupancy by nationality',
        owner: { body: 'Ministry of Social Development' },
        dueDate: '2026-03-01',
        forDecision: false,
        note: { date: '2026-02-25', text: 'Report delivered to the secretariat.', status: 'done' },
      },
      { description: 'Propose a second shelter site', owner: { person: 'Priya Raman' }, dueDate: null, forDecision: true },
    ],
  },
];

/** On the second meeting, after any matters arising. */
export const LATER_ITEM = { title: 'Any other business', minutes: 'No other business was raised.' };

export const PRESS = {
  headline: 'Committee adopts a national referral mechanism',
  body: 'The National Committee to Combat Human Trafficking held its first meeting of 2026.\n\nIt adopted a national referral mechanism for victims.',
};

export const REVIEW = {
  comment: 'Please say which ministries have not replied yet.',
  approvalNote: 'Approved by circulation.',
  /** An amendment to the first item's minutes, once approved. */
  amendedMinutes: 'The Public Prosecution reported 15 referrals since the last meeting, 9 of them from labour inspectors.',
  amendmentReason: 'The Public Prosecution corrected the number of referrals.',
  returnReason: 'The date of the next meeting is still to be agreed.',
};

/** Automatic backups off, so that locking the vault writes no file beside it. */
export const BACKUP_SETTINGS = { folder: null, keep: 7, enabled: false };

/** Where every clock reading of the writing session starts; each reading is a minute later. */
export const FIXTURE_CLOCK_START = Date.parse('2026-01-12T12:00:00Z');
