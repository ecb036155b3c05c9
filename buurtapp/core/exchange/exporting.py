"""Any list out to CSV or Excel, with Dutch headers that the importer reads back.

The columns are the exported fields of the field registry, in its order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from buurtapp.core.exchange.tabular import write_csv, write_xlsx
from buurtapp.core.model import fields
from buurtapp.core.model.field_spec import FieldSpec
from buurtapp.core.storage.connection import Database

#: The name a reference is exported (and imported back) by.
NAME_COLUMN = {"activities": "title"}


def _sql(table: str, info: FieldSpec) -> str:
    if info.kind == "reference" and info.references:
        shown = NAME_COLUMN.get(info.references, "name")
        return (
            f"(SELECT {shown} FROM {info.references} "
            f"WHERE {info.references}.id = {table}.{info.name})"
        )
    return f"{table}.{info.name}"


# kind -> (header field, SQL expression), in column order: every exported field of the
# registry (id and uid are new on import; anonymised people are not exported at all).
_COLUMNS: dict[str, list[tuple[str, str]]] = {
    table: [(info.name, _sql(table, info)) for info in fields.exported_fields(table)]
    for table in fields.exporting_tables()
}
_ORDER = {"activities": "title"}
_WHERE = {"participants": "WHERE participants.anonymised_on IS NULL "}
_FROM = {
    table: f"{table} {_WHERE.get(table, '')}"
    f"ORDER BY {table}.{_ORDER.get(table, 'name')} COLLATE NOCASE, {table}.id"
    for table in _COLUMNS
}
KINDS = tuple(_COLUMNS)


def table(database: Database, kind: str, language: str = "nl") -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the list ``kind``; yes/no as words, people who were anonymised
    left out."""
    columns = _COLUMNS[kind]
    header = [fields.label(kind, name, language) for name, _ in columns]
    rows = database.conn.execute(
        f"SELECT {', '.join(sql for _, sql in columns)} FROM {_FROM[kind]}"
    ).fetchall()
    yes, no = fields.yes_no_words(language)
    booleans = [n for n, (name, _) in enumerate(columns) if name in fields.yes_no_fields()]
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
