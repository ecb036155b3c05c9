"""Privacy (AVG): what is held about one person (inzage), forgetting (vergeten) so that no
trace stays in the file, and the retention review (bewaartermijn)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from buurtapp.core import deletion
from buurtapp.core.app_settings import get, set_value
from buurtapp.core.database import Database
from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.labels import KIND_LABELS

DEFAULT_RETENTION_YEARS = 2


def person_data(database: Database, participant_id: int) -> dict:
    """Everything the file holds about one person: the record, roles and attendance."""
    rows = database.query("SELECT * FROM participants WHERE id = ?", (participant_id,))
    if not rows:
        raise BuurtappError("not_found", label=KIND_LABELS["participants"], id=participant_id)
    record = rows[0]
    organisation = database.scalar(
        "SELECT name FROM organisations WHERE id = ?", (record["organisation_id"],)
    )
    roles = database.query(
        """SELECT r.role, r.since, r.until, i.name AS initiative FROM roles r
           JOIN initiatives i ON i.id = r.initiative_id WHERE r.participant_id = ?
           ORDER BY i.name COLLATE NOCASE""",
        (participant_id,),
    )
    attendance = database.query(
        """SELECT s.starts_at, a.title AS activity, i.name AS initiative,
               coalesce(p.name, '') AS place
           FROM attendance t JOIN sessions s ON s.id = t.session_id
           JOIN activities a ON a.id = s.activity_id JOIN initiatives i ON i.id = a.initiative_id
           LEFT JOIN places p ON p.id = coalesce(s.place_id, a.place_id)
           WHERE t.participant_id = ? ORDER BY s.starts_at""",
        (participant_id,),
    )
    return {
        "participant": record,
        "organisation": organisation,
        "roles": roles,
        "attendance": attendance,
    }


def write_person_json(database: Database, participant_id: int, path: Path) -> Path:
    data = person_data(database, participant_id)
    try:
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        raise DatabaseError("path_unwritable", path=str(path), reason=exc.strerror) from exc
    return Path(path)


def scrub(database: Database) -> None:
    """Remove deleted text from the file: merge the search index, vacuum, empty the WAL.

    ``secure_delete`` already zeroes freed cells; the search index keeps old tokens until its
    segments are merged, and the WAL keeps old page images until it is checkpointed.
    """
    conn = database.conn
    with database.atomic():
        conn.execute("INSERT INTO search (search) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def forget(database: Database, participant_ids: list[int], today: date | None = None) -> int:
    """Anonymise people in one transaction, then scrub the file; returns how many."""
    uids = [
        database.scalar("SELECT uid FROM participants WHERE id = ?", (i,)) for i in participant_ids
    ]
    with database.atomic():
        for participant_id in participant_ids:
            deletion.anonymise(database, participant_id, today)
    scrub(database)
    from buurtapp.core.backups import log_erasure

    log_erasure(database.path, [u for u in uids if u], today)
    return len(participant_ids)


def retention_years(database: Database) -> int:
    try:
        return max(1, int(get(database, "retention_years")))
    except (KeyError, ValueError):
        return DEFAULT_RETENTION_YEARS


def set_retention_years(database: Database, years: int) -> None:
    set_value(database, "retention_years", str(max(1, int(years))))


def retention_review(
    database: Database, today: date | None = None, years: int | None = None
) -> list[dict]:
    """People not seen (no attendance, no current role) for longer than the retention period,
    and known longer than that: candidates for anonymisation."""
    today = today or date.today()
    cutoff = (today - timedelta(days=365 * (years or retention_years(database)))).isoformat()
    return database.query(
        """SELECT p.id, p.name, p.created_on,
               (SELECT max(s.starts_at) FROM attendance t JOIN sessions s ON s.id = t.session_id
                WHERE t.participant_id = p.id) AS last_seen
           FROM participants p
           WHERE p.anonymised_on IS NULL AND p.is_worker = 0
             AND coalesce(p.created_on, '0000') < :cutoff
             AND NOT EXISTS (SELECT 1 FROM attendance t JOIN sessions s ON s.id = t.session_id
                             WHERE t.participant_id = p.id AND s.starts_at >= :cutoff)
             AND NOT EXISTS (SELECT 1 FROM roles r WHERE r.participant_id = p.id
                             AND (r.until IS NULL OR r.until >= :cutoff))
           ORDER BY last_seen, p.name COLLATE NOCASE""",
        {"cutoff": cutoff},
    )
