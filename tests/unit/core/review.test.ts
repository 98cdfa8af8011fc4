import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/core/db/audit';
import { call } from '../../../src/core/dispatcher';
import { dumpTables } from '../../helpers/dump';
import { failure, seedMeeting } from '../../helpers/seed';
import { newVault, PASSPHRASE } from '../../helpers/vault';

let now = new Date('2026-04-01T09:00:00Z');
const { host } = await newVault({ clock: () => now });
const db = () => host.session().db;

/** Unlocks as someone else, as the chair and the secretary each do on their own machine. */
async function as(actor: string) {
  await call(host, 'vault.lock', {});
  await call(host, 'vault.unlock', { passphrase: PASSPHRASE, actor });
}

async function inReview() {
  const seeded = await seedMeeting(host);
  const item = await call(host, 'agenda.add', { meetingId: seeded.meeting.id, title: 'Annual report' });
  const decision = await call(host, 'decisions.add', { agendaItemId: item.id, text: 'Adopt the annual report.' });
  await call(host, 'review.submit', { id: seeded.meeting.id });
  return { ...seeded, item, decision };
}

describe('minutes workflow', () => {
  it('goes draft -> in review -> approved, recording each step with who and when', async () => {
    await as('Leila Nasser');
    const { meeting } = await seedMeeting(host);
    now = new Date('2026-04-02T10:00:00Z');
    const submitted = await call(host, 'review.submit', { id: meeting.id, note: 'Ready for the chair.' });
    expect(submitted).toMatchObject({ status: 'in_review', approvedAt: null, approvedBy: null });
    await as('H.E. Hana Chair');
    now = new Date('2026-04-05T15:30:00Z');
    const approved = await call(host, 'review.approve', { id: meeting.id });
    expect(approved).toMatchObject({ status: 'approved', approvedAt: '2026-04-05T15:30:00.000Z', approvedBy: 'H.E. Hana Chair' });
    expect(await call(host, 'review.transitions', { id: meeting.id })).toEqual([
      { id: expect.any(Number), meetingId: meeting.id, from: 'draft', to: 'in_review', actor: 'Leila Nasser', at: '2026-04-02T10:00:00.000Z', note: 'Ready for the chair.' },
      { id: expect.any(Number), meetingId: meeting.id, from: 'in_review', to: 'approved', actor: 'H.E. Hana Chair', at: '2026-04-05T15:30:00.000Z', note: null },
    ]);
    const history = await call(host, 'audit.history', { entity: 'meeting', entityId: meeting.id });
    expect(history.slice(-2)).toMatchObject([
      { action: 'meeting.submit', actor: 'Leila Nasser', detail: { status: { before: 'draft', after: 'in_review' }, note: 'Ready for the chair.' } },
      { action: 'meeting.approve', actor: 'H.E. Hana Chair', at: '2026-04-05T15:30:00.000Z', detail: { status: { before: 'in_review', after: 'approved' } } },
    ]);
    expect(verifyAuditChain(db())).toMatchObject({ ok: true });
    await as('Leila Nasser');
  });

  it('goes back from review to draft with a reason, and on to review again', async () => {
    const { meeting } = await inReview();
    const back = await call(host, 'review.returnToDraft', { id: meeting.id, reason: 'Attendance is incomplete.' });
    expect(back.status).toBe('draft');
    expect(await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Added while back in draft' })).toMatchObject({ position: 2 });
    expect((await call(host, 'review.submit', { id: meeting.id })).status).toBe('in_review');
    const steps = await call(host, 'review.transitions', { id: meeting.id });
    expect(steps.map((t) => [t.from, t.to, t.note])).toEqual([
      ['draft', 'in_review', null],
      ['in_review', 'draft', 'Attendance is incomplete.'],
      ['draft', 'in_review', null],
    ]);
    expect((await failure(host, 'review.returnToDraft', { id: meeting.id, reason: '  ' })).code).toBe('VALIDATION');
  });

  it('keeps minutes in review editable, so the secretary can act on comments', async () => {
    const { item } = await inReview();
    expect((await call(host, 'agenda.update', { id: item.id, minutes: 'Corrected after review.' })).minutes).toBe('Corrected after review.');
  });

  it('refuses every step not allowed from where the minutes are, with CONFLICT and a sentence, writing nothing', async () => {
    const { meeting: draft } = await seedMeeting(host, { meeting: { number: 4 } });
    const { meeting: review } = await inReview();
    const { meeting: approved } = await inReview();
    await call(host, 'review.approve', { id: approved.id });
    const cases: [string, number, RegExp][] = [
      ['review.approve', draft.id, /still a draft: submit them for review before approving/],
      ['review.returnToDraft', draft.id, /already a draft/],
      ['review.submit', review.id, /already in review/],
      ['review.submit', approved.id, /approved on 2026-\d\d-\d\d by Leila Nasser; they are locked .* amendment/],
      ['review.approve', approved.id, /approved on .* locked/],
      ['review.returnToDraft', approved.id, /approved on .* Correct them with an amendment/],
    ];
    const before = dumpTables(db());
    for (const [method, id, message] of cases) {
      const err = await failure(host, method, method === 'review.returnToDraft' ? { id, reason: 'Because.' } : { id });
      expect(err.code, `${method} ${id}`).toBe('CONFLICT');
      expect(err.message, `${method} ${id}`).toMatch(message);
    }
    expect(dumpTables(db())).toEqual(before);
    expect((await failure(host, 'review.approve', { id: 987654 })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'review.transitions', { id: 987654 })).code).toBe('NOT_FOUND');
  });
});

describe('review comments', () => {
  it('the chair comments on the meeting, an agenda item and a decision; the secretary resolves them', async () => {
    const { meeting, item, decision } = await inReview();
    await as('H.E. Hana Chair');
    now = new Date('2026-04-10T08:00:00Z');
    const onMeeting = await call(host, 'review.comment', { meetingId: meeting.id, targetType: 'meeting', targetId: meeting.id, body: 'Add the venue.' });
    const onItem = await call(host, 'review.comment', { meetingId: meeting.id, targetType: 'agenda_item', targetId: item.id, body: 'Summarise the debate.' });
    const onDecision = await call(host, 'review.comment', { meetingId: meeting.id, targetType: 'decision', targetId: decision.id, body: 'Say "with amendments".' });
    expect(onItem).toMatchObject({ meetingId: meeting.id, targetType: 'agenda_item', targetId: item.id, author: 'H.E. Hana Chair', createdAt: '2026-04-10T08:00:00.000Z', resolvedAt: null, resolvedBy: null });

    const approveEarly = await failure(host, 'review.approve', { id: meeting.id });
    expect(approveEarly).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^3 review comments are .* still open: resolve them before approving\.$/) });

    await as('Leila Nasser');
    now = new Date('2026-04-11T08:00:00Z');
    expect(await call(host, 'review.resolve', { id: onItem.id })).toMatchObject({ resolvedAt: '2026-04-11T08:00:00.000Z', resolvedBy: 'Leila Nasser' });
    expect((await failure(host, 'review.resolve', { id: onItem.id })).message).toBe('That comment was already resolved by Leila Nasser on 2026-04-11.');
    expect((await call(host, 'review.list', { meetingId: meeting.id, open: true })).map((c) => c.id)).toEqual([onMeeting.id, onDecision.id]);

    // Sent back to draft, open comments stay with the minutes and are resolved there.
    await call(host, 'review.returnToDraft', { id: meeting.id, reason: 'Two comments to address.' });
    await call(host, 'review.resolve', { id: onMeeting.id });
    await call(host, 'review.submit', { id: meeting.id });
    expect((await failure(host, 'review.approve', { id: meeting.id })).message).toMatch(/^1 review comment is .* still open: resolve it/);
    await call(host, 'review.resolve', { id: onDecision.id });
    expect((await call(host, 'review.approve', { id: meeting.id })).status).toBe('approved');

    const all = await call(host, 'review.list', { meetingId: meeting.id });
    expect(all.map((c) => [c.body, c.resolvedBy])).toEqual([
      ['Add the venue.', 'Leila Nasser'],
      ['Summarise the debate.', 'Leila Nasser'],
      ['Say "with amendments".', 'Leila Nasser'],
    ]);
    const history = await call(host, 'audit.history', { entity: 'meeting', entityId: meeting.id });
    expect(history.filter((h) => h.action.startsWith('review.')).map((h) => [h.action, h.actor])).toEqual([
      ['review.comment', 'H.E. Hana Chair'],
      ['review.comment', 'H.E. Hana Chair'],
      ['review.comment', 'H.E. Hana Chair'],
      ['review.resolve', 'Leila Nasser'],
      ['review.resolve', 'Leila Nasser'],
      ['review.resolve', 'Leila Nasser'],
    ]);
  });

  it('are left only while the minutes are in review, on this meeting\'s own record, and a refusal writes nothing', async () => {
    const { meeting: draft } = await seedMeeting(host);
    const { meeting, item: otherItem } = await inReview();
    const { meeting: current, item } = await inReview();
    const before = dumpTables(db());
    const comment = (meetingId: number, targetType: string, targetId: number) =>
      failure(host, 'review.comment', { meetingId, targetType, targetId, body: 'Note.' });
    expect(await comment(draft.id, 'meeting', draft.id)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/are a draft: comments are left once they are submitted/) });
    expect(await comment(current.id, 'agenda_item', otherItem.id)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'targetId' }] });
    expect(await comment(current.id, 'meeting', meeting.id)).toMatchObject({ code: 'VALIDATION' });
    expect((await comment(current.id, 'decision', 987654)).code).toBe('NOT_FOUND');
    expect((await comment(current.id, 'action', item.id)).code).toBe('VALIDATION');
    expect((await failure(host, 'review.comment', { meetingId: current.id, targetType: 'meeting', targetId: current.id, body: ' ' })).code).toBe('VALIDATION');
    expect((await failure(host, 'review.resolve', { id: 987654 })).code).toBe('NOT_FOUND');
    expect((await failure(host, 'review.list', { meetingId: 987654 })).code).toBe('NOT_FOUND');
    expect(dumpTables(db())).toEqual(before);
  });
});
