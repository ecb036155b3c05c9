"""The week page's data: sessions by day, and who to offer on a session's attendance list.

The window gets typed, frozen objects (:class:`WeekSession`, :class:`SessionInfo`,
:class:`Candidate`, :class:`FoundPerson`), so a widget reads ``session.starts_at`` as a
``datetime`` and leaves the showing of it to ``core.formatting``; the printed documents
(``core.documents.data``) read the same objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from buurtapp.core.model.core_group import core_group
from buurtapp.core.storage.connection import Database


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekSession:
    """One session as the week page lists it."""

    id: int
    activity_id: int
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    walk_ins: int
    notes: str
    title: str
    initiative_id: int
    initiative: str
    place_id: int | None
    place: str | None
    present: int  # people ticked on the attendance list (walk-ins not included)

    @property
    def day(self) -> date:
        return self.starts_at.date()


def week_sessions(
    database: Database, first: date, last: date, place_id: int | None = None
) -> list[WeekSession]:
    """Sessions whose date lies in [first, last], in time order, with names of what they are.

    ``place`` is the session's own place or else its activity's (SCHEMA.md).
    """
    sql = """
        SELECT s.id, s.activity_id, s.starts_at, s.ends_at, s.cancelled, s.walk_ins, s.notes,
            a.title, a.initiative_id, i.name AS initiative,
            coalesce(s.place_id, a.place_id) AS place_id, p.name AS place,
            (SELECT count(*) FROM attendance t WHERE t.session_id = s.id) AS present
        FROM sessions s
        JOIN activities a ON a.id = s.activity_id
        JOIN initiatives i ON i.id = a.initiative_id
        LEFT JOIN places p ON p.id = coalesce(s.place_id, a.place_id)
        WHERE s.starts_at >= :first AND s.starts_at < :after
    """
    params: dict[str, Any] = {
        "first": first.isoformat(),
        "after": (last + timedelta(days=1)).isoformat(),
    }
    if place_id is not None:
        sql += " AND coalesce(s.place_id, a.place_id) = :place"
        params["place"] = place_id
    sql += " ORDER BY s.starts_at, a.title COLLATE NOCASE, s.id"
    return [
        WeekSession(
            id=row["id"],
            activity_id=row["activity_id"],
            starts_at=datetime.fromisoformat(row["starts_at"]),
            ends_at=datetime.fromisoformat(row["ends_at"]),
            cancelled=bool(row["cancelled"]),
            walk_ins=int(row["walk_ins"] or 0),
            notes=row["notes"] or "",
            title=row["title"],
            initiative_id=row["initiative_id"],
            initiative=row["initiative"],
            place_id=row["place_id"],
            place=row["place"],
            present=int(row["present"]),
        )
        for row in database.query(sql, params)
    ]


class WeekLine(NamedTuple):
    """One session as a line of the week page: only what the line shows, times as stored text.

    The page lists a whole week (1,444 sessions in the large demo) on every change of week
    and after every tick; building a :class:`WeekSession` and parsing its times for each costs
    more than the 16 ms a keystroke may take, and the page formats only the lines in sight.
    """

    id: int
    starts_at: str  # 'YYYY-MM-DDTHH:MM'
    ends_at: str
    cancelled: bool
    walk_ins: int
    title: str
    place: str | None
    present: int  # people ticked on the attendance list (walk-ins not included)

    @property
    def day(self) -> str:
        """The session's date, 'YYYY-MM-DD'."""
        return self.starts_at[:10]


_WEEK_LINES = """
    SELECT s.id, s.starts_at, s.ends_at, s.cancelled, coalesce(s.walk_ins, 0), a.title, p.name,
        (SELECT count(*) FROM attendance t WHERE t.session_id = s.id)
    FROM sessions s
    JOIN activities a ON a.id = s.activity_id
    LEFT JOIN places p ON p.id = coalesce(s.place_id, a.place_id)
    WHERE s.starts_at >= :first AND s.starts_at < :after
    ORDER BY s.starts_at, a.title COLLATE NOCASE, s.id
"""


def week_lines(database: Database, first: date, last: date) -> list[WeekLine]:
    """The sessions whose date lies in [first, last] as the week page lists them, in the
    order of :func:`week_sessions` (time, then activity title, then id)."""
    params = {"first": first.isoformat(), "after": (last + timedelta(days=1)).isoformat()}
    return [
        WeekLine(row[0], row[1], row[2], bool(row[3]), int(row[4]), row[5], row[6], row[7])
        for row in database.conn.execute(_WEEK_LINES, params)
    ]


def week_counts(database: Database, first: date, last: date) -> dict[int, int]:
    """Session id -> people ticked, for the sessions whose date lies in [first, last]: what a
    tick or its undo changes on the week page (half the cost of :func:`week_lines`)."""
    rows = database.conn.execute(
        "SELECT s.id, (SELECT count(*) FROM attendance t WHERE t.session_id = s.id) "
        "FROM sessions s WHERE s.starts_at >= ? AND s.starts_at < ?",
        (first.isoformat(), (last + timedelta(days=1)).isoformat()),
    )
    return dict(rows.fetchall())


@dataclass(frozen=True)
class SessionInfo:
    """A session with the title of its activity and the place it is in (its own or else its
    activity's)."""

    id: int
    activity_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    place_id: int | None
    place: str | None


def session_details(database: Database, session_id: int) -> SessionInfo | None:
    """The session ``session_id`` with its activity's title and effective place, or None when
    it is gone."""
    rows = database.query(
        """SELECT s.id, s.activity_id, a.title, s.starts_at, s.ends_at, s.cancelled,
               coalesce(s.place_id, a.place_id) AS place_id, p.name AS place
           FROM sessions s JOIN activities a ON a.id = s.activity_id
           LEFT JOIN places p ON p.id = coalesce(s.place_id, a.place_id)
           WHERE s.id = ?""",
        (session_id,),
    )
    if not rows:
        return None
    row = rows[0]
    return SessionInfo(
        id=row["id"],
        activity_id=row["activity_id"],
        title=row["title"],
        starts_at=datetime.fromisoformat(row["starts_at"]),
        ends_at=datetime.fromisoformat(row["ends_at"]),
        cancelled=bool(row["cancelled"]),
        place_id=row["place_id"],
        place=row["place"],
    )


@dataclass(frozen=True)
class Candidate:
    """Someone on a session's attendance list, and why they are offered."""

    participant_id: int
    name: str
    present: bool
    core: bool
    last_time: bool


def candidates(database: Database, session_id: int) -> list[Candidate]:
    """Who to offer first: the core group and last session's attendees, then who is ticked.

    Everyone else is found by typing a name (see :func:`find_participants`).
    """
    info = session_details(database, session_id)
    if info is None:
        return []
    day = info.starts_at.date()
    core = set(core_group(database, info.activity_id, day - timedelta(days=1)))
    previous = database.query(
        """SELECT a.participant_id FROM attendance a WHERE a.session_id = (
               SELECT id FROM sessions WHERE activity_id = ?
               AND starts_at < (SELECT starts_at FROM sessions WHERE id = ?)
               AND cancelled = 0 ORDER BY starts_at DESC LIMIT 1)""",
        (info.activity_id, session_id),
    )
    last = {row["participant_id"] for row in previous}
    present = {
        row["participant_id"]
        for row in database.query(
            "SELECT participant_id FROM attendance WHERE session_id = ?", (session_id,)
        )
    }
    ids = core | last | present
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    people = database.query(
        f"SELECT id, name, anonymised_on FROM participants WHERE id IN ({marks})", tuple(ids)
    )
    result = [
        Candidate(p["id"], p["name"], p["id"] in present, p["id"] in core, p["id"] in last)
        for p in people
    ]
    result.sort(key=lambda c: (not c.core, not c.last_time, c.name.casefold()))
    return result


@dataclass(frozen=True)
class FoundPerson:
    """A participant found by typing part of the name."""

    id: int
    name: str
    neighbourhood: str | None


def find_participants(database: Database, text: str, limit: int = 20) -> list[FoundPerson]:
    """Participants (not anonymised) whose name contains ``text``; names that start with it
    first."""
    needle = " ".join(text.split())
    if not needle:
        return []
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = database.query(
        "SELECT id, name, neighbourhood FROM participants WHERE anonymised_on IS NULL "
        "AND name LIKE ? ESCAPE '\\' ORDER BY name LIKE ? ESCAPE '\\' DESC, "
        "name COLLATE NOCASE LIMIT ?",
        (f"%{escaped}%", f"{escaped}%", limit),
    )
    return [FoundPerson(row["id"], row["name"], row["neighbourhood"]) for row in rows]
