"""Reading and writing spreadsheets the way Dutch Excel does: CSV with ``;``, ``,`` or tabs,
UTF-8 (with or without BOM), Windows-1252 or Excel's "Unicode-tekst" (UTF-16), and .xlsx
through openpyxl (any sheet, a title row above the header is fine).

Reading is defensive because import files come from anywhere: a file or workbook beyond
:data:`MAX_BYTES` (unpacked) or :data:`MAX_ROWS` is refused at once with one line instead of
eating the laptop's memory (a zip bomb is a few kilobytes on disk). Writing defuses formulas:
:func:`restore_cell` undoes exactly what :func:`safe_cell` added, so an export reads back as it
was (only control characters, which no workbook can hold, are dropped).
"""

from __future__ import annotations

import csv
import io
import re
import stat
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.storage.outputs import atomic_output, write_bytes

FORMULA_START = ("=", "+", "-", "@")
#: Starts that a spreadsheet treats specially even before a formula sign.
_SPECIAL_START = ("'", "\t", "\r")
#: Unpacked size of a workbook (sum of its zip members) or size of a CSV file.
MAX_BYTES = 200 * 1000 * 1000
#: Filled rows in one import file.
MAX_ROWS = 100_000
#: Columns in one row (after trailing empty cells are dropped).
MAX_COLUMNS = 256
#: Rows (filled or empty) one sheet may claim: Excel's own limit.
MAX_SHEET_ROWS = 1_048_576
_DELIMITERS = (";", "\t", ",")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
#: What XML 1.0 (so .xlsx) cannot hold: control characters other than tab, LF and CR.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or an encrypted .xlsx


@dataclass
class Sheet:
    """A header and the rows beneath it, each with its line number in the file."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    header_line: int = 1
    #: The sheet's name in a workbook ("" for CSV).
    name: str = field(default="", compare=False)

    def starting_at(self, index: int) -> Sheet:
        """The same file read with its ``index``-th row (0 = the current header) as header;
        the rows above it (a title) are left out."""
        if index <= 0:
            return self
        line, cells = self.rows[index - 1]
        return Sheet([c.strip() for c in cells], self.rows[index:], line, self.name)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode-tekst"
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator that splits most of the first lines into the same number (> 1) of cells
    (Excel pads every row, a title row too, to the same width); it must split the first line
    (or the second, under a title row, for tab and ';'), so a one-column list of 'Vries, Jan'
    stays one column. ``;`` when nothing splits."""
    lines = [line for line in text[:65_536].splitlines() if line.strip()][:30]
    best: tuple[int, int, int] = (0, 0, 0)
    chosen = ";"
    for preference, delimiter in enumerate(reversed(_DELIMITERS)):
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        if not rows:
            continue
        if len(rows[0]) < 2:
            # A title row above the header ("Lijst van plekken") splits on nothing; skip it
            # for tab and ';', which names do not contain (a comma list of 'Vries, Jan' does).
            if delimiter == "," or any(d in lines[0] for d in _DELIMITERS):
                continue
            rows = rows[1:]
            if not rows or len(rows[0]) < 2:
                continue
        widths = Counter(len(row) for row in rows)
        counts = [(n, width, preference) for width, n in widths.items() if width > 1]
        if counts and max(counts) > best:
            best, chosen = max(counts), delimiter
    return chosen


def _too_many_rows(source: str) -> DatabaseError:
    return DatabaseError("import_too_many_rows", path=source, max=f"{MAX_ROWS:,}".replace(",", "."))


def _trimmed(cells: list[str], line: int, source: str) -> list[str]:
    """Cells without the empty ones at the end; refuses a row of absurd width."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    if end > MAX_COLUMNS:
        raise DatabaseError("import_too_many_columns", path=source, line=line, max=MAX_COLUMNS)
    return cells[:end]


def _sheet(lines: list[tuple[int, list[str]]], name: str = "") -> Sheet:
    if not lines:
        return Sheet([], [], 1, name)
    line, header = lines[0]
    return Sheet([c.strip() for c in header], lines[1:], line, name)


def read_csv_text(text: str, source: str = "") -> Sheet:
    """A sheet from CSV text; line numbers are the row numbers Excel shows."""
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines: list[tuple[int, list[str]]] = []
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_BYTES)  # a huge cell is refused on its own line, not as a file
    try:
        for n, row in enumerate(reader, start=1):
            cells = _trimmed(row, n, source)
            if cells:
                lines.append((n, cells))
                if len(lines) > MAX_ROWS + 1:
                    raise _too_many_rows(source)
    finally:
        csv.field_size_limit(limit)
    return _sheet(lines)


def _check_zip(path: Path) -> None:
    """Refuse a workbook whose members unpack beyond :data:`MAX_BYTES`, from the zip's
    directory alone (before openpyxl unpacks anything)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc
    if unpacked > MAX_BYTES:
        raise DatabaseError(
            "import_unpacked_too_large", path=str(path), max=MAX_BYTES // 1_000_000
        )


def _workbook(path: Path) -> Any:  # openpyxl has no type hints
    from openpyxl import load_workbook

    _check_zip(path)
    # openpyxl goes by the name: a workbook saved as 'lijst.csv' is given as bytes.
    source = path if path.suffix.lower() in XLSX_SUFFIXES else io.BytesIO(path.read_bytes())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_workbook(source, read_only=True, data_only=True)


def sheet_names(path: Path) -> list[str]:
    """The worksheets of a workbook, in order; [] for a CSV file."""
    path = Path(path)
    try:
        if not _is_workbook(path):
            return []
        workbook = _workbook(path)
    except BuurtappError:
        raise
    except FileNotFoundError as exc:
        raise DatabaseError("db_missing", path=str(path)) from exc
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def _pick(worksheets: list[Any], sheet: str | int | None, path: Path) -> Any:
    names = [ws.title for ws in worksheets]
    if sheet is None or sheet == "":
        return worksheets[0] if worksheets else None
    text = str(sheet).strip()
    if text in names:
        return worksheets[names.index(text)]
    folded = [n.casefold() for n in names]
    if text.casefold() in folded:
        return worksheets[folded.index(text.casefold())]
    if text.isascii() and text.isdigit() and len(text) < 6 and 1 <= int(text) <= len(names):
        return worksheets[int(text) - 1]
    raise DatabaseError(
        "import_no_such_sheet", path=str(path), name=text[:40], names=", ".join(names)
    )


def read_xlsx(path: Path, sheet: str | int | None = None) -> Sheet:
    """One worksheet (the first, or ``sheet`` by name or number from 1) of a workbook."""
    workbook = _workbook(path)
    try:
        worksheet = _pick(workbook.worksheets, sheet, path)
        if worksheet is None:
            return Sheet([], [])
        # The stored dimensions may lie (A1:XFD1048576); read only what is there.
        worksheet.reset_dimensions()
        lines: list[tuple[int, list[str]]] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for n, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if n > MAX_SHEET_ROWS:
                    raise _too_many_rows(str(path))
                if not row:
                    continue
                beyond = row[MAX_COLUMNS:]
                if beyond.count(None) != len(beyond):
                    raise DatabaseError(
                        "import_too_many_columns", path=str(path), line=n, max=MAX_COLUMNS
                    )
                cells = _trimmed(
                    ["" if v is None else _cell_text(v) for v in row[:MAX_COLUMNS]], n, str(path)
                )
                if cells:
                    lines.append((n, cells))
                    if len(lines) > MAX_ROWS + 1:
                        raise _too_many_rows(str(path))
        return _sheet(lines, worksheet.title)
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _is_workbook(path: Path) -> bool:
    """Whether ``path`` is an .xlsx workbook, by its first bytes (a zip) or else its name;
    an old .xls (or a password-protected workbook) is refused with advice."""
    with path.open("rb") as fh:
        start = fh.read(8)
    if start == _OLE_MAGIC:
        raise DatabaseError("import_old_excel", path=str(path))
    if start.startswith(b"PK\x03\x04"):
        return True
    return bool(start) and path.suffix.lower() in XLSX_SUFFIXES


def read_table(path: Path, sheet: str | int | None = None) -> Sheet:
    """Read a .csv (.txt) or .xlsx file, for a workbook the sheet ``sheet`` (name or number
    from 1; the first when None); a readable error when it cannot be read."""
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or /dev/zero would never end
            raise DatabaseError("import_not_a_file", path=str(path))
        if _is_workbook(path):
            return read_xlsx(path, sheet)
        if sheet not in (None, ""):
            raise DatabaseError("import_sheet_in_csv", path=str(path))
        if path.stat().st_size > MAX_BYTES:
            raise DatabaseError("import_file_too_large", path=str(path), max=MAX_BYTES // 1_000_000)
        return read_csv_text(_decode(path.read_bytes()), str(path))
    except BuurtappError:
        raise
    except FileNotFoundError as exc:
        raise DatabaseError("db_missing", path=str(path)) from exc
    except OSError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror or exc) from exc
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)[:200]) from exc


def needs_guard(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula (``=``, ``+``, ``-``, ``@``, also
    after leading spaces, or a leading tab or CR), or would hide its leading apostrophe."""
    return text.startswith(_SPECIAL_START) or text.lstrip().startswith(FORMULA_START)


def safe_cell(value: object) -> object:
    """Text a spreadsheet would run as a formula, or that starts with an apostrophe, gets a
    leading apostrophe (Excel hides it: ``''t Zand`` shows as ``'t Zand``). Numbers are left
    alone: -5 as a number is no formula."""
    if not isinstance(value, str):
        return value
    # Control characters (another tool may have stored them) cannot be put in a workbook,
    # and the importer would drop them anyway.
    value = _CONTROL.sub("", value)
    return "'" + value if needs_guard(value) else value


def restore_cell(text: str) -> str:
    """Undo :func:`safe_cell`: one apostrophe goes only where export would have put it, so a
    real leading apostrophe (``'t Zand`` from another program) stays."""
    if text.startswith("'") and needs_guard(text[1:]):
        return text[1:]
    return text


def write_csv(
    path: Path,
    header: list[str],
    rows: list[list[object]],
    *,
    database_path: Path | None = None,
) -> None:
    """UTF-8 with BOM and ``;``: what Dutch Excel opens correctly by double-click. Written
    through :func:`~buurtapp.core.storage.outputs.atomic_output` (never over ``database_path``)."""
    with (
        atomic_output(Path(path), database_path) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as fh,
    ):
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else safe_cell(v) for v in row])


def write_xlsx(
    path: Path,
    header: list[str],
    rows: list[list[object]],
    title: str,
    *,
    database_path: Path | None = None,
) -> None:
    """An .xlsx workbook with one sheet, made in memory (so a failure leaves no half-open
    zip file behind) and then written through ``atomic_output``."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31] or "Buurtapp")
    sheet.append(header)
    for row in rows:
        sheet.append([safe_cell(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes(Path(path), buffer.getvalue(), database_path)
