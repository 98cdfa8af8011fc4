import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback } from 'react';
import type { MeetingRecord } from '../../shared/domain';
import { exactly, type KeyFilter } from '../api/call';
import { queryKey } from '../api/queries';

export interface MeetingContextValue {
  record: MeetingRecord;
  readOnly: boolean;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeeting(): MeetingContextValue {
  const value = use(MeetingContext);
  if (!value) throw new Error('useMeeting outside the meeting editor');
  return value;
}

/**
 * For the editor's commands: its own copy of the record is brought up to date from each result
 * (`useUpdateRecord`), so that every field keeps its draft; every other read refreshes.
 */
export const keepRecord = (meetingId: number): KeyFilter => exactly(queryKey('meetings.get', { id: meetingId }));

/** Writes a confirmed result into the cached record, so the screen and a later visit agree. */
export function useUpdateRecord(meetingId: number) {
  const client = useQueryClient();
  return useCallback(
    (update: (record: MeetingRecord) => MeetingRecord) =>
      client.setQueryData<MeetingRecord>(queryKey('meetings.get', { id: meetingId }), (rec) => (rec ? update(rec) : rec)),
    [client, meetingId],
  );
}
