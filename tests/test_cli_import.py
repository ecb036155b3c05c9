"""`buurtapp import` as people really use it: hostile cells reported by line (never the last-
resort handler), duplicates with their reason, Excel's Unicode text, a title row, a chosen
sheet, zip bombs refused at once, a dry run that changes no byte, a backup before writing,
and existing rows never touched."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from buurtapp.cli import main
from buurtapp.core.exchange.importing import SYNONYMS
from buurtapp.core.exchange.tabular import MAX_ROWS
from buurtapp.core.model.fields import label
from buurtapp.core.storage.backups import folder_for, list_backups
from buurtapp.core.storage.connection import Database, configure
from buurtapp.core.storage.database import migrate
from buurtapp.core.storage.schema import MIGRATIONS


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(capsys, tmp_path) -> Path:
    path = tmp_path / "buurthuis.db"
    assert run(capsys, "init", "--db", path)[0] == 0
    return path


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_issue_file_in_a_real_process(db, tmp_path) -> None:
    """printf 'Naam;Capaciteit\\nZaal;inf\\n': was exit 3 (OverflowError), the import aborted."""
    path = tmp_path / "plekken.csv"
    path.write_bytes(b"Naam;Capaciteit\nZaal;inf\nZaal 2;12\n")
    done = subprocess.run(
        [sys.executable, "-m", "buurtapp", "import", "places", str(path), "--db", str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "regel 2: Capaciteit: 'inf' is geen heel getal (bijvoorbeeld 12)." in done.stdout
    assert done.stdout.strip().endswith("1 rij ingelezen, 1 met fouten overgeslagen.")
    assert "onverwachte fout" not in done.stderr


HOSTILE = [
    "inf",
    "nan",
    "1e400",
    "-0",
    "-1",
    "12,7",
    "1" * 25,
    "9999-12-31",
    "0001-01-01",
    "x" * 50_000,
    "a\x00b",
    "=1+1",
    "@x",
    "'",
    "😀",
    "\u202e",
]


@pytest.mark.parametrize("kind", list(SYNONYMS))
def test_hostile_cells_never_reach_the_last_resort(capsys, db, tmp_path, kind) -> None:
    fields = list(SYNONYMS[kind])
    path = tmp_path / f"{kind}.csv"
    with path.open("w", encoding="utf-8", newline="", errors="surrogatepass") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow([label(kind, f, "nl") for f in fields])
        for value in [*HOSTILE, "\ud800"]:
            writer.writerow([value] * len(fields))
            for n in range(len(fields)):
                writer.writerow([value if m == n else "Zaal" for m in range(len(fields))])
    for extra in ([], ["--dry-run"], ["--include-duplicates"]):
        code, out, err = run(capsys, "import", kind, path, "--db", db, *extra)
        assert code == 0, err
        assert "regel " in out and not err


def test_duplicates_with_their_reason_and_count(capsys, db, tmp_path) -> None:
    names = write_csv(tmp_path / "namen.csv", "Naam\nJan de Vries\nAnna Bakker\nJAN DE VRIES \n")
    code, out, _ = run(capsys, "import", "participants", names, "--db", db)
    assert code == 0
    assert "regel 4: dubbel? lijkt op regel 2 van hetzelfde bestand (zelfde naam, zonder " in out
    assert out.strip().endswith(
        "2 rijen ingelezen, 0 met fouten overgeslagen, 1 mogelijke dubbelen overgeslagen."
    )
    _, out, _ = run(capsys, "import", "participants", names, "--db", db)  # the issue: doubled
    assert "regel 2: dubbel? lijkt op 'Jan de Vries' in de database (zelfde naam" in out
    assert out.strip().endswith(
        "0 rijen ingelezen, 0 met fouten overgeslagen, 3 mogelijke dubbelen overgeslagen."
    )
    places = write_csv(
        tmp_path / "plekken.csv",
        "Naam;Adres\nDe Linde;Lindenlaan 1\nde linde;\nBibliotheek;lindenlaan  1\nSchool;\n",
    )
    _, out, _ = run(capsys, "import", "places", places, "--db", db)
    assert "regel 3: dubbel? lijkt op regel 2 van hetzelfde bestand (zelfde naam)" in out
    assert "regel 4: dubbel? lijkt op regel 2 van hetzelfde bestand (zelfde adres)" in out
    assert out.strip().endswith(
        "2 rijen ingelezen, 0 met fouten overgeslagen, 2 mogelijke dubbelen overgeslagen."
    )
    organisations = write_csv(tmp_path / "org.csv", "Naam;Soort\nGemeente;gemeente\nGeméénte;\n")
    _, out, _ = run(capsys, "import", "organisations", organisations, "--db", db)
    assert "regel 3: dubbel? lijkt op regel 2 van hetzelfde bestand (zelfde naam)" in out
    _, out, _ = run(
        capsys, "import", "organisations", organisations, "--db", db, "--include-duplicates"
    )
    assert out.strip().endswith(
        "2 rijen ingelezen, 0 met fouten overgeslagen, 2 mogelijke dubbelen toch ingelezen."
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM participants").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM places").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM organisations").fetchone() == (3,)


def test_existing_rows_never_change(capsys, db, tmp_path) -> None:
    with sqlite3.connect(db) as conn:  # another tool left created_on empty
        conn.execute("INSERT INTO participants (name, created_on) VALUES ('Oud Lid', NULL)")
    before = sqlite3.connect(db).execute("SELECT * FROM participants").fetchall()
    names = write_csv(tmp_path / "n.csv", "Naam\nNieuw Lid\n")
    assert run(capsys, "import", "participants", names, "--db", db)[0] == 0
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, created_on FROM participants ORDER BY id").fetchall()
        assert conn.execute("SELECT * FROM participants WHERE id = 1").fetchall() == before
    assert rows == [("Oud Lid", None), ("Nieuw Lid", date.today().isoformat())]


def test_excel_unicode_text_with_a_title_row(capsys, db, tmp_path) -> None:
    """Excel's "Unicode-tekst": UTF-16 LE with BOM, tabs, CRLF; a title above the header."""
    text = (
        "Deelnemers zomer 2026\t\t\r\n"
        "\t\t\r\n"
        "Naam\tTelefoon\tBuurt\r\n"
        "Zoë Öztürk\t06-12345678\tLindenhof\r\n"
        "'t Hart, Jan\t\tNoord\r\n"
    )
    path = tmp_path / "deelnemers.txt"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    code, out, _ = run(capsys, "import", "participants", path, "--db", db)
    assert code == 0 and out.strip() == "2 rijen ingelezen, 0 met fouten overgeslagen."
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name, phone, neighbourhood FROM participants").fetchall() == [
            ("Zoë Öztürk", "06-12345678", "Lindenhof"),
            ("'t Hart, Jan", None, "Noord"),
        ]


def test_one_column_of_names_with_commas(capsys, db, tmp_path) -> None:
    names = write_csv(tmp_path / "namen.csv", "Naam\nVries, Jan de\nBakker, Anna\n")
    code, out, _ = run(capsys, "import", "participants", names, "--db", db)
    assert code == 0 and out.strip() == "2 rijen ingelezen, 0 met fouten overgeslagen."
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM participants ORDER BY id").fetchall() == [
            ("Vries, Jan de",),
            ("Bakker, Anna",),
        ]


def test_a_chosen_sheet(capsys, db, tmp_path) -> None:
    book = Workbook()
    book.active.title = "Toelichting"
    book.active.append(["Dit werkblad legt uit wat er in de lijst staat."])
    sheet = book.create_sheet("Plekken")
    sheet.append(["Overzicht plekken"])
    sheet.append(["Naam", "Capaciteit"])
    sheet.append(["Zaal", 40])
    sheet.append(["Keuken", 12.5])
    path = tmp_path / "lijst.xlsx"
    book.save(path)
    code, out, _ = run(capsys, "import", "places", path, "--db", db, "--dry-run")
    assert "regel 1: Het bestand heeft geen kolom voor Naam" in out  # the first sheet
    code, out, _ = run(capsys, "import", "places", path, "--db", db, "--sheet", "2", "--dry-run")
    assert "regel 4: Capaciteit: '12.5' is geen heel getal" in out
    code, out, _ = run(capsys, "import", "places", path, "--db", db, "--sheet", "plekken")
    assert code == 0 and out.strip().endswith("1 rij ingelezen, 1 met fouten overgeslagen.")
    code, _, err = run(capsys, "import", "places", path, "--db", db, "--sheet", "Leden")
    assert code == 2 and err.count("\n") == 1
    assert "geen werkblad 'Leden'; de werkbladen zijn: Toelichting, Plekken." in err
    csv_file = write_csv(tmp_path / "p.csv", "Naam\nZaal\n")
    code, _, err = run(capsys, "import", "places", csv_file, "--db", db, "--sheet", "1")
    assert code == 2 and "geen werkbladen" in err


def test_a_zip_bomb_is_refused_at_once(capsys, db, tmp_path) -> None:
    path = tmp_path / "bom.xlsx"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        zeros = b"\0" * (1 << 20)
        for _ in range(205):
            member.write(zeros)
    assert path.stat().st_size < 2_000_000
    began = time.perf_counter()
    code, _, err = run(capsys, "import", "places", path, "--db", db)
    assert time.perf_counter() - began < 2
    assert code == 2 and err.count("\n") == 1 and "groter dan 200 MB" in err


def _with_sheet_xml(tmp_path: Path, name: str, rows: bytes) -> Path:
    """A real workbook whose first sheet holds ``rows`` and claims to be the size of Excel."""
    plain = tmp_path / "plain.xlsx"
    book = Workbook()
    book.active.append(["Naam"])
    book.save(plain)
    xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns='
        b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<dimension ref="A1:XFD1048576"/><sheetData>' + rows + b"</sheetData></worksheet>"
    )
    path = tmp_path / name
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info.filename, xml if info.filename.endswith("sheet1.xml") else data)
    return path


def _cell(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def test_workbooks_of_absurd_size_are_refused_at_once(capsys, db, tmp_path) -> None:
    far = _with_sheet_xml(
        tmp_path,
        "ver.xlsx",
        b'<row r="1">' + _cell("A1", "Naam") + b'</row><row r="999999999">'
        + _cell("XFD999999999", "x") + b"</row>",
    )
    row = b'<row r="1">' + _cell("A1", "Naam") + _cell("XFD1", "x") + b"</row>"
    wide = _with_sheet_xml(tmp_path, "breed.xlsx", row)
    for path, text in ((far, "meer dan 100.000 rijen"), (wide, "meer dan 256 kolommen")):
        began = time.perf_counter()
        code, _, err = run(capsys, "import", "participants", path, "--db", db)
        assert time.perf_counter() - began < 3
        assert code == 2 and err.count("\n") == 1 and text in err


def test_files_are_known_by_their_content(capsys, db, tmp_path) -> None:
    book = Workbook()
    book.active.append(["Naam"])
    book.active.append(["Zaal Werkmap"])
    renamed = tmp_path / "eigenlijk-excel.csv"
    book.save(renamed)
    code, out, _ = run(capsys, "import", "places", renamed, "--db", db)
    assert code == 0 and out.strip() == "1 rij ingelezen, 0 met fouten overgeslagen."
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    code, _, err = run(capsys, "import", "places", old, "--db", db)
    assert code == 2 and "oud Excel-bestand" in err


def test_too_many_rows_are_refused(capsys, db, tmp_path) -> None:
    path = tmp_path / "groot.csv"
    path.write_text("Naam\n" + "".join(f"P{n}\n" for n in range(MAX_ROWS + 1)), encoding="utf-8")
    code, _, err = run(capsys, "import", "participants", path, "--db", db)
    assert code == 2 and "meer dan 100.000 rijen" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM participants").fetchone() == (0,)


def _hashes(db: Path) -> dict[str, str]:
    """The database and its WAL; an empty WAL (a reader may leave one) counts as none."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (db, db.with_name(db.name + "-wal"))
        if p.exists() and p.stat().st_size
    }


def test_dry_run_changes_no_byte(capsys, db, tmp_path) -> None:
    path = write_csv(tmp_path / "n.csv", "Naam;Capaciteit\nZaal;12\nKeuken;inf\n")
    before = _hashes(db)
    code, out, _ = run(capsys, "import", "places", path, "--db", db, "--dry-run")
    assert code == 0 and "Proef: 1 rij zou worden ingelezen" in out
    assert _hashes(db) == before
    assert not list_backups(folder_for(db))  # and no backup either


def test_dry_run_on_an_older_file_changes_no_byte(capsys, tmp_path) -> None:
    path = tmp_path / "oud.db"
    conn = sqlite3.connect(path)
    configure(conn)
    migrate(Database(conn, path), [m for m in MIGRATIONS if m[0] <= 4])  # a version 4 file
    conn.execute("INSERT INTO places (name) VALUES ('Zaal')")
    conn.commit()
    conn.close()
    before = _hashes(path)
    csv_file = write_csv(tmp_path / "n.csv", "Naam\nZaal\nKeuken\n")
    code, out, err = run(capsys, "import", "places", csv_file, "--db", path, "--dry-run")
    assert code == 0, err
    assert "regel 2: dubbel? lijkt op 'Zaal' in de database (zelfde naam)" in out
    assert "Proef: 1 rij zou worden ingelezen" in out
    assert _hashes(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (4,)


def test_a_verified_backup_before_writing(capsys, db, tmp_path) -> None:
    nothing = write_csv(tmp_path / "fout.csv", "Naam;Capaciteit\nZaal;inf\n")
    run(capsys, "import", "places", nothing, "--db", db)
    assert not list_backups(folder_for(db))  # nothing to write: no backup needed
    path = write_csv(tmp_path / "n.csv", "Naam\nZaal\n")
    code, out, _ = run(capsys, "import", "places", path, "--db", db)
    assert code == 0 and out.strip() == "1 rij ingelezen, 0 met fouten overgeslagen."
    backups = list_backups(folder_for(db))
    assert [b.reason for b in backups] == ["voor-import"]
    with sqlite3.connect(backups[0].path) as conn:  # taken before the import
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM places").fetchone() == (0,)


@pytest.mark.parametrize(
    "rule", ["FREQ=DAILY;INTERVAL=0", "FREQ=WEEKLY;INTERVAL=00;BYDAY=TU", "FREQ=MONTHLY;BYDAY=99MO"]
)
def test_a_repeat_rule_that_never_moves_on_is_an_error_on_its_line(demo_path, capsys, rule):
    """A rule that would hang planning (INTERVAL=0) or fail when worked out (BYDAY=99MO) is
    refused on its line on import, and `schedule` says so in one line when another tool wrote
    it into the file."""
    sheet = demo_path.parent / "regels.csv"
    sheet.write_text(
        "Titel;Initiatief;Plek;Herhaling;Eerste bijeenkomst;Duur (minuten)\n"
        f'X;Breiclub Vogelwijk;Buurthuis De Linde;"{rule}";2026-01-27T10:00;60\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "activities", sheet, "--db", demo_path)
    assert code == 0 and "regel 2: Het herhaalpatroon is ongeldig" in out, (out, err)
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE activities SET rrule = ? WHERE id = 1", (rule,))
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "schedule", "--db", demo_path, "--until", "2026-12-31")
    assert code == 2 and "herhaalpatroon is ongeldig" in err and err.count("\n") == 1


def test_a_pipe_or_device_as_import_file_is_one_line(db, tmp_path, capsys) -> None:
    import os

    fifo = tmp_path / "pijp.csv"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero"), tmp_path):
        done = subprocess.run(
            [sys.executable, "-m", "buurtapp", "import", "places", str(source), "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2 and "geen gewoon bestand" in done.stderr, done.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_title_row_above_a_tab_separated_header(db, tmp_path, capsys, encoding) -> None:
    sheet = tmp_path / "plekken.txt"
    sheet.write_bytes(
        "Lijst van plekken\r\nNaam\tAdres\r\nZaal U\tStraat 1\r\n".encode(encoding)
    )
    code, out, err = run(capsys, "import", "places", sheet, "--db", db)
    assert code == 0 and out.startswith("1 rij ingelezen"), (out, err)
