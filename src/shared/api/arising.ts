import { z } from 'zod';
import type { AgendaItemRecord, MattersArising } from '../domain';
import { id } from '../text';
import { command, query } from './define';
import { RECORD_READS } from './stale';

/** Matters arising: the earlier actions and decisions a meeting follows up. */
export const arisingApi = {
  /**
   * Open and in-progress actions and decisions not yet implemented, from the committee's
   * meetings before `meetingId`, or from all its meetings (for the next one) given `committeeId`.
   */
  'arising.pending': query<MattersArising>()(
    z
      .object({ committeeId: id.optional(), meetingId: id.optional() })
      .strict()
      .refine((v) => (v.committeeId === undefined) !== (v.meetingId === undefined), {
        message: 'Give either a committee or a meeting.',
        path: ['committeeId'],
      }),
  ),
  /**
   * Puts a "Matters arising" item first on the agenda, linked to what `arising.pending` lists;
   * on a meeting that has one, links what has come up since.
   */
  'arising.add': command<AgendaItemRecord>()(z.object({ meetingId: id }).strict(), [...RECORD_READS, 'arising.of', 'arising.pending']),
  /** The originals a "Matters arising" item links, as they stand today, oldest meeting first. */
  'arising.of': query<MattersArising>()(z.object({ agendaItemId: id }).strict()),
};
