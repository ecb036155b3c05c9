"""Create, read, update and list records of one table, each write one transaction.

One generic class serves every table: the dataclass in :mod:`buurtapp.core.model.records` gives the
columns. Deleting has rules per table and lives in :mod:`buurtapp.core.privacy.deletion`.
"""

from __future__ import annotations

import builtins
import dataclasses
import uuid
from collections.abc import Iterable
from typing import Any, Generic, TypeVar, cast

from buurtapp.core import clock
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.model.labels import KIND_LABELS
from buurtapp.core.model.validation import validate
from buurtapp.core.storage.connection import Database

T = TypeVar(
    "T",
    r.Place,
    r.Organisation,
    r.Participant,
    r.Initiative,
    r.Role,
    r.Funding,
    r.Activity,
    r.Session,
)


def new_uid() -> str:
    return str(uuid.uuid4())


class Repository(Generic[T]):
    """Typed access to one table of the public schema."""

    def __init__(self, database: Database, record_type: type[T]) -> None:
        self.database = database
        self.record_type: type[T] = record_type
        self.table = r.TABLE_OF[record_type]
        self.columns = [f.name for f in dataclasses.fields(record_type)]

    # -- reading -------------------------------------------------------------------------
    def _from_row(self, row: dict[str, Any]) -> T:
        return self.record_type(**{c: row[c] for c in self.columns})

    def get(self, record_id: int) -> T:
        """The record with ``record_id``; a readable error when it does not exist."""
        rows = self.database.query(
            f"SELECT {', '.join(self.columns)} FROM {self.table} WHERE id = ?", (record_id,)
        )
        if not rows:
            raise BuurtappError("not_found", label=KIND_LABELS[self.table], id=record_id)
        return self._from_row(rows[0])

    def list(
        self,
        where: dict[str, Any] | None = None,
        order_by: str = "id",
        limit: int | None = None,
    ) -> list[T]:
        """Records whose columns equal the values in ``where`` (None matches NULL)."""
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (where or {}).items():
            if column not in self.columns:
                raise ValueError(f"unknown column {column!r} for {self.table}")
            if value is None:
                clauses.append(f"{column} IS NULL")
            else:
                clauses.append(f"{column} = ?")
                params.append(value)
        order_columns = [c.strip().split()[0] for c in order_by.split(",")]
        if any(c not in self.columns for c in order_columns):
            raise ValueError(f"cannot order {self.table} by {order_by!r}")
        sql = f"SELECT {', '.join(self.columns)} FROM {self.table}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._from_row(row) for row in self.database.query(sql, tuple(params))]

    def count(self) -> int:
        total = cast("int | None", self.database.scalar(f"SELECT count(*) FROM {self.table}"))
        return int(total or 0)

    # -- writing -------------------------------------------------------------------------
    def _values(self, record: T) -> dict[str, Any]:
        return {c: getattr(record, c) for c in self.columns if c != "id"}

    def add(self, record: T) -> T:
        """Validate and insert ``record``; returns it with ``id`` and ``uid`` filled in."""
        validate(record)
        if not record.uid:
            record.uid = new_uid()
        values = self._values(record)
        if getattr(record, "created_on", "unset") is None:
            values["created_on"] = clock.today().isoformat()  # the one clock, not SQLite's
        with self.database.atomic() as conn:
            cursor = conn.execute(
                f"INSERT INTO {self.table} ({', '.join(values)}) "
                f"VALUES ({', '.join('?' for _ in values)})",
                tuple(values.values()),
            )
            record.id = cursor.lastrowid
        return self.get(record.id)  # type: ignore[arg-type]

    def add_many(self, items: Iterable[T]) -> builtins.list[T]:
        """Insert several records in one transaction: all or none."""
        stored: builtins.list[T] = []  # (``list`` here is the method above)
        with self.database.atomic():
            for record in items:
                stored.append(self.add(record))
        return stored

    def update(self, record: T) -> T:
        """Validate and write all columns of ``record`` (which must have an ``id``)."""
        if record.id is None:
            raise ValueError("update needs a stored record")
        validate(record)
        existing = self.get(record.id)
        record.uid = record.uid or existing.uid
        values: dict[str, Any] = self._values(record)
        with self.database.atomic() as conn:
            conn.execute(
                f"UPDATE {self.table} SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                (*values.values(), record.id),
            )
        return self.get(record.id)


class Repositories:
    """All repositories of one open database, by the name of their table."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.places = Repository(database, r.Place)
        self.organisations = Repository(database, r.Organisation)
        self.participants = Repository(database, r.Participant)
        self.initiatives = Repository(database, r.Initiative)
        self.roles = Repository(database, r.Role)
        self.fundings = Repository(database, r.Funding)
        self.activities = Repository(database, r.Activity)
        self.sessions = Repository(database, r.Session)
