"""The file follows the public schema of SCHEMA.md, read back with sqlite-utils."""

import re
import sqlite3

import pytest
import sqlite_utils

from buurtapp.core.storage.schema import APPLICATION_ID, SCHEMA_VERSION

PUBLIC_COLUMNS = {
    "places": "id uid name address neighbourhood capacity accessible notes",
    "organisations": "id uid name kind notes",
    "participants": "id uid name phone email neighbourhood circle age_group is_worker "
    "organisation_id consent_contact consent_photo notes created_on anonymised_on",
    "initiatives": "id uid name story status started_on ended_on place_id notes",
    "roles": "id uid initiative_id participant_id organisation_id role since until",
    "fundings": "id uid initiative_id organisation_id description amount_cents starts_on "
    "ends_on status",
    "activities": "id uid initiative_id title place_id rrule starts_at duration_minutes "
    "capacity age_groups notes",
    "sessions": "id uid activity_id starts_at ends_at place_id cancelled walk_ins notes",
    "attendance": "session_id participant_id",
}
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_tables_and_columns_match_schema(database, db_path) -> None:
    database.close()
    db = sqlite_utils.Database(db_path)
    for table, columns in PUBLIC_COLUMNS.items():
        assert table in db.table_names()
        have = set(db[table].columns_dict)
        assert set(columns.split()) <= have, (table, set(columns.split()) - have)
    assert db["attendance"].pks == ["session_id", "participant_id"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fks = {(fk.table, fk.column, fk.other_table) for fk in db["sessions"].foreign_keys}
    assert ("sessions", "activity_id", "activities") in fks


def test_pragmas_of_open_connection(database) -> None:
    assert database.scalar("PRAGMA foreign_keys") == 1
    assert database.scalar("PRAGMA synchronous") == 2  # FULL


def test_other_tools_can_insert_public_columns_only(database, db_path) -> None:
    """sqlite-utils with only the listed columns: defaults fill in uid and the rest."""
    database.close()
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA foreign_keys = ON")
    db["places"].insert({"name": "Buurthuis Zuid"})
    db["initiatives"].insert({"name": "Koffie", "status": "active"})
    db["activities"].insert(
        {"initiative_id": 1, "title": "Koffieochtend", "starts_at": "2026-12-01T10:00"}
    )
    row = next(db["places"].rows)
    assert UUID4.match(row["uid"]), row["uid"]
    assert row["accessible"] == 0
    activity = next(db["activities"].rows)
    assert activity["duration_minutes"] == 120
    uids = {db.execute("SELECT " + "(" + _uid_sql() + ")").fetchone()[0] for _ in range(200)}
    assert len(uids) == 200 and all(UUID4.match(u) for u in uids)


def _uid_sql() -> str:
    from buurtapp.core.storage.schema import UUID4_SQL

    return UUID4_SQL


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO organisations (name, kind) VALUES ('X', 'church')",
        "INSERT INTO places (name, capacity) VALUES ('X', -1)",
        "INSERT INTO participants (name, age_group) VALUES ('X', 'baby')",
        "INSERT INTO initiatives (name, status) VALUES ('X', 'busy')",
        "INSERT INTO initiatives (name, started_on) VALUES ('X', '1-12-2026')",
        "INSERT INTO roles (initiative_id, role) VALUES (1, 'lead')",
        "INSERT INTO fundings (initiative_id, status, starts_on, ends_on) "
        "VALUES (1, 'granted', '2026-02-01', '2026-01-01')",
        "INSERT INTO activities (initiative_id, title, duration_minutes) VALUES (1, 'X', 0)",
        "INSERT INTO sessions (activity_id, starts_at, ends_at) "
        "VALUES (1, '2026-01-01T10:00', '2026-01-01T09:00')",
        "INSERT INTO sessions (activity_id, starts_at, ends_at, walk_ins) "
        "VALUES (1, '2026-01-01T10:00', '2026-01-01T11:00', -2)",
        "INSERT INTO attendance (session_id, participant_id) VALUES (999, 999)",
    ],
)
def test_constraints_are_enforced(database, sql) -> None:
    database.conn.execute("INSERT INTO initiatives (name, status) VALUES ('I', 'active')")
    database.conn.execute("INSERT INTO activities (initiative_id, title) VALUES (1, 'A')")
    database.conn.commit()
    with pytest.raises(sqlite3.IntegrityError):
        database.conn.execute(sql)
