/**
 * Reads that show the same records from several screens, named once so that every command
 * that changes those records declares the same set. api.ts checks every name.
 */

/** What one meeting's record feeds: its editor, the press statement drafted from it, and its history. */
export const RECORD_READS = ['meetings.get', 'press.get', 'audit.history'] as const;

/** Where a meeting, its number or its committee shows. */
export const MEETING_READS = [...RECORD_READS, 'meetings.list', 'meetings.nextNumber', 'arising.of', 'arising.pending', 'dashboard.get'] as const;

/** Where an action or a decision shows: the tracker, the meeting, matters arising, the dashboard. */
export const ACTION_READS = [...RECORD_READS, 'actions.list', 'actions.page', 'actions.get', 'meetings.list', 'arising.of', 'arising.pending', 'dashboard.get'] as const;
