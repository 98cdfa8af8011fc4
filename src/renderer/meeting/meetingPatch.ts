import type { Meeting } from '../../shared/domain';

/** The meeting's own fields as the editor autosaves them; its sections share it without importing the editor. */
export type MeetingPatch = Partial<
  Pick<Meeting, 'startsAt' | 'endsAt' | 'venue' | 'venueAr' | 'classification' | 'openingRemarks' | 'openingRemarksAr' | 'closingRemarks' | 'closingRemarksAr'>
>;
