"""The insight definitions of SCHEMA.md, computed in SQL (no Qt).

A period is an inclusive date range; a session lies in it when the date of its start does;
"held" means not cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from buurtapp.core.insights.period_attendance import (
    IN_PERIOD,
    PeriodAttendance,
    bitsets,
    load,
    load_before,
    pairs,
    period_params,
)
from buurtapp.core.storage.connection import Database

_period = period_params
_IN_PERIOD = IN_PERIOD


# -- 2. ownership ----------
@dataclass(frozen=True)
class Ownership:
    initiative_id: int
    owner_kinds: list[str]

    @property
    def shared(self) -> bool:
        kinds = set(self.owner_kinds)
        return "residents" in kinds and bool(kinds & {"municipality", "civil_society"})


def ownership(database: Database, status: str | None = "active") -> list[Ownership]:
    """Owner kinds per initiative (of ``status``, or all when None), by id."""
    rows = database.query(
        """
        SELECT i.id AS initiative_id, group_concat(DISTINCT k.kind) AS kinds
        FROM initiatives i
        LEFT JOIN (
            SELECT r.initiative_id, coalesce(o.kind,
                CASE WHEN p.is_worker = 1 THEN 'civil_society' ELSE 'residents' END) AS kind
            FROM roles r
            LEFT JOIN organisations o ON o.id = r.organisation_id
            LEFT JOIN participants p ON p.id = r.participant_id
            WHERE r.role IN ('lead', 'co_owner')
        ) k ON k.initiative_id = i.id
        WHERE (:status IS NULL OR i.status = :status)
        GROUP BY i.id ORDER BY i.id
        """,
        {"status": status},
    )
    return [
        Ownership(r["initiative_id"], sorted((r["kinds"] or "").split(",")) if r["kinds"] else [])
        for r in rows
    ]


# -- 4. bridging contacts ----------
# Pairs are found with one bitset per (initiative, participant) over the initiative's sessions:
# two people met when their bitsets share a bit. On the large demo (1.6 million pair rows for
# a year) this takes a third of the time of a self-join of attendance in SQL.


def bridging_only(database: Database, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs that bridge: other neighbourhoods, or other circles (definition 4)."""
    people = {
        row[0]: (row[1], row[2])
        for row in database.conn.execute(
            "SELECT id, neighbourhood, circle FROM participants WHERE is_worker = 0"
        )
    }
    bridging = set()
    for p, q in pairs:
        (hood_p, circle_p), (hood_q, circle_q) = people[p], people[q]
        if (hood_p is not None and hood_q is not None and hood_p != hood_q) or (
            circle_p is not None and circle_q is not None and circle_p != circle_q
        ):
            bridging.add((p, q))
    return bridging


@dataclass(frozen=True)
class InitiativeBridging:
    initiative_id: int
    pairs: int
    bridging_pairs: int


@dataclass(frozen=True)
class Bridging:
    pairs: int = 0
    bridging_pairs: int = 0
    new_bridging_pairs: int = 0
    per_initiative: tuple[InitiativeBridging, ...] = ()


def bridging(
    database: Database,
    first: date,
    last: date,
    initiative_id: int | None = None,
    data: PeriodAttendance | None = None,
) -> Bridging:
    """Contact pairs and bridging pairs in the period (definition 4)."""
    data = data or load(database, first, last, initiative_id)
    per = pairs(data.sessions)
    overall: set[tuple[int, int]] = set()
    for found in per.values():  # one union per initiative, not one of all at once: the
        overall |= found  # page's thread then lets the window's thread run in between
    bridges = bridging_only(database, overall)
    new = 0
    if bridges:
        # Met before the period: any held session before it, in any initiative.
        seen = bitsets(load_before(database, first).sessions, per_initiative=False).get(0, {})
        new = sum(1 for p, q in bridges if not (seen.get(p, 0) & seen.get(q, 0)))
    return Bridging(
        len(overall),
        len(bridges),
        new,
        tuple(
            InitiativeBridging(i, len(found), len(found & bridges))
            for i, found in sorted(per.items())
            if found
        ),
    )


# -- 5. intergenerational sessions ----------
def intergenerational_sessions(
    database: Database,
    first: date,
    last: date,
    initiative_id: int | None = None,
    data: PeriodAttendance | None = None,
) -> list[int]:
    """Held sessions in the period with a child or youth and a senior present."""
    data = data or load(database, first, last, initiative_id)
    return sorted(held.session for held in data.sessions if held.young and held.senior)


# -- 1. small-scale initiatives ----------
@dataclass(frozen=True)
class SmallInitiative:
    id: int
    name: str
    participants: int
    sessions: int


def small_initiatives(
    database: Database,
    first: date,
    last: date,
    maximum: int = 15,
    data: PeriodAttendance | None = None,
) -> list[SmallInitiative]:
    """Active, resident-led initiatives that 1 to 15 people came to (lesson 4), most regular
    first, then by name: never by reach."""
    data = data or load(database, first, last)
    people: dict[int, set[int]] = {}
    for held in data.sessions:
        people.setdefault(held.initiative, set()).update(held.everyone)
    meetings: dict[int, int] = {}
    for initiative in data.held.values():
        meetings[initiative] = meetings.get(initiative, 0) + 1
    candidates = database.query(
        """SELECT i.id, i.name FROM initiatives i WHERE i.status = 'active'
           AND EXISTS (SELECT 1 FROM roles r JOIN participants p ON p.id = r.participant_id
                       WHERE r.initiative_id = i.id AND r.role IN ('lead', 'co_owner')
                         AND p.is_worker = 0)"""
    )
    found = [
        SmallInitiative(c["id"], c["name"], len(people[c["id"]]), meetings[c["id"]])
        for c in candidates
        if 1 <= len(people.get(c["id"], ())) <= maximum
    ]
    found.sort(key=lambda s: (-s.sessions, s.name.casefold(), s.id))
    return found


# -- 3. community worker ----------
def without_community_worker(database: Database) -> list[int]:
    """Active initiatives without a community worker (a professional) among their roles."""
    rows = database.query(
        """SELECT i.id FROM initiatives i WHERE i.status = 'active' AND NOT EXISTS (
               SELECT 1 FROM roles r JOIN participants p ON p.id = r.participant_id
               WHERE r.initiative_id = i.id AND r.role = 'community_worker'
                 AND p.is_worker = 1)
           ORDER BY i.id"""
    )
    return [row["id"] for row in rows]


# -- 6. core groups ----------
def core_groups(database: Database, on: date) -> dict[int, list[int]]:
    """Per activity, its core group on date ``on`` (definition 6); only non-empty groups."""
    from buurtapp.core.model.core_group import MINIMUM, WINDOW_DAYS

    first = on - timedelta(days=WINDOW_DAYS - 1)
    rows = database.query(
        """
        WITH held AS (
            SELECT s.id, s.activity_id FROM sessions s
            WHERE s.cancelled = 0 AND s.starts_at >= :first AND s.starts_at < :after),
        counts AS (SELECT activity_id, count(*) AS n FROM held GROUP BY activity_id),
        came AS (
            SELECT h.activity_id, t.participant_id, count(*) AS n FROM held h
            JOIN attendance t ON t.session_id = h.id GROUP BY h.activity_id, t.participant_id)
        SELECT came.activity_id, came.participant_id FROM came
        JOIN counts USING (activity_id)
        WHERE came.n >= :minimum AND 2 * came.n >= counts.n
        ORDER BY came.activity_id, came.participant_id
        """,
        {**_period(first, on), "minimum": MINIMUM},
    )
    groups: dict[int, list[int]] = {}
    for row in rows:
        groups.setdefault(row["activity_id"], []).append(row["participant_id"])
    return groups


# -- 7. continuity ----------
RUNNING_OUT_DAYS = 90
SILENT_DAYS = 56


def funding_running_out(database: Database, on: date) -> list[int]:
    """Granted funding ending within 90 days of ``on`` with no later funding after it."""
    rows = database.query(
        """SELECT f.id FROM fundings f
           WHERE f.status = 'granted' AND f.ends_on BETWEEN :d AND :until
             AND NOT EXISTS (
                 SELECT 1 FROM fundings g WHERE g.initiative_id = f.initiative_id
                 AND g.id <> f.id AND g.status IN ('granted', 'requested')
                 AND g.ends_on > f.ends_on)
           ORDER BY f.id""",
        {"d": on.isoformat(), "until": (on + timedelta(days=RUNNING_OUT_DAYS)).isoformat()},
    )
    return [row["id"] for row in rows]


def fallen_silent(database: Database, on: date) -> list[int]:
    """Active initiatives that met before, but not in the 56 days before ``on``."""
    since = (on - timedelta(days=SILENT_DAYS)).isoformat()
    rows = database.query(
        """SELECT i.id FROM initiatives i WHERE i.status = 'active'
           AND EXISTS (SELECT 1 FROM sessions s JOIN activities a ON a.id = s.activity_id
               WHERE a.initiative_id = i.id AND s.cancelled = 0
                 AND date(s.starts_at) < :since)
           AND NOT EXISTS (SELECT 1 FROM sessions s JOIN activities a ON a.id = s.activity_id
               WHERE a.initiative_id = i.id AND s.cancelled = 0
                 AND date(s.starts_at) BETWEEN :since AND :yesterday)
           ORDER BY i.id""",
        {"since": since, "yesterday": (on - timedelta(days=1)).isoformat()},
    )
    return [row["id"] for row in rows]


# -- 8. place conflicts ----------
def place_conflicts(database: Database, first: date, last: date) -> list[tuple[int, int]]:
    """Pairs of held sessions of different activities at one place whose times overlap.

    Of two overlapping sessions one starts while the other runs, so a range scan on
    (place, start) finds every pair.
    """
    conn = database.conn
    conn.execute("DROP TABLE IF EXISTS temp.insight_places")
    conn.execute(
        "CREATE TEMP TABLE insight_places AS "
        "SELECT s.id, s.activity_id, s.starts_at, s.ends_at, "
        "coalesce(s.place_id, a.place_id) AS place_id "
        "FROM sessions s JOIN activities a ON a.id = s.activity_id "
        f"WHERE s.cancelled = 0 AND {_IN_PERIOD} "
        "AND coalesce(s.place_id, a.place_id) IS NOT NULL",
        _period(first, last),
    )
    try:
        conn.execute(
            "CREATE INDEX temp.insight_places_start ON insight_places (place_id, starts_at)"
        )
        rows = conn.execute(
            """SELECT DISTINCT min(x.id, y.id), max(x.id, y.id)
               FROM temp.insight_places x JOIN temp.insight_places y
                 ON y.place_id = x.place_id AND y.starts_at >= x.starts_at
                AND y.starts_at < x.ends_at AND y.id <> x.id
              WHERE x.activity_id <> y.activity_id
              ORDER BY 1, 2"""
        ).fetchall()
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.insight_places")
    return [(a, b) for a, b in rows]
