"""Any list out to CSV or Excel, with Dutch headers that the importer reads back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from buurtapp.core.exchange.tabular import write_csv, write_xlsx
from buurtapp.core.model.labels import FIELD_LABELS
from buurtapp.core.storage.connection import Database

# kind -> (header field, SQL expression), in column order.
_COLUMNS: dict[str, list[tuple[str, str]]] = {
    # Every column a user entered; left out: id and uid (the importer makes new ones) and
    # anonymised_on (anonymised people are not exported at all).
    "participants": [
        ("name", "pa.name"),
        ("phone", "pa.phone"),
        ("email", "pa.email"),
        ("neighbourhood", "pa.neighbourhood"),
        ("circle", "pa.circle"),
        ("age_group", "pa.age_group"),
        ("is_worker", "pa.is_worker"),
        ("organisation_id", "o.name"),
        ("consent_contact", "pa.consent_contact"),
        ("consent_contact_on", "pa.consent_contact_on"),
        ("consent_photo", "pa.consent_photo"),
        ("consent_photo_on", "pa.consent_photo_on"),
        ("guardian_name", "pa.guardian_name"),
        ("guardian_phone", "pa.guardian_phone"),
        ("notes", "pa.notes"),
        ("created_on", "pa.created_on"),
    ],
    "places": [
        ("name", "name"),
        ("address", "address"),
        ("neighbourhood", "neighbourhood"),
        ("capacity", "capacity"),
        ("accessible", "accessible"),
        ("notes", "notes"),
    ],
    "organisations": [("name", "name"), ("kind", "kind"), ("notes", "notes")],
    "activities": [
        ("title", "a.title"),
        ("initiative_id", "i.name"),
        ("place_id", "p.name"),
        ("rrule", "a.rrule"),
        ("starts_at", "a.starts_at"),
        ("duration_minutes", "a.duration_minutes"),
        ("capacity", "a.capacity"),
        ("age_groups", "a.age_groups"),
        ("notes", "a.notes"),
    ],
    "initiatives": [
        ("name", "i.name"),
        ("status", "i.status"),
        ("story", "i.story"),
        ("started_on", "i.started_on"),
        ("ended_on", "i.ended_on"),
        ("place_id", "p.name"),
        ("notes", "i.notes"),
    ],
}
_FROM = {
    "participants": "participants pa LEFT JOIN organisations o ON o.id = pa.organisation_id "
    "WHERE pa.anonymised_on IS NULL ORDER BY pa.name COLLATE NOCASE, pa.id",
    "places": "places ORDER BY name COLLATE NOCASE, id",
    "organisations": "organisations ORDER BY name COLLATE NOCASE, id",
    "activities": "activities a JOIN initiatives i ON i.id = a.initiative_id "
    "LEFT JOIN places p ON p.id = a.place_id ORDER BY a.title COLLATE NOCASE, a.id",
    "initiatives": "initiatives i LEFT JOIN places p ON p.id = i.place_id "
    "ORDER BY i.name COLLATE NOCASE, i.id",
}
_BOOLEANS = {"is_worker", "consent_contact", "consent_photo", "accessible"}
KINDS = tuple(_COLUMNS)


def table(database: Database, kind: str, language: str = "nl") -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the list ``kind``; yes/no as words, people who were anonymised
    left out."""
    columns = _COLUMNS[kind]
    header = [FIELD_LABELS[name][language] for name, _ in columns]
    rows = database.conn.execute(
        f"SELECT {', '.join(sql for _, sql in columns)} FROM {_FROM[kind]}"
    ).fetchall()
    yes, no = ("ja", "nee") if language == "nl" else ("yes", "no")
    booleans = [n for n, (name, _) in enumerate(columns) if name in _BOOLEANS]
    result = []
    for row in rows:
        values = list(row)
        for n in booleans:
            values[n] = yes if values[n] else no
        result.append(values)
    return header, result


def export(
    database: Database, kind: str, path: Path, file_format: str | None = None, language: str = "nl"
) -> int:
    """Write the list to ``path`` as csv or xlsx (by ``file_format`` or the file's suffix);
    never over the database or its companions (checked before anything is read)."""
    from buurtapp.core.storage.outputs import check_output

    path = Path(path)
    check_output(path, database.path)
    file_format = file_format or path.suffix.lstrip(".").lower()
    header, rows = table(database, kind, language)
    if file_format == "xlsx":
        write_xlsx(path, header, rows, kind, database_path=database.path)
    else:
        write_csv(path, header, rows, database_path=database.path)
    return len(rows)
