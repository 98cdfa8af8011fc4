import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import { verifyAuditChain } from '../../../src/core/db/audit';
import { seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

describe('audit entries for text edits', () => {
  it('record short texts in full and long drafts by length and digest, keeping the chain valid', async () => {
    const { host } = await newVault();
    const { meeting } = await seedMeeting(host);
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: 'Case update' });
    await call(host, 'agenda.update', { id: item.id, minutes: 'The members discussed the referral.' });
    const long = 'The Public Prosecution reported on the progress of the case. '.repeat(800);
    await call(host, 'agenda.update', { id: item.id, minutes: long });

    const history = await call(host, 'audit.history', { entity: 'agenda_item', entityId: item.id });
    const [, short, big] = history;
    expect(short.actor).toBe('Leila Nasser');
    expect(short.detail).toEqual({ minutes: { before: null, after: 'The members discussed the referral.' } });
    expect(big.detail).toEqual({
      minutes: {
        before: 'The members discussed the referral.',
        after: { length: long.length, sha256: createHash('sha256').update(long).digest('hex'), start: long.slice(0, 200) },
      },
    });
    const stored = host.session().db.prepare('SELECT max(length(detail)) AS n FROM audit_log').get() as { n: number };
    expect(stored.n).toBeLessThan(1_000);
    expect(verifyAuditChain(host.session().db)).toMatchObject({ ok: true });
  });
});
