import type { WritableDb } from '../handles';

/** The whole first schema. Later changes are new numbered files, never edits to this one. */
export function up(db: WritableDb): void {
  // AUTOINCREMENT: a removed agenda item, decision or action never hands its id (and with it
  // its audit history) to a newcomer.
  db.exec(`
    CREATE TABLE committees (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL,
      name_ar TEXT,
      short_name TEXT,
      legal_basis TEXT,
      legal_basis_ar TEXT,
      decision_number_pattern TEXT NOT NULL DEFAULT '{year}/{meeting}/{seq}',
      quorum_rule TEXT NOT NULL DEFAULT 'majority',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX committees_name ON committees (name COLLATE NOCASE);

    CREATE TABLE people (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      honorific TEXT,
      honorific_ar TEXT,
      name TEXT NOT NULL,
      name_ar TEXT,
      position TEXT,
      position_ar TEXT,
      organisation TEXT,
      organisation_ar TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_name ON people (name COLLATE NOCASE);

    CREATE TABLE memberships (
      id INTEGER PRIMARY KEY,
      committee_id INTEGER NOT NULL REFERENCES committees (id),
      person_id INTEGER NOT NULL REFERENCES people (id),
      role TEXT NOT NULL CHECK (role IN ('chair', 'vice-chair', 'member', 'secretary', 'observer')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      UNIQUE (committee_id, person_id)
    ) STRICT;
    CREATE INDEX memberships_person ON memberships (person_id);

    CREATE TABLE meetings (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      committee_id INTEGER NOT NULL REFERENCES committees (id),
      number INTEGER NOT NULL CHECK (number > 0),
      starts_at TEXT NOT NULL,
      ends_at TEXT,
      venue TEXT,
      venue_ar TEXT,
      classification TEXT NOT NULL DEFAULT 'restricted'
        CHECK (classification IN ('public', 'internal', 'restricted', 'confidential', 'secret')),
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved')),
      opening_remarks TEXT,
      opening_remarks_ar TEXT,
      closing_remarks TEXT,
      closing_remarks_ar TEXT,
      approved_at TEXT,
      approved_by TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (committee_id, number)
    ) STRICT;
    CREATE INDEX meetings_starts ON meetings (starts_at);

    CREATE TABLE attendance (
      meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      person_id INTEGER NOT NULL REFERENCES people (id),
      status TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent', 'represented')),
      represented_by TEXT,
      PRIMARY KEY (meeting_id, person_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX attendance_person ON attendance (person_id);

    CREATE TABLE agenda_items (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'matters_arising')),
      title TEXT NOT NULL,
      title_ar TEXT,
      presenter_id INTEGER REFERENCES people (id),
      minutes TEXT,
      minutes_ar TEXT,
      public_summary TEXT,
      public_summary_ar TEXT,
      is_public INTEGER NOT NULL DEFAULT 0 CHECK (is_public IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);
    CREATE INDEX agenda_items_presenter ON agenda_items (presenter_id);

    -- Numbers handed out per committee and scope; a deleted decision's number stays taken.
    CREATE TABLE number_counters (
      committee_id INTEGER NOT NULL REFERENCES committees (id),
      scope TEXT NOT NULL,
      last INTEGER NOT NULL,
      PRIMARY KEY (committee_id, scope)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE decisions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      committee_id INTEGER NOT NULL REFERENCES committees (id),
      meeting_id INTEGER NOT NULL REFERENCES meetings (id),
      agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id),
      number TEXT NOT NULL,
      text TEXT NOT NULL,
      text_ar TEXT,
      implementation_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (implementation_status IN ('pending', 'in_progress', 'implemented', 'cancelled')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (committee_id, number)
    ) STRICT;
    CREATE INDEX decisions_meeting ON decisions (meeting_id);
    CREATE INDEX decisions_item ON decisions (agenda_item_id);
    CREATE INDEX decisions_status ON decisions (implementation_status, committee_id);

    CREATE TABLE action_items (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      committee_id INTEGER NOT NULL REFERENCES committees (id),
      meeting_id INTEGER NOT NULL REFERENCES meetings (id),
      agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
      decision_id INTEGER REFERENCES decisions (id) ON DELETE SET NULL,
      description TEXT NOT NULL,
      description_ar TEXT,
      owner_person_id INTEGER REFERENCES people (id),
      owner_body TEXT,
      due_date TEXT,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
      completed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (owner_person_id IS NOT NULL OR owner_body IS NOT NULL)
    ) STRICT;
    CREATE INDEX action_items_status_due ON action_items (status, due_date);
    CREATE INDEX action_items_owner ON action_items (owner_person_id, status, due_date);
    CREATE INDEX action_items_committee ON action_items (committee_id, status, due_date);
    CREATE INDEX action_items_meeting ON action_items (meeting_id);
    CREATE INDEX action_items_item ON action_items (agenda_item_id);
    CREATE INDEX action_items_decision ON action_items (decision_id);

    CREATE TABLE action_notes (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      action_id INTEGER NOT NULL REFERENCES action_items (id) ON DELETE CASCADE,
      noted_on TEXT NOT NULL,
      text TEXT NOT NULL,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX action_notes_action ON action_notes (action_id, noted_on, id);

    CREATE TABLE press_statements (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      lang TEXT NOT NULL CHECK (lang IN ('en', 'ar')),
      headline TEXT NOT NULL,
      body TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
      approved_at TEXT,
      approved_by TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (meeting_id, lang)
    ) STRICT;

    CREATE TABLE review_comments (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      target_type TEXT NOT NULL CHECK (target_type IN ('meeting', 'agenda_item', 'decision')),
      target_id INTEGER NOT NULL,
      body TEXT NOT NULL,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      resolved_at TEXT,
      resolved_by TEXT
    ) STRICT;
    CREATE INDEX review_comments_meeting ON review_comments (meeting_id, resolved_at);

    CREATE TABLE amendments (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      meeting_id INTEGER NOT NULL REFERENCES meetings (id),
      target_type TEXT NOT NULL,
      target_id INTEGER NOT NULL,
      field TEXT NOT NULL,
      before TEXT,
      after TEXT,
      reason TEXT NOT NULL,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX amendments_meeting ON amendments (meeting_id, id);

    CREATE TABLE meeting_transitions (
      id INTEGER PRIMARY KEY,
      meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      from_status TEXT NOT NULL,
      to_status TEXT NOT NULL,
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      note TEXT
    ) STRICT;
    CREATE INDEX meeting_transitions_meeting ON meeting_transitions (meeting_id, id);

    -- Append-only; each hash covers the entry and the previous entry's hash.
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER,
      detail TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
