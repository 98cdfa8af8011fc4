import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import type { MeetingPackage } from '../../../src/shared/meetingPackage';
import { bytesOf, openDocx } from '../../helpers/docx';
import { BILINGUAL_MEETING } from '../../helpers/paths';
import { failure } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

const BILINGUAL = JSON.parse(readFileSync(BILINGUAL_MEETING, 'utf8')) as MeetingPackage;
const { host } = await newVault({ clock: () => new Date('2026-04-02T09:00:00Z') });
const db = () => host.session().db;
let meetingId: number;
const personNamed = async (name: string) => (await call(host, 'people.list', {})).find((p) => p.name === name)!;
const minutesText = async (lang: 'en' | 'ar') => openDocx(bytesOf(await call(host, 'exports.minutes', { meetingId, lang }))).bodyText;

beforeAll(async () => {
  meetingId = (await call(host, 'packages.import', { package: BILINGUAL })).meetingId;
  await call(host, 'review.submit', { id: meetingId });
  await call(host, 'review.approve', { id: meetingId, note: 'A correct record.' });
});

describe('approved minutes are a record', () => {
  it('are kept at approval with their SHA-256 in the audit trail', async () => {
    const stored = db().prepare('SELECT content, sha256 FROM approved_minutes WHERE meeting_id = ?').get(meetingId) as { content: string; sha256: string };
    expect(createHash('sha256').update(stored.content).digest('hex')).toBe(stored.sha256);
    const approval = (await call(host, 'audit.history', { entity: 'meeting', entityId: meetingId })).find((e) => e.action === 'meeting.approve')!;
    expect(approval.detail).toMatchObject({ sha256: stored.sha256, note: 'A correct record.' });
    const kept = JSON.parse(stored.content) as { record: { meeting: { status: string; approvedBy: string } } };
    expect(kept.record.meeting).toMatchObject({ status: 'approved', approvedBy: 'Leila Nasser' });
  });

  it('keep the names and posts of the day they were approved, in both languages, wherever they are printed', async () => {
    const vice = await personNamed('Omar Khalid Haddad');
    const chair = await personNamed('Salma Yusuf Al-Mannai');
    await call(host, 'people.update', { id: vice.id, position: 'Director-General of Labour Affairs', positionAr: 'مدير عام شؤون العمل', organisation: 'Labour Market Authority' });
    await call(host, 'people.update', { id: chair.id, name: 'Salma Al-Mannai-Renamed', nameAr: 'سلمى المناعي الجديدة', position: 'Minister of Labour' });

    const record = await call(host, 'meetings.get', { id: meetingId });
    expect(record.members.find((m) => m.personId === vice.id)?.person).toMatchObject({ position: 'Director of Inspection', positionAr: 'مدير إدارة التفتيش' });
    expect(record.members.find((m) => m.personId === chair.id)?.person.name).toBe('Salma Yusuf Al-Mannai');

    // Attendance, presenters, action owners and the signature block all name the chair and the vice-chair as they were.
    const en = await minutesText('en');
    expect(en).toContain('Director of Inspection');
    expect(en).toContain('Salma Yusuf Al-Mannai');
    expect(en).not.toContain('Director-General of Labour Affairs');
    expect(en).not.toContain('Labour Market Authority');
    expect(en).not.toContain('Renamed');
    expect(en).not.toContain('Minister of Labour');
    const ar = await minutesText('ar');
    expect(ar).toContain('مدير إدارة التفتيش');
    expect(ar).toContain('سلمى يوسف المناعي');
    expect(ar).not.toContain('مدير عام شؤون العمل');
    expect(ar).not.toContain('الجديدة');
  });

  it('keep the statuses of the day; progress after approval stays on the action itself', async () => {
    const record = await call(host, 'meetings.get', { id: meetingId });
    const action = record.agenda.flatMap((i) => i.actions)[0]!;
    const before = action.status;
    await call(host, 'actions.update', { id: action.id, status: 'done' });
    expect((await call(host, 'actions.get', { id: action.id })).status).toBe('done');
    const again = await call(host, 'meetings.get', { id: meetingId });
    expect(again.agenda.flatMap((i) => i.actions).find((a) => a.id === action.id)?.status).toBe(before);
  });

  it('show their recorded amendments, attendance and quorum included', async () => {
    const civil = await personNamed('Fatima Ali Jaber');
    const before = await call(host, 'meetings.get', { id: meetingId });
    expect(before.attendance.find((a) => a.personId === civil.id)?.status).toBe('apologies');
    await call(host, 'amendments.add', { meetingId, targetType: 'attendance', targetId: civil.id, field: 'attendance', after: 'present', reason: 'She arrived after the roll call.' });
    const after = await call(host, 'meetings.get', { id: meetingId });
    expect(after.attendance.find((a) => a.personId === civil.id)?.status).toBe('present');
    expect(after.quorum.counted).toBe(before.quorum.counted + 1);
    const en = await minutesText('en');
    expect(en).toContain('She arrived after the roll call.');
  });

  it('altered outside the app, are refused rather than shown', async () => {
    db().exec('DROP TRIGGER approved_minutes_no_update');
    db().prepare(`UPDATE approved_minutes SET content = replace(content, 'Director of Inspection', 'Someone else') WHERE meeting_id = ?`).run(meetingId);
    const err = await failure(host, 'meetings.get', { id: meetingId });
    expect(err.code).toBe('VAULT_DAMAGED');
    expect(err.message).toMatch(/altered outside Secretariat/);
    expect((await failure(host, 'exports.minutes', { meetingId })).code).toBe('VAULT_DAMAGED');
  });
});
