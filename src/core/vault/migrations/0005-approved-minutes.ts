import type { WritableDb } from '../handles';

/**
 * Approved minutes become a record: their content as it stood at approval, kept apart from the
 * tables that go on changing (people's posts, action statuses), with its SHA-256.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE approved_minutes (
      meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id),
      content TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      frozen_at TEXT NOT NULL,
      frozen_by TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER approved_minutes_no_update BEFORE UPDATE ON approved_minutes
      BEGIN SELECT RAISE(ABORT, 'Approved minutes are a record: amend them instead.'); END;
    CREATE TRIGGER approved_minutes_no_delete BEFORE DELETE ON approved_minutes
      BEGIN SELECT RAISE(ABORT, 'Approved minutes are a record: amend them instead.'); END;
  `);
}
