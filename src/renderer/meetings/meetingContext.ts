import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback } from 'react';
import type { MeetingRecord } from '../../shared/domain';
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

/** Writes a confirmed result into the cached record, so the screen and a later visit agree. */
export function useUpdateRecord(meetingId: number) {
  const client = useQueryClient();
  return useCallback(
    (update: (record: MeetingRecord) => MeetingRecord) =>
      client.setQueryData<MeetingRecord>(queryKey('meetings.get', { id: meetingId }), (rec) => (rec ? update(rec) : rec)),
    [client, meetingId],
  );
}
