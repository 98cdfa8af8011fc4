// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/shared/domain';
import type { Result } from '../../../src/shared/errors';
import { setBridge } from '../../../src/renderer/api/transport';
import { HistoryDrawer } from '../../../src/renderer/history/HistoryDrawer';
import '../../../src/renderer/i18n';
import { installDomShims } from './setup-dom';

const ITEM: AuditEntry[] = [
  { id: 1, at: '2026-03-15T07:00:00.000Z', actor: 'Leila Nasser', action: 'agenda_item.create', entity: 'agenda_item', entityId: 11, detail: { meetingId: 1, title: 'Referral', position: 1, isPublic: false } },
  { id: 2, at: '2026-03-15T07:05:00.000Z', actor: 'Leila Nasser', action: 'agenda_item.update', entity: 'agenda_item', entityId: 11, detail: { title: { before: 'Referral', after: 'National referral mechanism' } } },
  {
    id: 3,
    at: '2026-03-15T07:09:00.000Z',
    actor: 'Omar Saleh',
    action: 'agenda_item.update',
    entity: 'agenda_item',
    entityId: 11,
    detail: { minutes: { before: null, after: { length: 4_200, sha256: 'c0ffee'.padEnd(64, '0'), start: 'The Public Prosecution reported' } } },
  },
];
const DECISION: AuditEntry[] = [
  { id: 4, at: '2026-03-16T09:00:00.000Z', actor: 'H.E. Khalid', action: 'decision.amend', entity: 'decision', entityId: 21, detail: { amendmentId: 1, number: '2026/3/1', text: { before: 'Approve.', after: 'Approve the plan.' }, reason: 'Chair correction' } },
];

function fakeHost() {
  const asked: unknown[] = [];
  setBridge({
    platform: 'web',
    chooseVault: async () => null,
    saveFile: async () => null,
    async call(method, input): Promise<Result<unknown>> {
      asked.push(input);
      const { entity } = input as { entity: string };
      if (method === 'audit.history') return { ok: true, value: entity === 'decision' ? DECISION : ITEM };
      return { ok: false, error: { code: 'NOT_FOUND', message: method } };
    },
  });
  return asked;
}

beforeAll(installDomShims);
afterEach(() => {
  cleanup();
  setBridge(null);
});

describe('the history drawer', () => {
  it('lists who changed what, newest first, with before and after, and switches records', async () => {
    const asked = fakeHost();
    render(
      <MantineProvider env="test">
        <QueryClientProvider client={new QueryClient()}>
          <HistoryDrawer
            opened
            onClose={() => undefined}
            targets={[
              { entity: 'agenda_item', entityId: 11, label: 'Item 1: National referral mechanism' },
              { entity: 'decision', entityId: 21, label: 'Decision 2026/3/1' },
            ]}
          />
        </QueryClientProvider>
      </MantineProvider>,
    );
    const list = await screen.findByRole('list', { name: 'Changes to Item 1: National referral mechanism, newest first' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((e) => e.querySelector('p')?.textContent)).toEqual(['Agenda item changed', 'Agenda item changed', 'Agenda item added']);
    expect(entries[2].textContent).toContain('Leila Nasser');
    expect(entries[1].textContent).toContain('Title');
    expect(within(entries[1]).getByTestId('history-before').textContent).toBe('Referral');
    expect(within(entries[1]).getByTestId('history-after').textContent).toBe('National referral mechanism');
    expect(entries[0].textContent).toContain('Omar Saleh');
    expect(within(entries[0]).getByTestId('history-before').textContent).toBe('(empty)');
    expect(within(entries[0]).getByTestId('history-after').textContent).toBe('“The Public Prosecution reported…” (4,200 characters in all)');
    expect(entries[2].textContent).not.toContain('Meeting');

    fireEvent.change(screen.getByRole('combobox', { name: 'Record' }), { target: { value: '1' } });
    const decision = await screen.findByRole('list', { name: 'Changes to Decision 2026/3/1, newest first' });
    expect(decision.textContent).toContain('Decision amended');
    expect(decision.textContent).toContain('Chair correction');
    expect(asked).toEqual([
      { entity: 'agenda_item', entityId: 11 },
      { entity: 'decision', entityId: 21 },
    ]);
  });
});
