"""A tiny hand-built neighbourhood for testing the insight definitions precisely."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from buurtapp.core.storage.connection import Database


class World:
    """Writes rows straight into the public tables, as another tool could."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self.conn = database.conn

    def _insert(self, table: str, **values: object) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
        )
        self.conn.commit()
        return int(cursor.lastrowid)

    def person(
        self,
        name: str = "P",
        hood: str | None = None,
        circle: str | None = None,
        age: str | None = "adult",
        worker: int = 0,
    ) -> int:
        return self._insert(
            "participants",
            name=name,
            neighbourhood=hood,
            circle=circle,
            age_group=age,
            is_worker=worker,
        )

    def org(self, name: str, kind: str) -> int:
        return self._insert("organisations", name=name, kind=kind)

    def place(self, name: str = "Buurthuis", hood: str | None = None) -> int:
        return self._insert("places", name=name, neighbourhood=hood)

    def initiative(self, name: str = "I", status: str = "active") -> int:
        return self._insert("initiatives", name=name, status=status)

    def role(
        self, initiative: int, role: str, person: int | None = None, org: int | None = None
    ) -> int:
        return self._insert(
            "roles", initiative_id=initiative, role=role, participant_id=person, organisation_id=org
        )

    def activity(self, initiative: int, place: int | None = None, title: str = "A") -> int:
        return self._insert(
            "activities",
            initiative_id=initiative,
            title=title,
            place_id=place,
            starts_at="2026-01-01T10:00",
        )

    def session(
        self,
        activity: int,
        when: str | date,
        minutes: int = 60,
        cancelled: int = 0,
        place: int | None = None,
    ) -> int:
        start = (
            datetime.combine(when, datetime.min.time()).replace(hour=10)
            if isinstance(when, date)
            else datetime.fromisoformat(when)
        )
        return self._insert(
            "sessions",
            activity_id=activity,
            starts_at=start.strftime("%Y-%m-%dT%H:%M"),
            ends_at=(start + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M"),
            cancelled=cancelled,
            place_id=place,
        )

    def attend(self, session: int, *people: int) -> None:
        self.conn.executemany(
            "INSERT INTO attendance VALUES (?, ?)", [(session, p) for p in people]
        )
        self.conn.commit()

    def funding(self, initiative: int, status: str, starts: str | None, ends: str | None) -> int:
        return self._insert(
            "fundings", initiative_id=initiative, status=status, starts_on=starts, ends_on=ends
        )
