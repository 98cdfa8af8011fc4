import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../src/cli/commands/export';
import type { Io } from '../../../src/cli/io';
import { call } from '../../../src/core/dispatcher';
import { writeFileAtomic } from '../../../src/core/files';
import type { VaultHost } from '../../../src/core/host';
import type { Person, Role } from '../../../src/shared/domain';
import { bytesOf, openDocx } from '../../helpers/docx';
import { CLOSED_ITEM_PHRASE, CONFIDENTIAL_PHRASE, samplePeople } from '../../helpers/records';
import { failure } from '../../helpers/seed';
import { newVault, PASSPHRASE } from '../../helpers/vault';

/** After the April due dates of the sample, before the May one. */
const clock = () => new Date('2026-05-10T09:00:00Z');
const { host, dir, path: vaultPath } = await newVault({ clock });
const db = () => host.session().db;
const ROLES: Role[] = ['chair', 'vice-chair', 'member', 'member', 'member', 'member', 'secretary'];

interface Seeded {
  committeeId: number;
  earlierMeetingId: number;
  meetingId: number;
  people: Person[];
}

/** The sample meeting entered through the contract, as the app would, after an earlier meeting with one open action. */
async function seed(h: VaultHost, name: string, shortName: string): Promise<Seeded> {
  const committee = await call(h, 'committees.create', { name, shortName, legalBasis: 'Article (4) of Decree No. (17) for 2019' });
  const people: Person[] = [];
  for (const [i, p] of samplePeople().entries()) {
    const person = await call(h, 'people.create', { honorific: p.honorific, name: p.name, position: p.position, organisation: p.organisation });
    await call(h, 'memberships.set', { committeeId: committee.id, personId: person.id, role: ROLES[i]! });
    people.push(person);
  }
  const [chair, vice, health, civil, chamber, union, sec] = people as [Person, Person, Person, Person, Person, Person, Person];

  const earlier = await call(h, 'meetings.create', { committeeId: committee.id, startsAt: '2026-01-20T10:00:00+03:00', classification: 'internal' });
  const earlierItem = await call(h, 'agenda.add', { meetingId: earlier.id, title: 'Heat-stress guidance', isPublic: false });
  await call(h, 'actions.add', { agendaItemId: earlierItem.id, description: 'Translate the heat-stress guidance', ownerPersonId: sec.id, dueDate: '2026-03-01' });

  const meeting = await call(h, 'meetings.create', {
    committeeId: committee.id,
    number: 3,
    startsAt: '2026-03-15T10:00:00+03:00',
    endsAt: '2026-03-15T12:15:00+03:00',
    venue: 'Ministry of Labour, Meeting Room 2',
    classification: 'restricted',
    openingRemarks: 'welcomed the members and stressed the importance of protecting outdoor workers during the summer months',
    closingRemarks: "thanked the members for their contributions and affirmed the committee's commitment to a safe working environment for all",
  });
  for (const [person, status, representedBy] of [
    [chair, 'present'],
    [vice, 'present'],
    [health, 'present'],
    [civil, 'apologies'],
    [chamber, 'represented', 'Ms. Rana Saleh, Deputy Chair'],
    [union, 'present'],
    [sec, 'present'],
  ] as const)
    await call(h, 'attendance.set', { meetingId: meeting.id, personId: person.id, status, ...(representedBy ? { representedBy } : {}) });

  await call(h, 'agenda.add', {
    meetingId: meeting.id,
    title: 'Matters arising from the 2nd meeting',
    presenterId: sec.id,
    minutes: 'The Secretary reported on the actions from the previous meeting.',
    isPublic: false,
  });
  const ban = await call(h, 'agenda.add', {
    meetingId: meeting.id,
    title: 'Midday outdoor work ban: preparations for summer 2026',
    presenterId: vice.id,
    minutes: 'The Director of Inspection presented the inspection plan: 1,200 planned site visits.',
    publicSummary: 'The committee reviewed preparations for the summer midday outdoor work ban.',
    isPublic: true,
  });
  const plan = await call(h, 'decisions.add', { agendaItemId: ban.id, text: 'Approve the summer 2026 inspection plan as presented.' });
  const circular = await call(h, 'actions.add', {
    agendaItemId: ban.id,
    description: 'Publish the midday ban circular in Arabic, English, Hindi and Urdu',
    ownerPersonId: vice.id,
    dueDate: '2026-04-30',
    decisionId: plan.id,
  });
  await call(h, 'actions.addNote', { actionId: circular.id, text: 'Arabic and English versions printed.', date: '2026-04-20', status: 'in_progress' });
  const health1 = await call(h, 'agenda.add', {
    meetingId: meeting.id,
    title: 'Occupational health surveillance for construction workers',
    presenterId: health.id,
    minutes: `Dr. Raman presented ${CONFIDENTIAL_PHRASE} (confidential, not for release).`,
    publicSummary: 'Members discussed a proposal for pre-summer medical screening of workers at large construction sites.',
    isPublic: true,
  });
  const pilot = await call(h, 'decisions.add', { agendaItemId: health1.id, text: 'Request a costed screening pilot for two large sites.' });
  await call(h, 'actions.add', { agendaItemId: health1.id, description: 'Costed screening pilot proposal', ownerPersonId: health.id, dueDate: '2026-05-31', decisionId: pilot.id });
  const aob = await call(h, 'agenda.add', {
    meetingId: meeting.id,
    title: 'Any other business',
    minutes: `The union representative asked that ${CLOSED_ITEM_PHRASE} to the next session. Agreed.`,
    publicSummary: 'CLOSED-ITEM-SUMMARY should never be published',
    isPublic: false,
  });
  await call(h, 'decisions.add', { agendaItemId: aob.id, text: 'CLOSED-ITEM-DECISION to invite worker representatives.' });
  await call(h, 'actions.add', { agendaItemId: aob.id, description: 'Invite worker representatives', ownerBody: 'Federation of Trade Unions', dueDate: '2026-04-10' });
  return { committeeId: committee.id, earlierMeetingId: earlier.id, meetingId: meeting.id, people };
}

let s: Seeded;
let other: Seeded;
beforeAll(async () => {
  s = await seed(host, 'Higher Committee for Occupational Safety and Health', 'HCOSH');
  other = await seed(host, 'National Committee to Combat Trafficking in Persons', 'NCCTP');
});

describe('minutes from the vault', () => {
  it('are exported with a safe file name, the vault\'s decision numbers and the actions of earlier meetings', async () => {
    const file = await call(host, 'exports.minutes', { meetingId: s.meetingId });
    expect(file.fileName).toBe('HCOSH-Minutes-3rd-Meeting-2026-03-15-DRAFT.docx');
    const doc = openDocx(bytesOf(file));
    expect(doc.body.find((p) => p.style === 'Title')?.text).toBe(
      'Minutes of the 3rd Meeting of the Higher Committee for Occupational Safety and Health (HCOSH)',
    );
    expect(doc.header).toContain('RESTRICTED');
    expect(doc.header).toContain('DRAFT – subject to approval');
    expect(doc.body.filter((p) => p.style === 'Decision').map((p) => p.text.split('\n')[0])).toEqual([
      'Decision 2026/3/1',
      'Decision 2026/3/2',
      'Decision 2026/3/3',
    ]);
    expect(doc.bodyText).toContain('Quorum: the meeting was quorate; 5 of the 6 voting members were present or represented');
    expect(doc.bodyText).toContain("Mr. Daniel O'Connor, Chair, Construction Sector Council, Chamber of Commerce — represented by Ms. Rana Saleh, Deputy Chair");
    const arising = doc.tables.find((t) => t[0]?.[0] === 'Meeting')!;
    expect(arising.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([['1st', 'Translate the heat-stress guidance', 'Overdue']]);
    expect(doc.bodyText).toContain('Status as at 10 May 2026.');
    const summary = doc.tables.find((t) => t[0]?.[0] === 'Item')!;
    expect(summary.slice(1).map((r) => r[2].split('\n')[0])).toEqual([
      'Mr. Omar Khalid Haddad',
      'Dr. Priya Raman',
      'Federation of Trade Unions',
    ]);
    // Same vault, same clock: same bytes.
    expect((await call(host, 'exports.minutes', { meetingId: s.meetingId })).base64).toBe(file.base64);
  });

  it('of an approved meeting carry no DRAFT marking and list its amendments in an annex', async () => {
    const { meetingId } = other;
    const item = db().prepare('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position LIMIT 1 OFFSET 2').get(meetingId) as { id: number };
    await call(host, 'agenda.update', { id: item.id, minutes: 'old wording' });
    await call(host, 'review.submit', { id: meetingId });
    await call(host, 'review.approve', { id: meetingId });
    await call(host, 'amendments.add', {
      meetingId,
      targetType: 'agenda_item',
      targetId: item.id,
      field: 'minutes',
      after: 'new wording',
      reason: "Figures corrected at the chair's request",
    });
    const file = await call(host, 'exports.minutes', { meetingId });
    expect(file.fileName).toBe('NCCTP-Minutes-3rd-Meeting-2026-03-15.docx');
    const doc = openDocx(bytesOf(file));
    expect(Object.values(doc.xml).join('')).not.toContain('DRAFT');
    expect(doc.bodyText).toContain('Approved as a correct record on 10 May 2026.');
    // The item reads as amended; the old wording is only in the annex.
    expect(doc.body.map((p) => p.text).filter((t) => t.includes('wording'))).toEqual(['3.1\tnew wording', 'Before: old wording', 'After: new wording']);
    const annex = doc.tables.find((t) => t[0]?.[0] === 'Date' && t[0]?.[1] === 'Where')!;
    expect(annex.slice(1)).toEqual([
      ['10 May 2026', 'Item 3, minutes text', 'Before: old wording\nAfter: new wording', "Figures corrected at the chair's request", 'Leila Nasser'],
    ]);
  });

  it('of an unknown meeting are NOT_FOUND', async () => {
    expect((await failure(host, 'exports.minutes', { meetingId: 9999 })).code).toBe('NOT_FOUND');
  });
});

describe('press statements in the vault', () => {
  const auditActions = () =>
    (db().prepare(`SELECT action FROM audit_log WHERE entity = 'press_statement' ORDER BY id`).all() as { action: string }[]).map((r) => r.action);

  it('start as a generated draft that is not stored, with public material only', async () => {
    const draft = await call(host, 'press.get', { meetingId: s.meetingId });
    expect(draft).toMatchObject({ meetingId: s.meetingId, lang: 'en', status: 'draft', stored: false, updatedAt: null });
    expect(draft.body).toContain('The committee reviewed preparations for the summer midday outdoor work ban.');
    expect(draft.body).toContain('Decision 2026/3/2: Request a costed screening pilot for two large sites.');
    for (const secret of [CONFIDENTIAL_PHRASE, CLOSED_ITEM_PHRASE, 'CLOSED-ITEM', '1,200 planned site visits', 'Any other business'])
      expect(`${draft.headline}\n${draft.body}`).not.toContain(secret);
    expect(db().prepare('SELECT COUNT(*) AS n FROM press_statements').get()).toEqual({ n: 0 });

    const file = await call(host, 'exports.press', { meetingId: s.meetingId });
    expect(file.fileName).toBe('HCOSH-Press-Statement-2026-03-15-DRAFT.docx');
    const xml = Object.values(openDocx(bytesOf(file)).xml).join('\n');
    for (const secret of [CONFIDENTIAL_PHRASE, CLOSED_ITEM_PHRASE, 'CLOSED-ITEM', '1,200 planned site visits']) expect(xml).not.toContain(secret);
    expect(xml).toContain('DRAFT – NOT FOR RELEASE');
  });

  it('are saved, edited, approved and locked, with every write audited; the export writes the stored text', async () => {
    const { meetingId } = s;
    const saved = await call(host, 'press.save', { meetingId, headline: 'Committee prepares for the summer heat', body: 'First paragraph.\n\nSecond paragraph.' });
    expect(saved).toMatchObject({ stored: true, status: 'draft', headline: 'Committee prepares for the summer heat' });
    await call(host, 'press.save', { meetingId, headline: 'Committee prepares for the summer heat', body: 'First paragraph, edited.\n\nSecond paragraph.' });
    // Saving the same text again changes nothing and records nothing.
    await call(host, 'press.save', { meetingId, headline: 'Committee prepares for the summer heat', body: 'First paragraph, edited.\n\nSecond paragraph.' });
    expect(auditActions()).toEqual(['press.create', 'press.update']);

    const regenerated = await call(host, 'press.generate', { meetingId });
    expect(regenerated.stored).toBe(false);
    expect(regenerated.body).toContain('held its third meeting');
    expect((await call(host, 'press.get', { meetingId })).body).toBe('First paragraph, edited.\n\nSecond paragraph.');

    const approved = await call(host, 'press.setStatus', { meetingId, status: 'approved' });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Leila Nasser', approvedAt: '2026-05-10T09:00:00.000Z' });
    const locked = await failure(host, 'press.save', { meetingId, headline: 'Changed', body: 'Changed.' });
    expect(locked.code).toBe('RECORD_LOCKED');

    const file = await call(host, 'exports.press', { meetingId });
    expect(file.fileName).toBe('HCOSH-Press-Statement-2026-03-15.docx');
    const doc = openDocx(bytesOf(file));
    expect(doc.body.map((p) => p.text)).toEqual([
      'FOR IMMEDIATE RELEASE',
      '10 May 2026',
      'Committee prepares for the summer heat',
      'First paragraph, edited.',
      'Second paragraph.',
      'ENDS',
    ]);
    expect(Object.values(doc.xml).join('')).not.toContain('NOT FOR RELEASE');

    await call(host, 'press.setStatus', { meetingId, status: 'draft' });
    expect((await call(host, 'press.save', { meetingId, headline: 'Reopened', body: 'Text.' })).headline).toBe('Reopened');
    expect(auditActions()).toEqual(['press.create', 'press.update', 'press.approve', 'press.reopen', 'press.update']);
  });

  it('approving an unsaved draft stores the generated text first', async () => {
    const { meetingId } = other;
    const approved = await call(host, 'press.setStatus', { meetingId, status: 'approved' });
    expect(approved).toMatchObject({ stored: true, status: 'approved' });
    expect(approved.body).toContain('held its third meeting');
  });

  it('refuse unknown meetings and bad input', async () => {
    expect((await failure(host, 'press.get', { meetingId: 9999 })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'press.save', { meetingId: s.meetingId, headline: ' ', body: 'x' })).code).toBe('VALIDATION');
    expect((await failure(host, 'press.save', { meetingId: s.meetingId, headline: 'x', body: 'bell \u0007' })).code).toBe('VALIDATION');
  });
});

describe('decision register and action report from the vault', () => {
  it('cover a committee, one meeting or a date range', async () => {
    const all = await call(host, 'exports.decisions', { committeeId: s.committeeId });
    expect(all.fileName).toBe('HCOSH-Decision-Register-as-at-2026-05-10.docx');
    const rows = openDocx(bytesOf(all)).tables[0]!.slice(1);
    expect(rows.map((r) => r[0])).toEqual(['2026/3/1', '2026/3/2', '2026/3/3']);
    expect(rows[0]![5]).toBe('Publish the midday ban circular in Arabic, English, Hindi and Urdu — Omar Khalid Haddad: Overdue (due 30 April 2026)');

    const one = await call(host, 'exports.decisions', { meetingId: s.meetingId });
    expect(one.fileName).toBe('HCOSH-Decision-Register-3rd-Meeting.docx');
    expect(openDocx(bytesOf(one)).bodyText).toContain('Decisions of the 3rd Meeting, 15 March 2026.');

    const none = openDocx(bytesOf(await call(host, 'exports.decisions', { committeeId: s.committeeId, to: '2026-02-28' })));
    expect(none.bodyText).toContain('No decisions are recorded for this period.');
    expect(none.tables).toHaveLength(0);
  });

  it('ask which committee when the vault has several, and refuse contradictory requests', async () => {
    expect(await failure(host, 'exports.decisions', {})).toMatchObject({ code: 'VALIDATION', message: 'This vault has 2 committees: choose the one to export.' });
    expect((await failure(host, 'exports.decisions', { meetingId: s.meetingId, from: '2026-01-01' })).code).toBe('VALIDATION');
    expect((await failure(host, 'exports.decisions', { committeeId: s.committeeId, from: '2026-05-01', to: '2026-01-01' })).code).toBe('VALIDATION');
    expect((await failure(host, 'exports.decisions', { committeeId: other.committeeId, meetingId: s.meetingId })).code).toBe('VALIDATION');
  });

  it('report open actions by owner for one committee or all, overdue ones marked', async () => {
    const file = await call(host, 'exports.actions', { committeeId: s.committeeId });
    expect(file.fileName).toBe('HCOSH-Action-Report-2026-05-10.docx');
    const doc = openDocx(bytesOf(file));
    expect(doc.body.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Federation of Trade Unions  (1 overdue)',
      'Leila Nasser  (1 overdue)',
      'Omar Khalid Haddad  (1 overdue)',
      'Priya Raman',
    ]);
    const haddad = doc.tables[2]!.slice(1);
    expect(haddad).toEqual([
      ['Publish the midday ban circular in Arabic, English, Hindi and Urdu', '3rd meeting', '30 April 2026', 'OVERDUE by 10 days', '20 April 2026: Arabic and English versions printed. (Leila Nasser)'],
    ]);

    const everything = openDocx(bytesOf(await call(host, 'exports.actions', {})));
    expect(everything.body.find((p) => p.style === 'Title')?.text).toBe('Open and Overdue Actions: All Committees');
    expect(everything.bodyText).toContain('8 open actions across 4 owners; 6 overdue.');
    expect(everything.tables[0]![1]![1]).toMatch(/^(HCOSH|NCCTP), 3rd meeting$/);
  });
});

describe('writing files atomically', () => {
  const folder = join(dir, 'atomic');
  beforeAll(() => mkdirSync(folder));
  const leftovers = () => readdirSync(folder).filter((n) => n.endsWith('.tmp'));

  it('writes the whole file, refuses to replace without force, replaces with it, and leaves no temp file', () => {
    const target = join(folder, 'minutes.docx');
    writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(() => writeFileAtomic(target, new Uint8Array([9]))).toThrow(expect.objectContaining({ code: 'FILE_EXISTS', message: expect.stringMatching(/already exists; nothing was written/) }));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    writeFileAtomic(target, new Uint8Array([4, 5]), { force: true });
    expect([...readFileSync(target)]).toEqual([4, 5]);
    expect(leftovers()).toEqual([]);
  });

  it('fails with a sentence and removes its temp file when the rename cannot happen', () => {
    const folderTarget = join(folder, 'a-folder');
    mkdirSync(folderTarget);
    expect(() => writeFileAtomic(folderTarget, new Uint8Array([1]), { force: true })).toThrow(expect.objectContaining({ code: 'IO' }));
    expect(leftovers()).toEqual([]);
    expect(() => writeFileAtomic(join(folder, 'missing', 'x.docx'), new Uint8Array([1]))).toThrow(
      expect.objectContaining({ code: 'IO', message: expect.stringMatching(/does not exist/) }),
    );
  });
});

describe('secretariat export', () => {
  const passFile = join(dir, 'pass.txt');
  beforeAll(() => writeFileSync(passFile, `${PASSPHRASE}\n`));

  function io() {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += String(c)));
    const value: Io = { stdout, stderr, stdin: new PassThrough(), env: {} };
    return { io: value, out: () => out };
  }
  const run = (positionals: string[], values: Record<string, string | boolean | undefined>) => {
    const o = io();
    return exportCommand.run({ positionals, values: { 'passphrase-file': passFile, ...values } }, o.io).then(() => o.out());
  };

  it('writes each kind of document to the named file and refuses to overwrite without --force', async () => {
    const out = join(dir, 'cli');
    mkdirSync(out);
    const minutes = join(out, 'minutes.docx');
    const said = await run(['minutes', vaultPath], { meeting: String(s.meetingId), out: minutes });
    expect(said).toMatch(/^Wrote the minutes to .*minutes\.docx \(\d+ KB\)\.\n$/);
    expect(openDocx(readFileSync(minutes)).bodyText).toContain('Minutes of the 3rd Meeting');

    const before = readFileSync(minutes);
    await expect(run(['minutes', vaultPath], { meeting: String(s.meetingId), out: minutes })).rejects.toMatchObject({
      code: 'FILE_EXISTS',
      message: expect.stringContaining('--force'),
    });
    expect(readFileSync(minutes).equals(before)).toBe(true);
    await run(['press', vaultPath], { meeting: String(s.meetingId), out: minutes, force: true });
    expect(openDocx(readFileSync(minutes)).bodyText).toContain('FOR IMMEDIATE RELEASE');

    await run(['decisions', vaultPath], { committee: String(s.committeeId), from: '2026-03-01', out: join(out, 'register.docx') });
    await run(['actions', vaultPath], { committee: String(s.committeeId), out: join(out, 'actions.docx') });
    expect(openDocx(readFileSync(join(out, 'register.docx'))).tables[0]!.length).toBe(4);
    expect(openDocx(readFileSync(join(out, 'actions.docx'))).bodyText).toContain('OVERDUE');
    expect(readdirSync(out).sort()).toEqual(['actions.docx', 'minutes.docx', 'register.docx']);
  });

  it('explains a wrong call as a usage error', async () => {
    const target = join(dir, 'never.docx');
    await expect(run(['agenda', vaultPath], { out: target })).rejects.toThrow(/Say what to export: minutes, press, decisions, actions/);
    await expect(run(['minutes', vaultPath], { out: target })).rejects.toThrow(/--meeting ID/);
    await expect(run(['minutes', vaultPath], { meeting: String(s.meetingId) })).rejects.toThrow(/--out FILE.docx/);
    await expect(run(['decisions', vaultPath], { from: '15/03/2026', out: target })).rejects.toThrow(/--from needs a date/);
    await expect(run(['actions', vaultPath], { meeting: '1', out: target })).rejects.toThrow(/only --committee/);
    expect(existsSync(target)).toBe(false);
  });
});
