// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItemRecord, MeetingRecord, Membership } from '../../../src/shared/domain';
import type { Result } from '../../../src/shared/errors';
import { queryKey } from '../../../src/renderer/api/queries';
import { setBridge } from '../../../src/renderer/api/transport';
import { AutosaveProvider } from '../../../src/renderer/autosave/AutosaveContext';
import { AutosaveRegistry } from '../../../src/renderer/autosave/autosave';
import '../../../src/renderer/i18n';
import { AgendaSection } from '../../../src/renderer/meetings/AgendaSection';
import { AttendanceGrid } from '../../../src/renderer/meetings/AttendanceGrid';
import { MeetingContext } from '../../../src/renderer/meetings/meetingContext';
import { installDomShims } from './setup-dom';

const STAMP = '2026-03-01T00:00:00.000Z';

function item(id: number, position: number, title: string): AgendaItemRecord {
  return { id, meetingId: 1, position, title, titleAr: null, presenterId: null, minutes: null, minutesAr: null, publicSummary: null, publicSummaryAr: null, isPublic: false, createdAt: STAMP, updatedAt: STAMP, decisions: [], actions: [] };
}

function member(personId: number, name: string, role: Membership['role']): Membership {
  return {
    id: personId,
    committeeId: 1,
    personId,
    role,
    active: true,
    person: { id: personId, honorific: null, honorificAr: null, name, nameAr: null, position: null, positionAr: null, organisation: null, organisationAr: null, active: true, createdAt: STAMP, updatedAt: STAMP },
  };
}

function record(): MeetingRecord {
  return {
    committee: { id: 1, name: 'Committee', nameAr: null, shortName: 'C', legalBasis: null, legalBasisAr: null, decisionNumberPattern: '{seq}', quorumRule: 'majority', active: true, createdAt: STAMP, updatedAt: STAMP },
    meeting: { id: 1, committeeId: 1, number: 1, startsAt: '2026-03-15T10:00:00+03:00', endsAt: null, venue: null, venueAr: null, classification: 'internal', status: 'draft', openingRemarks: null, openingRemarksAr: null, closingRemarks: null, closingRemarksAr: null, approvedAt: null, approvedBy: null, createdAt: STAMP, updatedAt: STAMP },
    members: [member(1, 'Chair Person', 'chair'), member(2, 'Member One', 'member'), member(3, 'Member Two', 'member')],
    attendance: [],
    quorum: { rule: 'majority', eligible: 3, counted: 0, required: 2, met: false },
    agenda: [item(11, 1, 'Opening'), item(12, 2, 'Referral mechanism'), item(13, 3, 'Any other business')],
  };
}

/** A host that records every call and answers the few this editor makes. */
function fakeHost() {
  const calls: { method: string; input: Record<string, unknown> }[] = [];
  let present = 0;
  setBridge({
    platform: 'web',
    chooseVault: async () => null,
    saveFile: async () => null,
    async call(method, input): Promise<Result<unknown>> {
      const i = input as Record<string, unknown>;
      // The review comments beside each item are a read, not one of the writes these tests count.
      if (method === 'review.list') return { ok: true, value: [] };
      calls.push({ method, input: i });
      if (method === 'agenda.move') {
        const order = [11, 12, 13].filter((id) => id !== i.id);
        order.splice((i.position as number) - 1, 0, i.id as number);
        return { ok: true, value: order.map((id, n) => ({ ...item(id, n + 1, ''), decisions: undefined })) };
      }
      if (method === 'agenda.update') return { ok: true, value: { ...item(i.id as number, 1, 'x'), ...i } };
      if (method === 'attendance.set') {
        if (i.status === 'present') present += 1;
        return { ok: true, value: { attendance: [{ personId: i.personId, status: i.status, representedBy: null }], quorum: { rule: 'majority', eligible: 3, counted: present, required: 2, met: present >= 2 } } };
      }
      return { ok: false, error: { code: 'NOT_FOUND', message: method } };
    },
  });
  return calls;
}

function renderEditor(children: ReactNode) {
  const client = new QueryClient();
  const rec = record();
  client.setQueryData(queryKey('meetings.get', { id: 1 }), rec);
  // Reads the cached record as the real page does, so every write shows up on screen.
  function Live() {
    const { data } = useQuery({ queryKey: queryKey('meetings.get', { id: 1 }), queryFn: () => rec, staleTime: Infinity });
    return <MeetingContext value={{ record: data!, readOnly: false }}>{children}</MeetingContext>;
  }
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <AutosaveProvider registry={new AutosaveRegistry()}>
          <Live />
        </AutosaveProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const titles = () => screen.getAllByRole('textbox', { name: /^Title of item \d+$/ }).map((el) => (el as HTMLInputElement).value);

beforeAll(installDomShims);
afterEach(() => {
  cleanup();
  setBridge(null);
});

describe('agenda reordering with the keyboard', () => {
  it('Space picks up, arrows move, Space drops: one agenda.move with the final position, focus stays on the handle', async () => {
    const calls = fakeHost();
    renderEditor(<AgendaSection />);
    const handle = screen.getByRole('button', { name: 'Move Item 1: Opening' });
    handle.focus();
    fireEvent.keyDown(handle, { key: ' ' });
    expect(screen.getByRole('status').textContent).toContain('Picked up Opening, position 1 of 3');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(titles()).toEqual(['Referral mechanism', 'Any other business', 'Opening']);
    expect(calls.filter((c) => c.method === 'agenda.move')).toHaveLength(0);
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: ' ' });
    });
    expect(calls.filter((c) => c.method === 'agenda.move')).toEqual([{ method: 'agenda.move', input: { id: 11, position: 3 } }]);
    expect(titles()).toEqual(['Referral mechanism', 'Any other business', 'Opening']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Item 3: Opening');
  });

  it('Escape cancels without a call; Alt+ArrowUp moves at once', async () => {
    const calls = fakeHost();
    renderEditor(<AgendaSection />);
    const handle = screen.getByRole('button', { name: 'Move Item 3: Any other business' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'Enter' });
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(titles()[0]).toBe('Any other business');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(titles()).toEqual(['Opening', 'Referral mechanism', 'Any other business']);
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', altKey: true });
    });
    expect(titles()).toEqual(['Opening', 'Any other business', 'Referral mechanism']);
    expect(calls.map((c) => c.method)).toEqual(['agenda.move']);
    expect(calls[0].input).toEqual({ id: 13, position: 2 });
  });
});

describe('agenda item autosave', () => {
  it('saves typed minutes when focus leaves the field', async () => {
    const calls = fakeHost();
    renderEditor(<AgendaSection />);
    const card = screen.getByRole('listitem', { name: 'Item 2: Referral mechanism' });
    const minutes = within(card).getByRole('textbox', { name: 'Minutes (confidential) of item 2' });
    fireEvent.change(minutes, { target: { value: 'Discussed at length.' } });
    expect(calls).toHaveLength(0);
    await act(async () => {
      fireEvent.blur(minutes);
    });
    expect(calls).toEqual([{ method: 'agenda.update', input: { id: 12, minutes: 'Discussed at length.' } }]);
  });
});

describe('attendance grid', () => {
  it('records a status with one click and shows the quorum the host computed', async () => {
    const calls = fakeHost();
    renderEditor(<AttendanceGrid />);
    expect(screen.getByTestId('quorum').textContent).toContain('No quorum');
    const chair = screen.getByRole('group', { name: 'Attendance of Chair Person' });
    await act(async () => {
      fireEvent.click(within(chair).getByRole('radio', { name: 'Present' }));
    });
    const one = screen.getByRole('group', { name: 'Attendance of Member One' });
    await act(async () => {
      fireEvent.click(within(one).getByRole('radio', { name: 'Present' }));
    });
    // The host answers asynchronously; on a loaded machine the second answer can land after act().
    await waitFor(() =>
      expect(calls.map((c) => c.input)).toEqual([
        { meetingId: 1, personId: 1, status: 'present', representedBy: undefined },
        { meetingId: 1, personId: 2, status: 'present', representedBy: undefined },
      ]),
    );
    await waitFor(() => expect(screen.getByTestId('quorum').textContent).toContain('Quorum met'));
  });

  it('records a representation only once the representative is named', async () => {
    const calls = fakeHost();
    renderEditor(<AttendanceGrid />);
    const two = screen.getByRole('group', { name: 'Attendance of Member Two' });
    fireEvent.click(within(two).getByRole('radio', { name: 'Represented' }));
    expect(calls).toHaveLength(0);
    const name = screen.getByRole('textbox', { name: 'Representative of Member Two' });
    fireEvent.change(name, { target: { value: 'Deputy Director' } });
    await act(async () => {
      fireEvent.blur(name);
    });
    expect(calls.map((c) => c.input)).toEqual([{ meetingId: 1, personId: 3, status: 'represented', representedBy: 'Deputy Director' }]);
  });
});
