import type { WritableDb } from '../handles';

/**
 * The meetings list shows each meeting's open actions. With the index on meeting_id alone,
 * counting them read every action row of every meeting listed; with the status beside it
 * the count comes from the index. It serves everything the old index did, which goes.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE INDEX action_items_meeting_status ON action_items (meeting_id, status);
    DROP INDEX action_items_meeting;
  `);
}
