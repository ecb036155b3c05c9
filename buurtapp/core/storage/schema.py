"""The public schema and its ordered migrations, versioned with ``PRAGMA user_version``.

Migrations are never edited once released: add a new one at the end of :data:`MIGRATIONS`.
Every added column gets a default or allows NULL, so other tools (sqlite-utils, Datasette)
can insert rows with only the public columns. ``uid`` defaults to a fresh UUID4 for the same
reason.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

#: Marks a file as a Buurtapp database ("Buur" in ASCII), stored in the SQLite header.
APPLICATION_ID = 0x42757572

# A UUID4 in SQL, so rows inserted by another tool without a uid still get a proper one.
UUID4_SQL = (
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6))))"
)

_UID = f"uid TEXT NOT NULL UNIQUE DEFAULT {UUID4_SQL}"
_DATE = "CHECK ({col} IS NULL OR ({col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'))"
_DATETIME = (
    "CHECK ({col} IS NULL OR ({col} GLOB "
    "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]'))"
)


def _date(col: str) -> str:
    return f"{col} TEXT " + _DATE.format(col=col)


def _datetime(col: str, not_null: bool = False) -> str:
    null = " NOT NULL" if not_null else ""
    return f"{col} TEXT{null} " + _DATETIME.format(col=col)


def _bool(col: str) -> str:
    return f"{col} INTEGER NOT NULL DEFAULT 0 CHECK ({col} IN (0, 1))"


SCHEMA_V1 = f"""
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    {_UID},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    address TEXT,
    neighbourhood TEXT,
    capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    {_bool("accessible")},
    notes TEXT
);
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    {_UID},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('residents', 'municipality', 'civil_society', 'business', 'other')),
    notes TEXT
);
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    {_UID},
    name TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    neighbourhood TEXT,
    circle TEXT,
    age_group TEXT CHECK (age_group IS NULL OR age_group IN ('child', 'youth', 'adult', 'senior')),
    {_bool("is_worker")},
    organisation_id INTEGER REFERENCES organisations(id),
    {_bool("consent_contact")},
    {_bool("consent_photo")},
    notes TEXT,
    {_date("created_on")} DEFAULT (date('now', 'localtime')),
    {_date("anonymised_on")}
);
CREATE TABLE initiatives (
    id INTEGER PRIMARY KEY,
    {_UID},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    story TEXT,
    status TEXT NOT NULL DEFAULT 'idea'
        CHECK (status IN ('idea', 'active', 'paused', 'stopped')),
    {_date("started_on")},
    {_date("ended_on")},
    place_id INTEGER REFERENCES places(id),
    notes TEXT,
    CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    {_UID},
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id),
    participant_id INTEGER REFERENCES participants(id),
    organisation_id INTEGER REFERENCES organisations(id),
    role TEXT NOT NULL
        CHECK (role IN ('lead', 'co_owner', 'supporter', 'funder', 'community_worker')),
    {_date("since")},
    {_date("until")},
    CHECK ((participant_id IS NULL) <> (organisation_id IS NULL))
);
CREATE TABLE fundings (
    id INTEGER PRIMARY KEY,
    {_UID},
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id),
    organisation_id INTEGER REFERENCES organisations(id),
    description TEXT,
    amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
    {_date("starts_on")},
    {_date("ends_on")},
    status TEXT NOT NULL DEFAULT 'requested'
        CHECK (status IN ('requested', 'granted', 'rejected')),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    {_UID},
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    place_id INTEGER REFERENCES places(id),
    rrule TEXT,
    {_datetime("starts_at")},
    duration_minutes INTEGER NOT NULL DEFAULT 120 CHECK (duration_minutes > 0),
    capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    age_groups TEXT,
    notes TEXT
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    {_UID},
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    {_datetime("starts_at", not_null=True)},
    {_datetime("ends_at", not_null=True)},
    place_id INTEGER REFERENCES places(id),
    {_bool("cancelled")},
    walk_ins INTEGER NOT NULL DEFAULT 0 CHECK (walk_ins >= 0),
    notes TEXT,
    CHECK (ends_at > starts_at),
    UNIQUE (activity_id, starts_at)
);
CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;

CREATE INDEX idx_roles_initiative ON roles(initiative_id);
CREATE INDEX idx_roles_participant ON roles(participant_id);
CREATE INDEX idx_roles_organisation ON roles(organisation_id);
CREATE INDEX idx_fundings_initiative ON fundings(initiative_id);
CREATE INDEX idx_activities_initiative ON activities(initiative_id);
CREATE INDEX idx_activities_place ON activities(place_id);
CREATE INDEX idx_sessions_starts_at ON sessions(starts_at);
CREATE INDEX idx_sessions_place ON sessions(place_id);
CREATE INDEX idx_attendance_participant ON attendance(participant_id);
CREATE INDEX idx_participants_organisation ON participants(organisation_id);
CREATE INDEX idx_initiatives_place ON initiatives(place_id);
"""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one (``executescript`` would commit the open transaction)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""


def _v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, SCHEMA_V1)


# Search (FTS5, trigram: any part of a name, 3 letters or more). Triggers keep it in sync,
# also when another tool writes the file; rows of anonymised people carry no text.
_SEARCHED = {
    "initiatives": "name",
    "activities": "title",
    "participants": "name",
    "places": "name",
    "organisations": "name",
}


def _search_triggers(table: str, column: str) -> str:
    kind = table
    return f"""
CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO search (kind, record_id, text) VALUES ('{kind}', new.id, new.{column});
END;
CREATE TRIGGER search_{table}_update AFTER UPDATE OF {column} ON {table} BEGIN
    DELETE FROM search WHERE kind = '{kind}' AND record_id = old.id;
    INSERT INTO search (kind, record_id, text) VALUES ('{kind}', new.id, new.{column});
END;
CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN
    DELETE FROM search WHERE kind = '{kind}' AND record_id = old.id;
END;
"""


SCHEMA_V2 = (
    "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, record_id UNINDEXED, text, "
    "tokenize = 'trigram');\n"
    + "".join(_search_triggers(t, c) for t, c in _SEARCHED.items())
    + "".join(
        f"INSERT INTO search (kind, record_id, text) SELECT '{t}', id, {c} FROM {t};\n"
        for t, c in _SEARCHED.items()
    )
)


def _v2(conn: sqlite3.Connection) -> None:
    _run_script(conn, SCHEMA_V2)


# Settings that belong to the file (the centre's name on every print), not to one laptop.
SCHEMA_V3 = """
CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""


def _v3(conn: sqlite3.Connection) -> None:
    _run_script(conn, SCHEMA_V3)


# Privacy (AVG): when consent was given, and a parent or guardian for children.
SCHEMA_V4 = """
ALTER TABLE participants ADD COLUMN consent_contact_on TEXT;
ALTER TABLE participants ADD COLUMN consent_photo_on TEXT;
ALTER TABLE participants ADD COLUMN guardian_name TEXT;
ALTER TABLE participants ADD COLUMN guardian_phone TEXT;
DROP TRIGGER search_participants_insert;
DROP TRIGGER search_participants_update;
CREATE TRIGGER search_participants_insert AFTER INSERT ON participants BEGIN
    INSERT INTO search (kind, record_id, text) VALUES ('participants', new.id,
        CASE WHEN new.anonymised_on IS NULL THEN new.name ELSE '' END);
END;
CREATE TRIGGER search_participants_update AFTER UPDATE OF name, anonymised_on ON participants
BEGIN
    DELETE FROM search WHERE kind = 'participants' AND record_id = old.id;
    INSERT INTO search (kind, record_id, text) VALUES ('participants', new.id,
        CASE WHEN new.anonymised_on IS NULL THEN new.name ELSE '' END);
END;
UPDATE search SET text = '' WHERE kind = 'participants'
    AND record_id IN (SELECT id FROM participants WHERE anonymised_on IS NOT NULL);
"""


def _v4(conn: sqlite3.Connection) -> None:
    _run_script(conn, SCHEMA_V4)


# Forgetting and search (v5).
# The search index is keyed by its rowid: record id * SEARCH_KEY + the kind's number, so a
# trigger reaches an entry directly and every record has exactly one entry. Other tools write
# with INSERT OR REPLACE, REPLACE INTO, UPSERT or sqlite-utils, and a REPLACE deletes the row it
# conflicts with WITHOUT firing delete triggers (unless recursive_triggers is on, which their
# connections will not do). So a BEFORE trigger notes in ``search_stale`` the rows a write may
# replace (same uid, or same id on an UPDATE), and the AFTER trigger removes the entries of
# those that are really gone. An INSERT OR IGNORE or an UPSERT's DO UPDATE/DO NOTHING leaves a
# note behind of a row that still exists: harmless, it is cleared at the next insert.
SEARCH_KEY = 8
#: kind -> (number in the rowid, the text it is found by; ``{row}`` is NEW, OLD or the table).
SEARCH_KINDS: dict[str, tuple[int, str]] = {
    "places": (1, "{row}.name"),
    "organisations": (2, "{row}.name"),
    "participants": (3, "CASE WHEN {row}.anonymised_on IS NULL THEN {row}.name ELSE '' END"),
    "initiatives": (4, "{row}.name"),
    "activities": (5, "{row}.title"),
}
#: The columns whose change changes an entry (besides id and uid).
_SEARCH_COLUMNS = {"participants": "name, anonymised_on", "activities": "title"}

SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, record_id UNINDEXED, text, "
    "tokenize = 'trigram');\n"
)


def search_text(kind: str, row: str) -> str:
    """The SQL for the indexed text of ``row`` (NEW, OLD or the table name)."""
    return "coalesce(" + SEARCH_KINDS[kind][1].format(row=row) + ", '')"


def rebuild_search_sql() -> str:
    """Statements that make the index exactly what the tables say (also the reference the
    tests compare with)."""
    parts = ["DELETE FROM search;\n", "DELETE FROM search_stale;\n"]
    for kind, (number, _) in SEARCH_KINDS.items():
        parts.append(
            f"INSERT INTO search (rowid, kind, record_id, text) SELECT "
            f"id * {SEARCH_KEY} + {number}, '{kind}', id, {search_text(kind, kind)} "
            f"FROM {kind};\n"
        )
    return "".join(parts)


def _search_triggers_v5(kind: str) -> str:
    number = SEARCH_KINDS[kind][0]
    columns = _SEARCH_COLUMNS.get(kind, "name")

    def key(row: str) -> str:
        return f"{row}.id * {SEARCH_KEY} + {number}"

    clean = f"""
    DELETE FROM search WHERE rowid IN (
        SELECT s.record_id * {SEARCH_KEY} + {number} FROM search_stale s
        WHERE s.kind = '{kind}' AND NOT EXISTS (SELECT 1 FROM {kind} WHERE id = s.record_id));
    DELETE FROM search_stale WHERE kind = '{kind}';"""
    write = f"""
    DELETE FROM search WHERE rowid = {key("new")};
    INSERT INTO search (rowid, kind, record_id, text)
        VALUES ({key("new")}, '{kind}', new.id, {search_text(kind, "new")});"""
    return f"""
CREATE TRIGGER search_{kind}_before_insert BEFORE INSERT ON {kind} BEGIN
    INSERT OR IGNORE INTO search_stale (kind, record_id)
        SELECT '{kind}', id FROM {kind} WHERE uid = new.uid;
END;
CREATE TRIGGER search_{kind}_insert AFTER INSERT ON {kind} BEGIN{clean}{write}
END;
CREATE TRIGGER search_{kind}_before_update BEFORE UPDATE OF id, uid ON {kind} BEGIN
    INSERT OR IGNORE INTO search_stale (kind, record_id)
        SELECT '{kind}', id FROM {kind} WHERE (id = new.id OR uid = new.uid) AND id <> old.id;
END;
CREATE TRIGGER search_{kind}_update AFTER UPDATE OF id, uid, {columns} ON {kind} BEGIN{clean}
    DELETE FROM search WHERE rowid = {key("old")};{write}
END;
CREATE TRIGGER search_{kind}_delete AFTER DELETE ON {kind} BEGIN
    DELETE FROM search WHERE rowid = {key("old")};
END;
"""


# Who was forgotten: written by triggers in the same transaction as the anonymisation itself,
# whoever anonymises (the app, undo/redo, another tool), and mirrored to a log beside the
# backups. ``scrubbed`` is 0 until the old bytes have left the file. Undo of an anonymisation
# (the delete command allows it while the app is open) sets ``withdrawn``: that person is no
# longer to be forgotten again after a restore.
SCHEMA_V5_ERASURES = """
CREATE TABLE erasures (
    uid TEXT PRIMARY KEY,
    on_date TEXT NOT NULL,
    scrubbed INTEGER NOT NULL DEFAULT 0 CHECK (scrubbed IN (0, 1)),
    withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
);
INSERT INTO erasures (uid, on_date)
    SELECT uid, anonymised_on FROM participants WHERE anonymised_on IS NOT NULL;
CREATE TRIGGER erasures_insert AFTER INSERT ON participants
WHEN new.anonymised_on IS NOT NULL BEGIN
    INSERT INTO erasures (uid, on_date) VALUES (new.uid, new.anonymised_on)
        ON CONFLICT (uid) DO UPDATE SET scrubbed = 0, withdrawn = 0;
END;
CREATE TRIGGER erasures_anonymise AFTER UPDATE OF anonymised_on ON participants
WHEN old.anonymised_on IS NULL AND new.anonymised_on IS NOT NULL BEGIN
    INSERT INTO erasures (uid, on_date) VALUES (new.uid, new.anonymised_on)
        ON CONFLICT (uid) DO UPDATE SET scrubbed = 0, withdrawn = 0;
END;
CREATE TRIGGER erasures_withdraw AFTER UPDATE OF anonymised_on ON participants
WHEN old.anonymised_on IS NOT NULL AND new.anonymised_on IS NULL BEGIN
    UPDATE erasures SET withdrawn = 1 WHERE uid = new.uid;
END;
"""

SCHEMA_V5 = (
    "".join(
        f"DROP TRIGGER IF EXISTS search_{kind}_{event};\n"
        for kind in SEARCH_KINDS
        for event in ("insert", "update", "delete")
    )
    + "DROP TABLE IF EXISTS search;\n"
    + SEARCH_TABLE
    + "CREATE TABLE search_stale (kind TEXT NOT NULL, record_id INTEGER NOT NULL, "
    "PRIMARY KEY (kind, record_id)) WITHOUT ROWID;\n"
    + "".join(_search_triggers_v5(kind) for kind in SEARCH_KINDS)
    + rebuild_search_sql()
    + SCHEMA_V5_ERASURES
)


def _v5(conn: sqlite3.Connection) -> None:
    """Forgetting and search: the erasures table, and a search index that stays right
    whatever way another tool writes (rebuilt once)."""
    _run_script(conn, SCHEMA_V5)


# Planning and agenda: a calendar that imported a session must learn that it changed. Every
# session carries an iCalendar SEQUENCE (raised when its time, cancellation or place changes)
# and the UTC moment it last changed (LAST-MODIFIED; NULL until it first changes, as nobody
# knows when older rows or rows of other tools were made, and the demo stays the same per
# seed). Triggers keep both, so other tools that update only the public columns bump them too;
# a writer that sets them itself (undo puts a row back exactly) is left alone.
_NOW_UTC = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
_SIGNIFICANT = (
    "(old.starts_at IS NOT new.starts_at OR old.ends_at IS NOT new.ends_at "
    "OR old.cancelled IS NOT new.cancelled OR old.place_id IS NOT new.place_id)"
)
SCHEMA_V6 = f"""
ALTER TABLE sessions ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0
    CHECK (typeof(sequence) = 'integer' AND sequence >= 0);
ALTER TABLE sessions ADD COLUMN changed_at TEXT CHECK (changed_at IS NULL OR changed_at GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z');
CREATE TRIGGER sessions_agenda_update
AFTER UPDATE OF starts_at, ends_at, cancelled, place_id, notes ON sessions
WHEN ({_SIGNIFICANT} OR old.notes IS NOT new.notes)
    AND new.sequence IS old.sequence AND new.changed_at IS old.changed_at
BEGIN
    UPDATE sessions SET
        sequence = CASE WHEN new.sequence IS old.sequence AND {_SIGNIFICANT}
            THEN old.sequence + 1 ELSE new.sequence END,
        changed_at = CASE WHEN new.changed_at IS old.changed_at
            THEN {_NOW_UTC} ELSE new.changed_at END
    WHERE id = new.id;
END;
CREATE TRIGGER activities_agenda_place AFTER UPDATE OF place_id ON activities
WHEN old.place_id IS NOT new.place_id BEGIN
    UPDATE sessions SET sequence = sequence + 1, changed_at = {_NOW_UTC}
    WHERE activity_id = new.id AND place_id IS NULL;
END;
CREATE TRIGGER activities_agenda_title AFTER UPDATE OF title ON activities
WHEN old.title IS NOT new.title BEGIN
    UPDATE sessions SET changed_at = {_NOW_UTC} WHERE activity_id = new.id;
END;
"""


def _v6(conn: sqlite3.Connection) -> None:
    """Planning and agenda: iCalendar SEQUENCE and LAST-MODIFIED per session."""
    _run_script(conn, SCHEMA_V6)


# Dietary wishes for the buurtmaaltijd (v7): personal, cleared when anonymising.
SCHEMA_V7 = """
ALTER TABLE participants ADD COLUMN dietary_wishes TEXT
    CHECK (dietary_wishes IS NULL OR length(dietary_wishes) <= 200);
"""


def _v7(conn: sqlite3.Connection) -> None:
    """Dietary wishes of participants."""
    _run_script(conn, SCHEMA_V7)


#: (version, step) in order; a step runs inside the migration's transaction.
MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _v1),
    (2, _v2),
    (3, _v3),
    (4, _v4),
    (5, _v5),
    (6, _v6),
    (7, _v7),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]

#: The tables of the public schema, in an order that respects foreign keys.
TABLES = (
    "places",
    "organisations",
    "participants",
    "initiatives",
    "roles",
    "fundings",
    "activities",
    "sessions",
    "attendance",
)
