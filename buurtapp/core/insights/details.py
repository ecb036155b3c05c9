"""What the Inzichten page shows next to the bare insight numbers: names, dates, hours and a
month-by-month series. Everything here is read-only and Qt-free."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

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


def initiatives_info(database: Database, ids: list[int]) -> dict[int, dict[str, Any]]:
    """id -> started_on, story and status, for the spotlight."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {
        r["id"]: r
        for r in database.query(
            f"SELECT id, name, started_on, story, status FROM initiatives WHERE id IN ({marks})",
            tuple(ids),
        )
    }


def place_hours(database: Database, first: date, last: date) -> list[dict[str, Any]]:
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
    for row in rows:
        row["hours_per_week"] = round(row["hours"] / weeks, 1)
    return rows


def neighbourhoods_without_place(
    database: Database, first: date, last: date
) -> list[dict[str, Any]]:
    """Neighbourhoods whose residents came to sessions in the period but that have no place."""
    return database.query(
        f"""SELECT p.neighbourhood, count(DISTINCT p.id) AS residents
            FROM attendance t JOIN participants p ON p.id = t.participant_id
            JOIN sessions s ON s.id = t.session_id
            WHERE s.cancelled = 0 AND {IN_PERIOD} AND p.neighbourhood IS NOT NULL
              AND p.neighbourhood NOT IN (SELECT neighbourhood FROM places
                                          WHERE neighbourhood IS NOT NULL)
            GROUP BY p.neighbourhood ORDER BY residents DESC, p.neighbourhood""",
        period_params(first, last),
    )


def conflict_details(database: Database, pairs_: list[list[int]]) -> list[dict[str, Any]]:
    """The two sessions of each place conflict, with names, place and time."""
    ids = sorted({i for pair in pairs_ for i in pair})
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    sessions = {
        r["id"]: r
        for r in database.query(
            f"""SELECT s.id, s.starts_at, s.ends_at, a.title, a.initiative_id,
                pl.name AS place FROM sessions s JOIN activities a ON a.id = s.activity_id
            LEFT JOIN places pl ON pl.id = coalesce(s.place_id, a.place_id)
            WHERE s.id IN ({marks})""",
            tuple(ids),
        )
    }
    return [{"first": sessions[a], "second": sessions[b]} for a, b in pairs_]


def funding_details(database: Database, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return database.query(
        f"""SELECT f.id, f.initiative_id, i.name AS initiative, o.name AS funder,
                f.amount_cents, f.starts_on, f.ends_on, f.status
            FROM fundings f JOIN initiatives i ON i.id = f.initiative_id
            LEFT JOIN organisations o ON o.id = f.organisation_id
            WHERE f.id IN ({marks}) ORDER BY f.ends_on, i.name""",
        tuple(ids),
    )


def funding_timeline(database: Database, first: date, last: date) -> list[dict[str, Any]]:
    """Granted and requested funding that runs during [first, last], by initiative."""
    return database.query(
        """SELECT f.id, f.initiative_id, i.name AS initiative, f.starts_on, f.ends_on,
               f.status FROM fundings f JOIN initiatives i ON i.id = f.initiative_id
           WHERE f.status IN ('granted', 'requested') AND f.starts_on IS NOT NULL
             AND f.ends_on IS NOT NULL AND f.starts_on <= :last AND f.ends_on >= :first
           ORDER BY i.name COLLATE NOCASE, f.starts_on""",
        {"first": first.isoformat(), "last": last.isoformat()},
    )


def last_sessions(database: Database, initiative_ids: list[int]) -> dict[int, str]:
    """When each initiative last met (held sessions)."""
    if not initiative_ids:
        return {}
    marks = ", ".join("?" for _ in initiative_ids)
    rows = database.conn.execute(
        f"""SELECT a.initiative_id, max(s.starts_at) FROM sessions s
            JOIN activities a ON a.id = s.activity_id
            WHERE s.cancelled = 0 AND a.initiative_id IN ({marks})
              AND s.starts_at < date('now', 'localtime', '+1 day')
            GROUP BY a.initiative_id""",
        tuple(initiative_ids),
    ).fetchall()
    return dict(rows)


@dataclass
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
    sessions = sorted(data.sessions, key=lambda h: (starts[h.session], h.session))
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


def bundle(
    database: Database,
    first: date,
    last: date,
    on: date,
    progress: Callable[[int, str], None] | None = None,
) -> dict[str, Any]:
    """Everything the Inzichten page shows, in one go (run off the GUI thread)."""
    from buurtapp.core.insights import lessons as insights
    from buurtapp.core.insights.report import compute

    def step(percent: int, what: str) -> None:
        if progress is not None:
            progress(percent, what)

    step(5, "insights")
    data = load(database, first, last)
    result = compute(database, first, last, on, data=data)
    step(45, "details")
    small_ids = [s["id"] for s in result["small_initiatives"]]
    owner_ids = [o["initiative_id"] for o in result["ownership"]]
    bridge_ids = [p["initiative_id"] for p in result["bridging"]["per_initiative"]]
    initiative_names = names(
        database,
        "initiatives",
        sorted(
            set(
                small_ids
                + owner_ids
                + bridge_ids
                + result["without_community_worker"]
                + result["fallen_silent"]
            )
        ),
    )
    details = {
        "spotlight": initiatives_info(database, small_ids),
        "initiative_names": initiative_names,
        "workload": insights.workload(database),
        "place_hours": place_hours(database, first, last),
        "without_place": neighbourhoods_without_place(database, first, last),
        "conflicts": conflict_details(database, result["place_conflicts"][:500]),
        "running_out": funding_details(database, result["funding_running_out"]),
        "timeline": funding_timeline(database, first, last),
        "last_sessions": last_sessions(database, result["fallen_silent"]),
        "intergenerational_per_initiative": _per_initiative(
            database, result["intergenerational_sessions"]
        ),
    }
    step(70, "months")
    details["monthly"] = monthly(database, first, last, data)
    step(100, "done")
    return {"insights": result, "details": details, "first": first, "last": last, "on": on}


def _per_initiative(database: Database, session_ids: list[int]) -> dict[int, int]:
    if not session_ids:
        return {}
    counts: dict[int, int] = {}
    for chunk in range(0, len(session_ids), 900):
        part = session_ids[chunk : chunk + 900]
        marks = ", ".join("?" for _ in part)
        for initiative, n in database.conn.execute(
            f"SELECT a.initiative_id, count(*) FROM sessions s JOIN activities a "
            f"ON a.id = s.activity_id WHERE s.id IN ({marks}) GROUP BY 1",
            tuple(part),
        ):
            counts[initiative] = counts.get(initiative, 0) + n
    return counts
