"""Deleting records by the rules of the public schema, each delete one transaction.

Places and organisations still in use are refused, not silently unlinked. A participant who
attended sessions is anonymised instead of deleted, so the counts of past sessions never
change. Deleting an initiative or activity removes what belongs only to it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import cast

from buurtapp.core import clock
from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.formatting import number
from buurtapp.core.i18n import Lazy, lazy_join, lazy_plural
from buurtapp.core.model import fields
from buurtapp.core.model.labels import KIND_LABELS
from buurtapp.core.model.search import merge_index
from buurtapp.core.storage.connection import Database

_USES: dict[str, list[tuple[str, str]]] = {
    "places": [("initiatives", "place_id"), ("activities", "place_id"), ("sessions", "place_id")],
    "organisations": [
        ("roles", "organisation_id"),
        ("fundings", "organisation_id"),
        ("participants", "organisation_id"),
    ],
}


class Outcome(Enum):
    DELETED = "deleted"
    ANONYMISED = "anonymised"


def _exists(conn: sqlite3.Connection, table: str, record_id: int) -> None:
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone() is None:
        raise BuurtappError("not_found", label=KIND_LABELS[table], id=record_id)


def uses_of(database: Database, table: str, record_id: int) -> dict[str, int]:
    """How many rows of other tables refer to a place or organisation."""
    uses = {}
    for other, column in _USES.get(table, []):
        sql = f"SELECT count(*) FROM {other} WHERE {column} = ?"
        n = int(cast(int, database.scalar(sql, (record_id,))))
        if n:
            uses[other] = n
    return uses


_PLURALS: dict[str, Callable[[int], Lazy]] = {
    "initiatives": lambda n: lazy_plural("{n} initiative", "{n} initiatives", n),
    "activities": lambda n: lazy_plural("{n} activity", "{n} activities", n),
    "sessions": lambda n: lazy_plural("{n} session", "{n} sessions", n),
    "roles": lambda n: lazy_plural("{n} role", "{n} roles", n),
    "fundings": lambda n: lazy_plural("{n} funding", "{n} fundings", n),
    "participants": lambda n: lazy_plural("{n} participant", "{n} participants", n),
}


def _describe(uses: dict[str, int]) -> Lazy:
    return lazy_join(_PLURALS[t](n) for t, n in uses.items())


def attended_sessions(database: Database, participant_id: int) -> int:
    return int(
        cast(
            int,
            database.scalar(
                "SELECT count(*) FROM attendance WHERE participant_id = ?", (participant_id,)
            ),
        )
    )


def delete(database: Database, table: str, record_id: int) -> Outcome:
    """Delete one record (or anonymise a participant with history); returns what happened."""
    with database.atomic() as conn:
        _exists(conn, table, record_id)
        if table in _USES:
            uses = uses_of(database, table, record_id)
            if uses:
                raise BuurtappError("in_use", label=KIND_LABELS[table], uses=_describe(uses))
        if table == "participants":
            if attended_sessions(database, record_id):
                anonymise(database, record_id)
                return Outcome.ANONYMISED
            conn.execute("DELETE FROM roles WHERE participant_id = ?", (record_id,))
        elif table == "initiatives":
            _delete_activities(conn, "initiative_id = ?", record_id)
            conn.execute("DELETE FROM roles WHERE initiative_id = ?", (record_id,))
            conn.execute("DELETE FROM fundings WHERE initiative_id = ?", (record_id,))
        elif table == "activities":
            _delete_activities(conn, "id = ?", record_id)
            return Outcome.DELETED
        elif table == "sessions":
            conn.execute("DELETE FROM attendance WHERE session_id = ?", (record_id,))
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
    return Outcome.DELETED


def _delete_activities(conn: sqlite3.Connection, where: str, value: int) -> None:
    ids = f"SELECT id FROM activities WHERE {where}"
    sessions = f"SELECT id FROM sessions WHERE activity_id IN ({ids})"
    conn.execute(f"DELETE FROM attendance WHERE session_id IN ({sessions})", (value,))
    conn.execute(f"DELETE FROM sessions WHERE activity_id IN ({ids})", (value,))
    conn.execute(f"DELETE FROM activities WHERE {where}", (value,))


def anonymise(
    database: Database, participant_id: int, today: date | None = None, finish: bool = True
) -> None:
    """Forget who someone was: every field the registry marks for it is cleared (name,
    contact details, notes, neighbourhood, circle, guardian...); age group and attendance
    stay, so past counts do not change.

    In the same transaction the person's uid goes into ``erasures`` (a trigger does that for
    any writer; this covers a person anonymised before) and (``finish``) the search index is
    merged, so the commit is the one moment all of it happens. Call
    :func:`~buurtapp.core.privacy.forgetting.scrub`
    after the commit to remove the old bytes from the file.
    """
    stamp = (today or clock.today()).isoformat()
    with database.atomic() as conn:
        _exists(conn, "participants", participant_id)
        changed = fields.anonymised_fields("participants")
        conn.execute(
            f"UPDATE participants SET {', '.join(f'{f.name} = ?' for f in changed)} WHERE id = ?",
            (*(fields.anonymised_value(f, stamp) for f in changed), participant_id),
        )
        conn.execute(
            "INSERT INTO erasures (uid, on_date) SELECT uid, ? FROM participants WHERE id = ? "
            "ON CONFLICT (uid) DO UPDATE SET scrubbed = 0, withdrawn = 0",
            (stamp, participant_id),
        )
        if finish:
            finish_erasure(database)


def has_history(database: Database, participant_id: int) -> bool:
    """Whether forgetting this person must keep a nameless row (attendance or roles count)."""
    return bool(
        database.scalar(
            "SELECT EXISTS (SELECT 1 FROM attendance WHERE participant_id = :id) "
            "OR EXISTS (SELECT 1 FROM roles WHERE participant_id = :id)",
            {"id": participant_id},
        )
    )


def erase(database: Database, participant_id: int, today: date | None = None) -> Outcome:
    """Forget one person, the one meaning every path shares: anonymised when they have
    history (:func:`has_history`), deleted when they have none; either way their uid goes
    into ``erasures`` in the same transaction, so a restored backup forgets them again.
    Call :func:`finish_erasure` before the commit and ``privacy.scrub`` after it."""
    with database.atomic() as conn:
        _exists(conn, "participants", participant_id)
        if has_history(database, participant_id):
            anonymise(database, participant_id, today, finish=False)
            return Outcome.ANONYMISED
        conn.execute(
            "INSERT INTO erasures (uid, on_date) SELECT uid, ? FROM participants WHERE id = ? "
            "ON CONFLICT (uid) DO UPDATE SET scrubbed = 0, withdrawn = 0",
            ((today or clock.today()).isoformat(), participant_id),
        )
        conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))
    return Outcome.DELETED


#: Room kept free beside what the WAL and the checkpoint of a forgetting can need.
ROOM_MARGIN = 256 * 1024


def finish_erasure(database: Database) -> None:
    """The end of a forgetting transaction: merge the search index, then make sure the disk
    has room for the commit AND for emptying the WAL afterwards, so a full disk stops the
    forgetting here (rolled back: nothing changed) rather than after the commit."""
    merge_index(database.conn)
    _ensure_room(database)


def _ensure_room(database: Database) -> None:
    if database.path is None:
        return
    conn = database.conn
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    try:
        on_disk = database.path.stat().st_size
        free = shutil.disk_usage(database.path.parent).free
    except OSError:
        return
    # At most every page once in the WAL, and the checkpoint may grow the main file.
    need = pages * (page_size + 24) + max(0, pages * page_size - on_disk) + ROOM_MARGIN
    if free < need:
        megabytes = max(need / 1_000_000, 0.1)
        raise DatabaseError(
            "forget_disk_full",
            need=Lazy(lambda lang: f"{number(megabytes, 1, lang)} MB"),
        )


_IMPACT = {
    "initiatives": {
        "activities": "SELECT count(*) FROM activities WHERE initiative_id = :id",
        "sessions": "SELECT count(*) FROM sessions WHERE activity_id IN "
        "(SELECT id FROM activities WHERE initiative_id = :id)",
        "attendance": "SELECT count(*) FROM attendance WHERE session_id IN (SELECT s.id FROM "
        "sessions s JOIN activities a ON a.id = s.activity_id WHERE a.initiative_id = :id)",
        "roles": "SELECT count(*) FROM roles WHERE initiative_id = :id",
        "fundings": "SELECT count(*) FROM fundings WHERE initiative_id = :id",
    },
    "activities": {
        "sessions": "SELECT count(*) FROM sessions WHERE activity_id = :id",
        "attendance": "SELECT count(*) FROM attendance WHERE session_id IN "
        "(SELECT id FROM sessions WHERE activity_id = :id)",
    },
    "participants": {
        "attendance": "SELECT count(*) FROM attendance WHERE participant_id = :id",
        "roles": "SELECT count(*) FROM roles WHERE participant_id = :id",
    },
    "sessions": {"attendance": "SELECT count(*) FROM attendance WHERE session_id = :id"},
}


def impact(database: Database, table: str, record_id: int) -> dict[str, int]:
    """What deleting a record would take with it (or, for places and organisations, what
    stops it), so the question before deleting can say so."""
    if table in _USES:
        return uses_of(database, table, record_id)
    return {
        what: int(cast("int | None", database.scalar(sql, {"id": record_id})) or 0)
        for what, sql in _IMPACT.get(table, {}).items()
    }
