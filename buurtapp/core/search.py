"""Finding records by any part of their name, through the FTS5 ``search`` table."""

from __future__ import annotations

from dataclasses import dataclass

from buurtapp.core.database import Database

#: Result order: the kinds a coordinator looks for most come first.
KIND_ORDER = ("participants", "initiatives", "activities", "places", "organisations")


@dataclass(frozen=True)
class Hit:
    kind: str
    record_id: int
    text: str


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(database: Database, text: str, per_kind: int = 8) -> list[Hit]:
    """Records whose name contains ``text`` (case-insensitive), at most ``per_kind`` of each
    kind, names that start with the text first.

    Three letters or more use the trigram index; shorter text scans the (small) index table.
    """
    needle = " ".join(text.split())
    if not needle:
        return []
    order = " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(KIND_ORDER))
    if len(needle) >= 3:
        where, match = "search MATCH ?", '"' + needle.replace('"', '""') + '"'
    else:
        where, match = "text LIKE ? ESCAPE '\\'", _like_pattern(needle)
    starts = _like_pattern(needle)[1:]
    rows = database.query(
        f"""
        SELECT kind, record_id, text FROM (
            SELECT kind, record_id, text, row_number() OVER (
                PARTITION BY kind
                ORDER BY text LIKE ? ESCAPE '\\' DESC, text COLLATE NOCASE) AS n
            FROM search WHERE {where} AND text <> '')
        WHERE n <= ?
        ORDER BY CASE kind {order} END, n
        """,
        (starts, match, per_kind),
    )
    return [Hit(row["kind"], int(row["record_id"]), row["text"]) for row in rows]
