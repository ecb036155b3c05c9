"""What the Inzichten page shows beside the registered insights: places and their hours,
neighbourhoods without a place, the community workers' load, funding on a time line, the
spotlight of the small gems and a month-by-month series. Everything here is read-only, Qt-free
and typed: the window and the print read frozen objects, never rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtapp.core.insights.period_attendance import (
    IN_PERIOD,
    PeriodAttendance,
    bitsets,
    load,
    load_before,
    period_params,
)
from buurtapp.core.storage.connection import Database


def names(database: Database, table: str, ids: list[int]) -> dict[int, str]:
    """id -> name (or title) of records of ``table``."""
    if not ids:
        return {}
    column = "title" if table == "activities" else "name"
    marks = ", ".join("?" for _ in ids)
    rows = database.conn.execute(
        f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", tuple(ids)
    ).fetchall()
    return dict(rows)


@dataclass(frozen=True)
class Spotlight:
    """What the spotlight tells of an initiative besides its figures."""

    id: int
    started_on: date | None
    story: str | None
    status: str


def initiatives_info(database: Database, ids: list[int]) -> dict[int, Spotlight]:
    """id -> started_on, story and status, for the spotlight."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = database.query(
        f"SELECT id, started_on, story, status FROM initiatives WHERE id IN ({marks})",
        tuple(ids),
    )
    return {
        r["id"]: Spotlight(
            r["id"],
            _day(r["started_on"]),
            r["story"],
            r["status"],
        )
        for r in rows
    }


def _day(value: str | None) -> date | None:
    """A stored date, or None when it is missing or not a date (damaged text shows nothing)."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class PlaceHours:
    id: int
    name: str
    neighbourhood: str | None
    sessions: int
    hours_per_week: float


def place_hours(database: Database, first: date, last: date) -> list[PlaceHours]:
    """Per place: hours of held sessions per week in the period (lesson 1)."""
    weeks = max(1.0, ((last - first).days + 1) / 7)
    rows = database.query(
        f"""SELECT p.id, p.name, p.neighbourhood, count(*) AS sessions,
                sum((julianday(s.ends_at) - julianday(s.starts_at)) * 24) AS hours
            FROM sessions s JOIN activities a ON a.id = s.activity_id
            JOIN places p ON p.id = coalesce(s.place_id, a.place_id)
            WHERE s.cancelled = 0 AND {IN_PERIOD}
            GROUP BY p.id ORDER BY hours DESC, p.name COLLATE NOCASE""",
        period_params(first, last),
    )
    return [
        PlaceHours(
            r["id"], r["name"], r["neighbourhood"], r["sessions"], round(r["hours"] / weeks, 1)
        )
        for r in rows
    ]


@dataclass(frozen=True)
class WithoutPlace:
    neighbourhood: str
    residents: int


def neighbourhoods_without_place(database: Database, first: date, last: date) -> list[WithoutPlace]:
    """Neighbourhoods whose residents came to sessions in the period but that have no place."""
    rows = database.query(
        f"""SELECT p.neighbourhood, count(DISTINCT p.id) AS residents
            FROM attendance t JOIN participants p ON p.id = t.participant_id
            JOIN sessions s ON s.id = t.session_id
            WHERE s.cancelled = 0 AND {IN_PERIOD} AND p.neighbourhood IS NOT NULL
              AND p.neighbourhood NOT IN (SELECT neighbourhood FROM places
                                          WHERE neighbourhood IS NOT NULL)
            GROUP BY p.neighbourhood ORDER BY residents DESC, p.neighbourhood""",
        period_params(first, last),
    )
    return [WithoutPlace(r["neighbourhood"], r["residents"]) for r in rows]


@dataclass(frozen=True)
class WorkerLoad:
    id: int
    name: str
    initiatives: int
    active: int


def workload(database: Database) -> list[WorkerLoad]:
    """Per community worker: the initiatives they support (active ones counted apart)."""
    rows = database.query(
        """SELECT p.id, p.name, count(DISTINCT r.initiative_id) AS initiatives,
               count(DISTINCT CASE WHEN i.status = 'active' THEN i.id END) AS active
           FROM roles r JOIN participants p ON p.id = r.participant_id
           JOIN initiatives i ON i.id = r.initiative_id
           WHERE r.role = 'community_worker' AND p.is_worker = 1
           GROUP BY p.id ORDER BY active DESC, p.name COLLATE NOCASE"""
    )
    return [WorkerLoad(r["id"], r["name"], r["initiatives"], r["active"]) for r in rows]


@dataclass(frozen=True)
class FundingSpan:
    """One funding as a bar on the time line: who gets it, from when until when."""

    id: int
    initiative_id: int
    initiative: str
    starts_on: date
    ends_on: date
    status: str  # "granted" or "requested"


def funding_timeline(database: Database, first: date, last: date) -> list[FundingSpan]:
    """Granted and requested funding that runs during [first, last], by initiative."""
    rows = database.query(
        """SELECT f.id, f.initiative_id, i.name AS initiative, f.starts_on, f.ends_on,
               f.status FROM fundings f JOIN initiatives i ON i.id = f.initiative_id
           WHERE f.status IN ('granted', 'requested') AND f.starts_on IS NOT NULL
             AND f.ends_on IS NOT NULL AND f.starts_on <= :last AND f.ends_on >= :first
           ORDER BY i.name COLLATE NOCASE, f.starts_on""",
        {"first": first.isoformat(), "last": last.isoformat()},
    )
    return [
        FundingSpan(
            id=r["id"],
            initiative_id=r["initiative_id"],
            initiative=r["initiative"],
            starts_on=date.fromisoformat(r["starts_on"]),
            ends_on=date.fromisoformat(r["ends_on"]),
            status=r["status"],
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Month:
    month: str  # YYYY-MM
    new_pairs: int  # residents who met for the first time in the period, this month
    new_bridging_pairs: int
    intergenerational: int


def monthly(
    database: Database, first: date, last: date, data: PeriodAttendance | None = None
) -> list[Month]:
    """Per calendar month: new contacts (residents who had never shared a session before) and
    how many of them bridge, and intergenerational sessions.

    Sessions get bits in time order, so the lowest bit two people share is the first time
    they met.
    """
    data = data or load(database, first, last)
    starts = dict(
        database.conn.execute(
            f"SELECT s.id, s.starts_at FROM sessions s WHERE {IN_PERIOD}",
            period_params(first, last),
        ).fetchall()
    )
    # In time order, by the position SQLite's order gives each session: a sort of 68,000
    # (text, id) keys held the interpreter 0.1 s, stalling the window while the page filled.
    order = {
        session: n
        for n, (session,) in enumerate(
            database.conn.execute(
                f"SELECT s.id FROM sessions s WHERE {IN_PERIOD} ORDER BY s.starts_at, s.id",
                period_params(first, last),
            )
        )
    }
    sessions = sorted(data.sessions, key=lambda h: order[h.session])
    bits: dict[int, dict[int, int]] = {}
    slot_month: dict[int, list[str]] = {}
    inter: dict[str, int] = {}
    for held in sessions:
        month = starts[held.session][:7]
        if held.young and held.senior:
            inter[month] = inter.get(month, 0) + 1
        slots = slot_month.setdefault(held.initiative, [])
        bit = 1 << len(slots)
        slots.append(month)
        people = bits.setdefault(held.initiative, {})
        for person in held.residents:
            people[person] = people.get(person, 0) | bit
    earlier = bitsets(load_before(database, first).sessions, per_initiative=False).get(0, {})
    first_met: dict[tuple[int, int], str] = {}
    for initiative, people in bits.items():
        ids = sorted(people)
        slots = slot_month[initiative]
        for n, p in enumerate(ids):
            mine = people[p]
            for q in ids[n + 1 :]:
                common = mine & people[q]
                if common and not (earlier.get(p, 0) & earlier.get(q, 0)):
                    month = slots[(common & -common).bit_length() - 1]
                    known = first_met.get((p, q))
                    if known is None or month < known:
                        first_met[(p, q)] = month
    from buurtapp.core.insights.lessons import bridging_only

    bridging = bridging_only(database, set(first_met))
    new: dict[str, int] = {}
    new_bridging: dict[str, int] = {}
    for pair, month in first_met.items():
        new[month] = new.get(month, 0) + 1
        if pair in bridging:
            new_bridging[month] = new_bridging.get(month, 0) + 1
    months = sorted(set(inter) | set(new) | {first.isoformat()[:7], last.isoformat()[:7]})
    return [Month(m, new.get(m, 0), new_bridging.get(m, 0), inter.get(m, 0)) for m in months]
