"""The insight definitions of SCHEMA.md, computed in SQL (no Qt).

A period is an inclusive date range; a session lies in it when the date of its start does;
"held" means not cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from buurtapp.core.database import Database

OWNER_ROLES = ("lead", "co_owner")

# Held sessions in the period, with the initiative they belong to.
_HELD = """
    SELECT s.id, a.initiative_id FROM sessions s JOIN activities a ON a.id = s.activity_id
    WHERE s.cancelled = 0 AND date(s.starts_at) BETWEEN :first AND :last
"""


def _period(first: date, last: date) -> dict:
    return {"first": first.isoformat(), "last": last.isoformat()}


# -- 2. ownership ------------------------------------------------------------------------------
@dataclass
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


# -- 4. bridging contacts ------------------------------------------------------------------------
_PAIRS = """
    WITH held AS ({held}),
    pairs AS (
        SELECT DISTINCT h.initiative_id, x.participant_id AS p, y.participant_id AS q
        FROM held h
        JOIN attendance x ON x.session_id = h.id
        JOIN attendance y ON y.session_id = h.id AND x.participant_id < y.participant_id
        JOIN participants px ON px.id = x.participant_id AND px.is_worker = 0
        JOIN participants py ON py.id = y.participant_id AND py.is_worker = 0
    )
    SELECT pairs.initiative_id, pairs.p, pairs.q,
        ((px.neighbourhood IS NOT NULL AND py.neighbourhood IS NOT NULL
          AND px.neighbourhood <> py.neighbourhood)
         OR (px.circle IS NOT NULL AND py.circle IS NOT NULL AND px.circle <> py.circle))
        AS bridging
    FROM pairs
    JOIN participants px ON px.id = pairs.p
    JOIN participants py ON py.id = pairs.q
"""


@dataclass
class InitiativeBridging:
    initiative_id: int
    pairs: int
    bridging_pairs: int


@dataclass
class Bridging:
    pairs: int = 0
    bridging_pairs: int = 0
    new_bridging_pairs: int = 0
    per_initiative: list[InitiativeBridging] = field(default_factory=list)


def bridging(
    database: Database, first: date, last: date, initiative_id: int | None = None
) -> Bridging:
    """Contact pairs and bridging pairs in the period (definition 4)."""
    held = _HELD + (" AND a.initiative_id = :initiative" if initiative_id is not None else "")
    params = {**_period(first, last), "initiative": initiative_id}
    rows = database.query(_PAIRS.format(held=held), params)
    result = Bridging()
    overall: dict[tuple[int, int], bool] = {}
    per: dict[int, list[int]] = {}
    for row in rows:
        key = (row["p"], row["q"])
        overall[key] = bool(row["bridging"])
        counts = per.setdefault(row["initiative_id"], [0, 0])
        counts[0] += 1
        counts[1] += int(bool(row["bridging"]))
    result.pairs = len(overall)
    bridging_keys = {k for k, b in overall.items() if b}
    result.bridging_pairs = len(bridging_keys)
    if bridging_keys:
        before = database.query(
            _PAIRS.format(
                held="""
                SELECT s.id, a.initiative_id FROM sessions s
                JOIN activities a ON a.id = s.activity_id
                WHERE s.cancelled = 0 AND date(s.starts_at) < :first"""
            ),
            params,
        )
        met = {(r["p"], r["q"]) for r in before}
        result.new_bridging_pairs = len(bridging_keys - met)
    result.per_initiative = [InitiativeBridging(i, c[0], c[1]) for i, c in sorted(per.items())]
    return result


# -- 5. intergenerational sessions -----------------------------------------------------------------
def intergenerational_sessions(
    database: Database, first: date, last: date, initiative_id: int | None = None
) -> list[int]:
    """Held sessions in the period with a child or youth and a senior present."""
    held = _HELD + (" AND a.initiative_id = :initiative" if initiative_id is not None else "")
    rows = database.query(
        f"""
        WITH held AS ({held})
        SELECT h.id FROM held h
        WHERE EXISTS (SELECT 1 FROM attendance t JOIN participants p ON p.id = t.participant_id
                      WHERE t.session_id = h.id AND p.age_group IN ('child', 'youth'))
          AND EXISTS (SELECT 1 FROM attendance t JOIN participants p ON p.id = t.participant_id
                      WHERE t.session_id = h.id AND p.age_group = 'senior')
        ORDER BY h.id
        """,
        {**_period(first, last), "initiative": initiative_id},
    )
    return [row["id"] for row in rows]
