"""Finding records by any part of their name, through the FTS5 ``search`` table.

Triggers keep the index in step with the tables (see :mod:`buurtapp.core.storage.schema`, v5), also
when another tool writes; :func:`index_problems` says whether it matches a full rebuild.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.schema import SEARCH_KEY, SEARCH_KINDS, rebuild_search_sql, search_text

#: Result order: the kinds a coordinator looks for most come first.
KIND_ORDER = ("participants", "initiatives", "activities", "places", "organisations")


@dataclass(frozen=True)
class Hit:
    kind: str
    record_id: int
    text: str


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(database: Database, text: str, per_kind: int = 8) -> list[Hit]:
    """Records whose name contains ``text`` (case-insensitive), at most ``per_kind`` of each
    kind, names that start with the text first.

    Three letters or more use the trigram index; shorter text scans the names themselves (the
    index cannot help there). Either way each kind keeps only its first ``per_kind`` in SQL
    (a top-n sort), instead of numbering every match: one or two letters match thousands of
    names, and ranking them all took 30-80 ms on 20,000 participants (now 5-10 ms).
    """
    # A NUL (pasted from elsewhere) would end the FTS5 query early: treat it as a space.
    needle = " ".join(text.replace("\x00", " ").split())
    if not needle:
        return []
    params: dict[str, object] = {"starts": _like_pattern(needle)[1:], "n": per_kind}
    ranked = "ORDER BY text LIKE :starts ESCAPE '\\' DESC, text COLLATE NOCASE LIMIT :n"
    if len(needle) >= 3:
        params["match"] = '"' + needle.replace('"', '""') + '"'
        found = (
            "WITH found AS MATERIALIZED (SELECT kind, record_id, text FROM search "
            "WHERE search MATCH :match AND text <> '') "
        )
        parts = [
            f"SELECT kind, record_id, text FROM found WHERE kind = '{kind}' {ranked}"
            for kind in KIND_ORDER
        ]
    else:
        params["pattern"] = _like_pattern(needle)
        found = ""
        parts = [
            f"SELECT '{kind}' AS kind, id AS record_id, {search_text(kind, kind)} AS text "
            f"FROM {kind} WHERE text LIKE :pattern ESCAPE '\\' AND text <> '' {ranked}"
            for kind in KIND_ORDER
        ]
    sql = found + " UNION ALL ".join(f"SELECT * FROM ({part})" for part in parts)
    rows = database.query(sql, params)
    return [Hit(row["kind"], int(row["record_id"]), row["text"]) for row in rows]


def merge_index(conn: sqlite3.Connection) -> None:
    """Merge the index into one segment: deleted text keeps its tokens in older segments
    until they are merged (forgetting calls this inside its transaction)."""
    conn.execute("INSERT INTO search (search) VALUES ('optimize')")


def rebuild(database: Database) -> None:
    """Build the whole index again from the tables, in one transaction."""
    with database.atomic() as conn:
        for statement in rebuild_search_sql().splitlines():
            conn.execute(statement)


def expected_entries(conn: sqlite3.Connection) -> set[tuple[int, str, int, str]]:
    """(rowid, kind, record_id, text) of every entry a full rebuild would make."""
    entries: set[tuple[int, str, int, str]] = set()
    for kind, (number, _) in SEARCH_KINDS.items():
        sql = f"SELECT id * {SEARCH_KEY} + {number}, '{kind}', id, {search_text(kind, kind)}"
        entries.update(conn.execute(f"{sql} FROM {kind}").fetchall())
    return entries


def index_problems(database: Database) -> list[str]:
    """What is wrong with the index (empty when it is exactly what a rebuild would give):
    FTS5's own integrity check, then entries missing and entries too many."""
    conn = database.conn
    ours = not conn.in_transaction  # the check is an INSERT: Python opens a transaction
    try:
        conn.execute("INSERT INTO search (search, rank) VALUES ('integrity-check', 0)")
    except sqlite3.DatabaseError as exc:
        return [f"integrity-check: {exc}"]
    finally:
        if ours and conn.in_transaction:
            conn.rollback()
    have = set(conn.execute("SELECT rowid, kind, record_id, text FROM search").fetchall())
    want = expected_entries(conn)
    return [f"missing: {e}" for e in sorted(want - have)] + [
        f"stale: {e}" for e in sorted(have - want)
    ]
