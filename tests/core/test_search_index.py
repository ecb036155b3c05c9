"""The search index stays exactly what a rebuild would give, whatever way another tool writes:
INSERT, UPDATE of any column, DELETE, INSERT OR REPLACE, REPLACE INTO, UPSERT (both branches),
UPDATE OR REPLACE and sqlite-utils upsert/replace, on a plain connection without the app's
pragmas (no recursive_triggers, so a REPLACE deletes rows without delete triggers)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtapp.core.model.search import index_problems, rebuild, search
from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.database import create_database, migrate, open_database
from buurtapp.core.storage.schema import MIGRATIONS, SEARCH_KINDS

KINDS = tuple(SEARCH_KINDS)
NAMES = ("Anna", "Annabel", "Bert", "Bertus", "Cor de Vries", "anna bos", "Zoë", "Dré")
NEEDLES = ("ann", "ert", "an", "Zo", "COR", "a b", "ë", "Dré", "bertus")
IDS = st.integers(min_value=1, max_value=4)
UIDS = st.sampled_from(("u1", "u2", "u3"))
EXTRA = {"activities": {"initiative_id": 1}}


def _column(kind: str) -> str:
    return "title" if kind == "activities" else "name"


def _insert(kind: str, verb: str, values: dict, tail: str = "") -> tuple[str, tuple]:
    values = {**EXTRA.get(kind, {}), **values}
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return f"{verb} INTO {kind} ({names}) VALUES ({marks}) {tail}", tuple(values.values())


@st.composite
def writes(
    draw: st.DrawFn, kinds: tuple[str, ...]
) -> tuple[str, Callable[[sqlite3.Connection], None]]:
    """One write by another tool to one of ``kinds``, as (description, function of its
    connection)."""
    kind = draw(st.sampled_from(kinds))
    col = _column(kind)
    rid, other, uid, name = draw(IDS), draw(IDS), draw(UIDS), draw(st.sampled_from(NAMES))
    full = {"id": rid, "uid": uid, col: name}
    sql: dict[str, tuple[str, tuple]] = {
        "insert": _insert(kind, "INSERT", {col: name}),
        "insert with id": _insert(kind, "INSERT", full),
        "insert or replace": _insert(kind, "INSERT OR REPLACE", full),
        "replace into (uid only)": _insert(kind, "REPLACE", {"uid": uid, col: name}),
        "insert or ignore": _insert(kind, "INSERT OR IGNORE", full),
        "upsert id, name": _insert(
            kind, "INSERT", full, f"ON CONFLICT (id) DO UPDATE SET {col} = excluded.{col}"
        ),
        "upsert id, notes": _insert(
            kind, "INSERT", full, "ON CONFLICT (id) DO UPDATE SET notes = 'bijgewerkt'"
        ),
        "upsert uid": _insert(
            kind, "INSERT", full, f"ON CONFLICT (uid) DO UPDATE SET {col} = excluded.{col}"
        ),
        "upsert nothing": _insert(kind, "INSERT", full, "ON CONFLICT DO NOTHING"),
        "insert select or replace": (
            f"INSERT OR REPLACE INTO {kind} SELECT * FROM {kind} WHERE id = ?",
            (rid,),
        ),
        "update name": (f"UPDATE {kind} SET {col} = ? WHERE id = ?", (name, rid)),
        "update notes": (f"UPDATE {kind} SET notes = ? WHERE id = ?", (name, rid)),
        "update id": (f"UPDATE {kind} SET id = ? WHERE id = ?", (other, rid)),
        "update or replace id": (f"UPDATE OR REPLACE {kind} SET id = ? WHERE id = ?", (other, rid)),
        "update or replace uid": (
            f"UPDATE OR REPLACE {kind} SET uid = ? WHERE id = ?",
            (uid, rid),
        ),
        "update all ids": (f"UPDATE OR REPLACE {kind} SET id = id + 1", ()),
        "delete": (f"DELETE FROM {kind} WHERE id = ?", (rid,)),
    }
    if kind == "participants":
        sql["anonymise"] = (
            "UPDATE participants SET anonymised_on = '2026-01-01' WHERE id = ?",
            (rid,),
        )
        sql["un-anonymise"] = ("UPDATE participants SET anonymised_on = NULL WHERE id = ?", (rid,))
        sql["insert anonymised"] = _insert(
            kind, "INSERT OR REPLACE", {**full, "anonymised_on": "2026-01-01"}
        )
    record = {**EXTRA.get(kind, {}), **full}

    def table(conn: sqlite3.Connection, old: bool = False) -> Any:
        return sqlite_utils.Database(conn, execute_plugins=False, use_old_upsert=old)[kind]

    tools: dict[str, Callable[[sqlite3.Connection], None]] = {
        "sqlite-utils upsert": lambda conn: table(conn).upsert(record, pk="id"),
        "sqlite-utils old upsert": lambda conn: table(conn, True).upsert(record, pk="id"),
        "sqlite-utils insert replace": lambda conn: table(conn).insert(record, replace=True),
    }
    what = draw(st.sampled_from(sorted(sql) + sorted(tools)))
    if what in tools:
        return f"{kind}: {what} {record}", tools[what]
    statement, params = sql[what]

    def run(conn: sqlite3.Connection) -> None:
        conn.execute(statement, params)

    return f"{kind}: {statement} {params}", run


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("index") / "leeg.db"
    create_database(path).close()
    return path


def _expected_hits(conn: sqlite3.Connection, needle: str) -> set[tuple[str, int]]:
    hits = set()
    for kind in KINDS:
        text = "CASE WHEN anonymised_on IS NULL THEN name ELSE '' END"
        column = text if kind == "participants" else _column(kind)
        for rid, value in conn.execute(f"SELECT id, {column} FROM {kind}"):
            if value and needle.casefold() in value.casefold():
                hits.add((kind, rid))
    return hits


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data(), st.booleans())
def test_index_equals_a_rebuild_after_any_writes_by_another_tool(template, data, recursive) -> None:
    # Two tables at a time (the same ids and uids in both): conflicts are frequent.
    kinds = data.draw(st.lists(st.sampled_from(KINDS), min_size=2, max_size=2, unique=True))
    steps = data.draw(st.lists(writes(tuple(kinds)), min_size=10, max_size=30))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ander.db"
        shutil.copyfile(template, path)
        conn = sqlite3.connect(path, isolation_level=None)  # another tool: plain sqlite3
        tool = Database(conn, None)  # (sqlite-utils, inside, turns recursive_triggers on)
        done = []
        for description, write in steps:
            # Builds differ in the default (Debian's is ON); many tools leave it OFF.
            conn.execute(f"PRAGMA recursive_triggers = {'ON' if recursive else 'OFF'}")
            with contextlib.suppress(sqlite3.IntegrityError):
                write(conn)  # a refused write is refused whole: it changed nothing
            done.append(description)
            assert index_problems(tool) == [], "\n".join(done)
        conn.close()
        with open_database(path) as database:
            assert index_problems(database) == []
            for needle in NEEDLES:
                found = {(h.kind, h.record_id) for h in search(database, needle, per_kind=100)}
                assert found == _expected_hits(database.conn, needle), (needle, done)


def test_replace_used_to_leave_stale_entries_and_migration_5_repairs(tmp_path) -> None:
    """Version 4's triggers missed the rows a REPLACE deletes; migration 5 rebuilds."""
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    database = Database(conn, path)
    migrate(database, [m for m in MIGRATIONS if m[0] <= 4])
    conn.execute("PRAGMA recursive_triggers = OFF")  # as many other tools have it
    conn.execute("INSERT INTO places (id, uid, name) VALUES (1, 'a', 'Buurthuis')")
    conn.execute("INSERT OR REPLACE INTO places (id, uid, name) VALUES (1, 'a', 'Kerk')")
    conn.execute("INSERT OR REPLACE INTO places (id, uid, name) VALUES (2, 'a', 'School')")
    assert conn.execute("SELECT count(*) FROM search WHERE kind = 'places'").fetchone()[0] == 3
    migrate(database)
    assert index_problems(database) == []
    assert [h.text for h in search(database, "buurt")] == []
    assert [(h.record_id, h.text) for h in search(database, "school")] == [(2, "School")]
    conn.close()


def test_rebuild_repairs_an_index_that_was_tampered_with(database) -> None:
    database.conn.execute("INSERT INTO places (name) VALUES ('Wijkcentrum')")
    database.conn.execute("DELETE FROM search")
    database.conn.commit()
    assert index_problems(database) == ["missing: (9, 'places', 1, 'Wijkcentrum')"]
    rebuild(database)
    assert index_problems(database) == []
    assert [h.text for h in search(database, "wijk")] == ["Wijkcentrum"]
