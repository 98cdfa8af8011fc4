import type { WritableDb } from '../handles';

/**
 * The chair's review: matters-arising links, an index for minutes awaiting approval, and the
 * audit trail's anchor and guards.
 */
export function up(db: WritableDb): void {
  db.exec(`
    -- A matters-arising agenda item points at the original actions and decisions, so progress
    -- recorded there is progress on the originals. Removing an original drops its link.
    CREATE TABLE matters_arising_actions (
      agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
      action_id INTEGER NOT NULL REFERENCES action_items (id) ON DELETE CASCADE,
      PRIMARY KEY (agenda_item_id, action_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX matters_arising_actions_action ON matters_arising_actions (action_id);

    CREATE TABLE matters_arising_decisions (
      agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
      decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
      PRIMARY KEY (agenda_item_id, decision_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX matters_arising_decisions_decision ON matters_arising_decisions (decision_id);

    CREATE INDEX meetings_status ON meetings (status, committee_id);

    -- How long the trail is and how it ends, written with every entry: removing the last
    -- entries leaves a chain that is valid on its own, and only this row tells.
    CREATE TABLE audit_head (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      entries INTEGER NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    INSERT INTO audit_head (id, entries, hash)
      SELECT 1, COALESCE(MAX(id), 0),
        COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${'0'.repeat(64)}')
      FROM audit_log;

    -- Stops accidental edits in a database browser; someone set on tampering can drop these,
    -- which is what the chain and the head are for.
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;
    CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
      BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;
  `);
}
