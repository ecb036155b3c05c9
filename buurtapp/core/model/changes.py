"""What an operation changed, exactly, so it can be undone and redone.

A :class:`Change` holds the affected rows as they were before and as they are after, keyed by
primary key. Reverting writes the "before" rows back and removes rows that did not exist
before; re-applying does the opposite. Both happen in one transaction, parents before
children, so foreign keys hold at every step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from buurtapp.core.errors import BuurtappError
from buurtapp.core.i18n import N_
from buurtapp.core.model.labels import KIND_LABELS
from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.schema import TABLES

Key = tuple[Any, ...]
RowMap = dict[str, dict[Key, dict[str, Any]]]

_PK = {"attendance": ("session_id", "participant_id")}
_OTHER_LABELS = {"attendance": N_("The attendance")}


def primary_key(table: str) -> tuple[str, ...]:
    return _PK.get(table, ("id",))


@dataclass
class Change:
    """Rows before and after one operation; ``label`` names it for the Undo menu."""

    label: str
    before: RowMap = field(default_factory=dict)
    after: RowMap = field(default_factory=dict)
    #: The id of the record the operation was about (a new record's id after creating it).
    record_id: int | None = None

    @property
    def tables(self) -> set[str]:
        """Tables with rows that really differ."""
        return {
            t
            for t in set(self.before) | set(self.after)
            if self.before.get(t, {}) != self.after.get(t, {})
        }

    @property
    def empty(self) -> bool:
        return not self.tables


class Recorder:
    """Collects the before- and after-images of rows during an operation."""

    def __init__(self, database: Database, label: str) -> None:
        self.database = database
        self.change = Change(label)
        self._watched: list[tuple[str, str, tuple[Any, ...]]] = []

    def watch(self, table: str, where: str, params: Iterable[Any] = ()) -> None:
        """Record the rows matching ``where`` now, and again when :meth:`finish` is called."""
        params = tuple(params)
        self._watched.append((table, where, params))
        self._capture(self.change.before, table, where, params)

    def watch_new(self, table: str, where: str, params: Iterable[Any] = ()) -> None:
        """Like :meth:`watch` for rows the operation creates: they did not exist before."""
        self._watched.append((table, where, tuple(params)))
        self.change.before.setdefault(table, {})

    def finish(self) -> Change:
        for table, where, params in self._watched:
            self._capture(self.change.after, table, where, params)
        return self.change

    def _capture(self, into: RowMap, table: str, where: str, params: tuple[Any, ...]) -> None:
        rows = self.database.query(f"SELECT * FROM {table} WHERE {where}", params)
        pk = primary_key(table)
        bucket = into.setdefault(table, {})
        for row in rows:
            bucket[tuple(row[c] for c in pk)] = row


def _write(database: Database, target: RowMap, other: RowMap) -> None:
    """Make the rows in ``other`` look like ``target`` (rows only in ``other`` are removed)."""
    conn = database.conn
    for table in reversed(TABLES):  # children first
        pk = primary_key(table)
        gone = set(other.get(table, {})) - set(target.get(table, {}))
        for key in gone:
            conn.execute(f"DELETE FROM {table} WHERE " + " AND ".join(f"{c} = ?" for c in pk), key)
    for table in TABLES:  # parents first
        for row in target.get(table, {}).values():
            columns = list(row)
            updates = [c for c in columns if c not in primary_key(table)]
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)}) "
                f"ON CONFLICT ({', '.join(primary_key(table))}) DO "
            )
            sql += (
                "UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates)
                if updates
                else "NOTHING"
            )
            conn.execute(sql, tuple(row.values()))


def changed_since(database: Database, expected: RowMap, other: RowMap) -> list[str]:
    """Tables whose affected rows no longer look like ``expected`` (rows only in ``other``
    must be absent): someone else (another program, the command line) changed them since."""
    tables = []
    for table in TABLES:
        keys = set(expected.get(table, {})) | set(other.get(table, {}))
        if not keys:
            continue
        pk = primary_key(table)
        where = " AND ".join(f"{c} = ?" for c in pk)
        for key in keys:
            rows = database.query(f"SELECT * FROM {table} WHERE {where}", key)
            now = rows[0] if rows else None
            if now != expected.get(table, {}).get(key):
                tables.append(table)
                break
    return tables


def _guard(database: Database, expected: RowMap, other: RowMap, code: str) -> None:
    tables = changed_since(database, expected, other)
    if tables:
        label = KIND_LABELS.get(tables[0], _OTHER_LABELS.get(tables[0], tables[0]))
        raise BuurtappError(code, what=label)


def revert(database: Database, change: Change) -> None:
    """Undo ``change``: the affected rows become exactly what they were before.

    Refuses (``undo_changed_since``, nothing written) when the rows are no longer what the
    change left behind: undoing would overwrite what happened since."""
    with database.atomic():
        _guard(database, change.after, change.before, "undo_changed_since")
        _write(database, change.before, change.after)


def reapply(database: Database, change: Change) -> None:
    """Redo ``change`` after it was reverted; refuses likewise (``redo_changed_since``)."""
    with database.atomic():
        _guard(database, change.before, change.after, "redo_changed_since")
        _write(database, change.after, change.before)
