"""Reading and writing spreadsheets the way Dutch Excel does: CSV with ``;`` or ``,``, UTF-8
(with or without BOM) or Windows-1252, and .xlsx through openpyxl."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from buurtapp.core.errors import DatabaseError

FORMULA_START = ("=", "+", "-", "@")


@dataclass
class Sheet:
    """A header and the rows beneath it, each with its line number in the file."""

    header: list[str]
    rows: list[tuple[int, list[str]]]


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv_text(text: str) -> Sheet:
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        first_line = sample.splitlines()[0] if sample else ""
        delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines = [(n, row) for n, row in enumerate(reader, start=1)]
    lines = [(n, row) for n, row in lines if any(cell.strip() for cell in row)]
    if not lines:
        return Sheet([], [])
    return Sheet([c.strip() for c in lines[0][1]], lines[1:])


def read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        lines = []
        for n, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = ["" if v is None else _cell_text(v) for v in row]
            if any(c.strip() for c in cells):
                lines.append((n, cells))
    finally:
        workbook.close()
    if not lines:
        return Sheet([], [])
    return Sheet([c.strip() for c in lines[0][1]], lines[1:])


def _cell_text(value: object) -> str:
    from datetime import date, datetime

    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else (value.strftime("%Y-%m-%dT%H:%M"))
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_table(path: Path) -> Sheet:
    """Read a .csv or .xlsx file; a readable error when it cannot be read."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return read_xlsx(path)
        return read_csv_text(_decode(path.read_bytes()))
    except FileNotFoundError as exc:
        raise DatabaseError("db_missing", path=str(path)) from exc
    except (OSError, ValueError, KeyError) as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc


def safe_cell(value: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    """UTF-8 with BOM and ``;``: what Dutch Excel opens correctly by double-click."""
    try:
        with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(header)
            for row in rows:
                writer.writerow(["" if v is None else safe_cell(v) for v in row])
    except OSError as exc:
        raise DatabaseError("path_unwritable", path=str(path), reason=exc.strerror) from exc


def write_xlsx(path: Path, header: list[str], rows: list[list[object]], title: str) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31] or "Buurtapp")
    sheet.append(header)
    for row in rows:
        sheet.append([safe_cell(v) for v in row])
    try:
        workbook.save(path)
    except OSError as exc:
        raise DatabaseError("path_unwritable", path=str(path), reason=exc.strerror) from exc
