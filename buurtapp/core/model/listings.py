"""The rows behind the window's lists: one query per kind, with the names of related records.

Each function returns plain dicts ordered by name, so a table model can show them as they come
and sort them itself without going back to SQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from buurtapp.core import clock
from buurtapp.core.model import fields
from buurtapp.core.storage.connection import Database

_QUERIES: dict[str, str] = {
    "initiatives": """
        SELECT i.id, i.name, i.status, i.started_on, p.name AS place,
            (SELECT count(*) FROM activities a WHERE a.initiative_id = i.id) AS activities,
            (SELECT group_concat(w.name, ', ') FROM roles r
                JOIN participants w ON w.id = r.participant_id
                WHERE r.initiative_id = i.id AND r.role = 'community_worker'
                AND w.is_worker = 1) AS community_worker
        FROM initiatives i LEFT JOIN places p ON p.id = i.place_id
        ORDER BY i.name COLLATE NOCASE, i.id
    """,
    "activities": """
        SELECT a.id, a.title, i.name AS initiative, p.name AS place, a.rrule, a.starts_at,
            a.duration_minutes, a.age_groups,
            (SELECT min(s.starts_at) FROM sessions s
                WHERE s.activity_id = a.id AND s.cancelled = 0
                AND s.starts_at >= :now)
                AS next_session
        FROM activities a
        JOIN initiatives i ON i.id = a.initiative_id
        LEFT JOIN places p ON p.id = a.place_id
        ORDER BY a.title COLLATE NOCASE, a.id
    """,
    "participants": """
        SELECT pa.id, pa.name, pa.neighbourhood, pa.circle, pa.age_group, pa.phone, pa.email,
            pa.is_worker, pa.anonymised_on, o.name AS organisation
        FROM participants pa LEFT JOIN organisations o ON o.id = pa.organisation_id
        ORDER BY pa.name COLLATE NOCASE, pa.id
    """,
    "places": """
        SELECT pl.id, pl.name, pl.address, pl.neighbourhood, pl.capacity, pl.accessible,
            (SELECT count(*) FROM activities a WHERE a.place_id = pl.id) AS activities
        FROM places pl
        ORDER BY pl.name COLLATE NOCASE, pl.id
    """,
    "organisations": """
        SELECT o.id, o.name, o.kind,
            (SELECT count(DISTINCT r.initiative_id) FROM roles r
                WHERE r.organisation_id = o.id) AS initiatives,
            (SELECT count(*) FROM participants pa WHERE pa.organisation_id = o.id) AS people
        FROM organisations o
        ORDER BY o.name COLLATE NOCASE, o.id
    """,
}

KINDS = tuple(_QUERIES)


def rows(database: Database, kind: str, now: datetime | None = None) -> list[dict[str, Any]]:
    """All rows of the list ``kind`` (one of :data:`KINDS`); "next" is counted from ``now``.

    Rows stay mappings on purpose: a list page's table model shows any kind through columns
    keyed by name (and sorts on the same key), so a class per kind would add nothing but a
    second place to keep the column names.
    """
    moment = (now or clock.now()).strftime("%Y-%m-%dT%H:%M")
    params = {"now": moment} if kind == "activities" else {}
    return database.query(_QUERIES[kind], params)


_CHOICES = {
    "places": "SELECT id, name FROM places ORDER BY name COLLATE NOCASE",
    "organisations": "SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE",
    "participants": "SELECT id, name FROM participants WHERE anonymised_on IS NULL "
    "ORDER BY name COLLATE NOCASE",
    "workers": "SELECT id, name FROM participants WHERE is_worker = 1 AND anonymised_on IS NULL "
    "ORDER BY name COLLATE NOCASE",
    "initiatives": "SELECT id, name FROM initiatives ORDER BY name COLLATE NOCASE",
}


def choices(database: Database, kind: str) -> list[tuple[int, str]]:
    """(id, name) pairs to pick a related record from, by name."""
    return [(row["id"], row["name"]) for row in database.query(_CHOICES[kind])]


def distinct_values(database: Database, table: str, column: str) -> list[str]:
    """Values already used in a text column for completion: the fields the registry declares
    with ``complete=True`` (neighbourhoods, circles, ...)."""
    try:
        completes = fields.field(table, column).complete
    except KeyError:
        completes = False
    if not completes:
        raise ValueError(f"no completion for {table}.{column}")
    rows = database.query(
        f"SELECT DISTINCT {column} AS v FROM {table} WHERE {column} IS NOT NULL "
        f"ORDER BY {column} COLLATE NOCASE"
    )
    return [row["v"] for row in rows]


_DETAILS = {
    "roles": """
        SELECT r.id, r.role, r.since, r.until, r.participant_id, r.organisation_id,
            coalesce(p.name, o.name) AS holder,
            CASE WHEN o.id IS NOT NULL THEN o.kind
                 WHEN p.is_worker = 1 THEN 'professional' ELSE 'resident' END AS holder_kind
        FROM roles r LEFT JOIN participants p ON p.id = r.participant_id
        LEFT JOIN organisations o ON o.id = r.organisation_id
        WHERE r.initiative_id = ? ORDER BY r.role, holder COLLATE NOCASE
    """,
    "fundings": """
        SELECT f.id, f.description, f.amount_cents, f.starts_on, f.ends_on, f.status,
            o.name AS funder
        FROM fundings f LEFT JOIN organisations o ON o.id = f.organisation_id
        WHERE f.initiative_id = ? ORDER BY f.starts_on, f.id
    """,
    "activities": """
        SELECT a.id, a.title, a.rrule, a.starts_at, p.name AS place,
            (SELECT count(*) FROM sessions s WHERE s.activity_id = a.id) AS sessions
        FROM activities a LEFT JOIN places p ON p.id = a.place_id
        WHERE a.initiative_id = ? ORDER BY a.title COLLATE NOCASE
    """,
}


def initiative_details(database: Database, kind: str, initiative_id: int) -> list[dict[str, Any]]:
    """The roles, fundings or activities of one initiative, for its dialog.

    Mappings, like :func:`rows`: the dialog shows them in the same generic table model, whose
    columns are keyed by these names (and sort on them).
    """
    return database.query(_DETAILS[kind], (initiative_id,))
