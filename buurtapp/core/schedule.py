"""Turning activities into sessions, idempotently, up to a horizon.

Regenerating keeps every existing session with its attendance, walk-ins, notes and
cancellation; it adds the planned sessions that are missing and removes only future sessions
that no longer match the rule and hold nothing worth keeping.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from buurtapp.core.database import Database
from buurtapp.core.recurrence import from_text, planned_starts, to_text

#: How far ahead sessions are planned when an activity is saved or imported.
PLANNING_DAYS = 182


@dataclass
class ScheduleResult:
    added: int = 0
    removed: int = 0
    kept: int = 0

    def __iadd__(self, other: ScheduleResult) -> ScheduleResult:
        self.added += other.added
        self.removed += other.removed
        self.kept += other.kept
        return self


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59))


def regenerate(
    database: Database, activity_id: int, until: date, now: datetime | None = None
) -> ScheduleResult:
    """Bring the sessions of one activity in line with its rule, up to ``until``."""
    with database.atomic():
        return regenerate_in_transaction(database, activity_id, until, now or datetime.now())


def regenerate_all(database: Database, until: date, now: datetime | None = None) -> ScheduleResult:
    """Regenerate every activity (also ones another tool inserted) in one transaction."""
    total = ScheduleResult()
    moment = now or datetime.now()
    with database.atomic():
        for row in database.query("SELECT id FROM activities ORDER BY id"):
            total += regenerate_in_transaction(database, row["id"], until, moment)
    return total


def regenerate_in_transaction(
    database: Database, activity_id: int, until: date, now: datetime
) -> ScheduleResult:
    """The work of :func:`regenerate`, for callers that already hold a transaction."""
    activity = database.query(
        "SELECT rrule, starts_at, duration_minutes FROM activities WHERE id = ?", (activity_id,)
    )
    if not activity or not activity[0]["starts_at"]:
        return ScheduleResult()
    row = activity[0]
    first = from_text(row["starts_at"])
    duration = timedelta(minutes=int(row["duration_minutes"] or 120))
    wanted = {to_text(s) for s in planned_starts(row["rrule"], first, _end_of(until))}
    existing = database.query(
        "SELECT s.id, s.starts_at, s.cancelled, s.walk_ins, s.notes, "
        "EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id) AS attended "
        "FROM sessions s WHERE s.activity_id = ?",
        (activity_id,),
    )
    have = {s["starts_at"] for s in existing}
    result = ScheduleResult(kept=len(existing))
    now_text = to_text(now)
    stale = [
        s["id"]
        for s in existing
        if s["starts_at"] not in wanted
        and s["starts_at"] > now_text
        and not s["attended"]
        and not s["walk_ins"]
        and not s["notes"]
        and not s["cancelled"]
    ]
    conn = database.conn
    if stale:
        conn.executemany("DELETE FROM sessions WHERE id = ?", [(i,) for i in stale])
    missing = sorted(wanted - have)
    conn.executemany(
        "INSERT INTO sessions (uid, activity_id, starts_at, ends_at) VALUES (?, ?, ?, ?)",
        [(str(uuid.uuid4()), activity_id, s, to_text(from_text(s) + duration)) for s in missing],
    )
    result.added = len(missing)
    result.removed = len(stale)
    result.kept -= len(stale)
    return result
