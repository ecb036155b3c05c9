"""The core group (vaste kern) of an activity, SCHEMA.md definition 6 (lesson 7).

The participants who attended at least half of the activity's held sessions in the 84 days up
to and including the reference date, and at least 3 sessions in all.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from buurtapp.core.storage.connection import Database

WINDOW_DAYS = 84
MINIMUM = 3

_SQL = """
WITH held AS (
    SELECT s.id FROM sessions s
    WHERE s.activity_id = :activity AND s.cancelled = 0
      AND date(s.starts_at) BETWEEN :first AND :last
),
came AS (
    SELECT a.participant_id, count(*) AS n FROM attendance a
    WHERE a.session_id IN (SELECT id FROM held) GROUP BY a.participant_id
)
SELECT participant_id FROM came
WHERE n >= :minimum AND 2 * n >= (SELECT count(*) FROM held)
ORDER BY participant_id
"""


def core_group(database: Database, activity_id: int, on: date) -> list[int]:
    """Participant ids of the core group of ``activity_id`` on date ``on``."""
    first = on - timedelta(days=WINDOW_DAYS - 1)
    rows = database.query(
        _SQL,
        {
            "activity": activity_id,
            "first": first.isoformat(),
            "last": on.isoformat(),
            "minimum": MINIMUM,
        },
    )
    return [row["participant_id"] for row in rows]


def moves_activity(
    old_rule: str | None,
    old_start: str | None,
    old_place: int | None,
    new_rule: str | None,
    new_start: str | None,
    new_place: int | None,
) -> bool:
    """Whether an edit changes an activity's day, time or place (what regulars rely on)."""
    if (old_rule or None) != (new_rule or None) or old_place != new_place:
        return True
    if not old_start or not new_start:
        return old_start != new_start
    old = datetime.strptime(old_start, "%Y-%m-%dT%H:%M")
    new = datetime.strptime(new_start, "%Y-%m-%dT%H:%M")
    return old.time() != new.time() or old.weekday() != new.weekday()


def names(database: Database, participant_ids: list[int]) -> list[str]:
    """Names of participants (anonymised ones left out), in alphabetical order."""
    if not participant_ids:
        return []
    marks = ", ".join("?" for _ in participant_ids)
    rows = database.query(
        f"SELECT name FROM participants WHERE id IN ({marks}) AND anonymised_on IS NULL "
        "ORDER BY name COLLATE NOCASE",
        tuple(participant_ids),
    )
    return [row["name"] for row in rows]
