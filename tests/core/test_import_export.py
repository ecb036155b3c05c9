"""Spreadsheets in and out: Dutch Excel CSV in every encoding and separator, .xlsx, bad rows
reported by line, duplicates shown, formulas defused, and a round trip that changes nothing."""

from pathlib import Path

import pytest
from openpyxl import Workbook

from buurtapp.core.exchange.exporting import export
from buurtapp.core.exchange.importing import apply_import, guess_mapping, plan_import
from buurtapp.core.exchange.tabular import read_table
from tests.core.world import World

HEADER = "Naam;Telefoon;E-mail;Buurt;Leeftijdsgroep;Toestemming contact;Ingeschreven"
GOOD = [
    "Fatima El Amrani;06-12345678;fatima@voorbeeld.nl;Lindenhof;volwassene;ja;3-9-2024",
    "Jan de Vries;0612 34 56 79;;Molenbuurt;65+;x;2024-02-01",
    "Zoë Öztürk;;zoe@voorbeeld.nl;Vogelwijk;kind;nee;01-02-24",
]
BAD = [
    ";06-1;;;;;",  # no name
    "Piet Onmogelijk;;;;volwassene;ja;31-02-2024",  # impossible date
    "Klaas Onbekend;;;;baby;ja;",  # unknown age group
    "x" * 250 + ";;;;;;",  # overlong name
    '=HYPERLINK("http://evil";"klik");;;;;;',  # formula
    "Eva Vraag;;;;;misschien;",  # not yes or no
]


def write(path: Path, lines: list[str], encoding: str, separator: str = ";") -> Path:
    text = "\r\n".join(line.replace(";", separator) for line in lines) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [
        ("utf-8-sig", ";"),
        ("utf-8", ";"),
        ("cp1252", ";"),
        ("utf-8", ","),
        ("cp1252", ","),
    ],
)
def test_csv_in_every_encoding_and_separator(database, tmp_path, encoding, separator) -> None:
    lines = [HEADER, *GOOD, *BAD]
    if separator == ",":
        lines = [line.replace(",", " ") for line in lines]  # commas inside cells would split
    path = write(tmp_path / "deelnemers.csv", lines, encoding, separator)
    plan = plan_import(database, "participants", read_table(path))
    assert [line for line, _ in plan.records] == [2, 3, 4]
    problems = {line: error for line, error in plan.problems}
    assert sorted(problems) == [5, 6, 7, 8, 9, 10]
    assert "Naam is verplicht" in problems[5].message("nl")
    assert "31-02-2024" in problems[6].message("nl")
    assert "baby" in problems[7].message("nl")
    assert "te lang" in problems[8].message("nl")
    assert "formule" in problems[9].message("nl")
    assert "geen ja of nee" in problems[10].message("nl")
    fatima = plan.records[0][1]
    assert (fatima.name, fatima.age_group, fatima.consent_contact, fatima.created_on) == (
        "Fatima El Amrani",
        "adult",
        1,
        "2024-09-03",
    )
    assert plan.records[1][1].age_group == "senior" and plan.records[1][1].consent_contact
    assert plan.records[2][1].name == "Zoë Öztürk" and plan.records[2][1].created_on == (
        "2024-02-01"
    )
    assert database.scalar("SELECT count(*) FROM participants") == 0  # a plan writes nothing
    assert apply_import(database, plan) == 3
    names = [r["name"] for r in database.query("SELECT name FROM participants ORDER BY id")]
    assert names == ["Fatima El Amrani", "Jan de Vries", "Zoë Öztürk"]


def test_english_headers_and_xlsx(database, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Phone", "Email", "Neighbourhood", "Age group", "Circle"])
    sheet.append(["Ann Smith", "0611111111", "ann@example.org", "Noord", "senior", "Koor"])
    sheet.append(["Bob", None, None, None, "youth", None])
    path = tmp_path / "people.xlsx"
    book.save(path)
    table = read_table(path)
    assert guess_mapping("participants", table.header) == {
        0: "name",
        1: "phone",
        2: "email",
        3: "neighbourhood",
        4: "age_group",
        5: "circle",
    }
    plan = plan_import(database, "participants", table)
    assert not plan.problems
    assert apply_import(database, plan) == 2


def test_duplicates_are_shown_not_doubled(database, tmp_path) -> None:
    World(database).person("Jan de Vries")
    database.conn.execute("UPDATE participants SET phone = '06-12 34 56 79'")
    database.conn.commit()
    path = write(
        tmp_path / "d.csv",
        [
            "naam;telefoon;e-mail",
            "JAN  de vries;0612345679;",  # same person: case, spacing, phone format
            "Anna Bakker;;anna@voorbeeld.nl",
            "anna bakker;;ANNA@voorbeeld.nl ",  # twice in the file
            "Anna Bakker;06-99999999;",  # same name, different contact: not a duplicate
        ],
        "utf-8",
    )
    plan = plan_import(database, "participants", read_table(path))
    duplicates = {line: error.message("nl") for line, error in plan.duplicates}
    assert duplicates == {
        2: "lijkt op 'Jan de Vries' in de database (zelfde naam en telefoonnummer)",
        4: "lijkt op regel 3 van hetzelfde bestand (zelfde naam en e-mailadres)",
    }
    assert apply_import(database, plan) == 2
    assert database.scalar("SELECT count(*) FROM participants") == 3
    assert apply_import(database, plan, include_duplicates=True) == 4


def test_missing_name_column_imports_nothing(database, tmp_path) -> None:
    path = write(tmp_path / "x.csv", ["telefoon;buurt", "0612;Noord"], "utf-8")
    plan = plan_import(database, "participants", read_table(path))
    assert not plan.records
    assert "geen kolom voor Naam" in plan.problems[0][1].message("nl")


def test_activities_by_initiative_and_place_name(database, tmp_path) -> None:
    w = World(database)
    w.initiative("Koffie op de hoek")
    w.place("Buurthuis De Linde")
    path = write(
        tmp_path / "a.csv",
        [
            "Titel;Initiatief;Plek;Herhaling;Eerste bijeenkomst;Duur",
            "Koffieochtend;koffie op de hoek;Buurthuis De Linde;FREQ=WEEKLY;BYDAY=TU;"
            "1-12-2026 9:30;120",
            "Spookactiviteit;Bestaat niet;;;;",
        ],
        "utf-8",
    )
    path.write_text(path.read_text().replace("FREQ=WEEKLY;BYDAY=TU", '"FREQ=WEEKLY;BYDAY=TU"'))
    plan = plan_import(database, "activities", read_table(path))
    assert [line for line, _ in plan.problems] == [3]
    assert "Bestaat niet" in plan.problems[0][1].message("nl")
    assert apply_import(database, plan) == 1
    activity = database.query("SELECT * FROM activities")[0]
    assert (activity["rrule"], activity["starts_at"], activity["duration_minutes"]) == (
        "FREQ=WEEKLY;BYDAY=TU",
        "2026-12-01T09:30",
        120,
    )
    assert database.scalar("SELECT count(*) FROM sessions") > 0


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", ["participants", "places", "organisations", "activities"])
def test_export_then_import_gives_the_same_rows(demo_path, tmp_path, suffix, kind) -> None:
    from buurtapp.core.storage.database import create_database, open_database

    source = open_database(demo_path)
    source.conn.execute(
        "UPDATE participants SET notes = '=1+1 is geen formule', phone = '+31 6 1234' WHERE id = 7"
    )
    source.conn.commit()
    path = tmp_path / f"{kind}.{suffix}"
    count = export(source, kind, path)
    if suffix == "csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]
        if kind == "participants":
            assert b"'=1+1" in raw and b"'+31 6 1234" in raw
    target = create_database(tmp_path / "nieuw.db")
    if kind == "activities":  # activities refer to initiatives and places by name
        for table in ("places", "initiatives"):
            target.conn.execute("ATTACH DATABASE ? AS src", (str(demo_path),))
            target.conn.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
            target.conn.commit()
            target.conn.execute("DETACH DATABASE src")
    if kind == "participants":  # professionals refer to their organisation by name
        export(source, "organisations", tmp_path / f"organisaties.{suffix}")
        orgs = plan_import(target, "organisations", read_table(tmp_path / f"organisaties.{suffix}"))
        apply_import(target, orgs)
    plan = plan_import(target, kind, read_table(path))
    assert not plan.problems, plan.messages("nl")[:3]
    assert apply_import(target, plan, include_duplicates=True) == count
    columns = {
        "participants": "name, phone, email, neighbourhood, circle, age_group, "
        "is_worker, consent_contact, consent_photo, notes, created_on, consent_contact_on, "
        "consent_photo_on, guardian_name, guardian_phone, "
        "(SELECT name FROM organisations o WHERE o.id = organisation_id)",
        "places": "name, address, neighbourhood, capacity, accessible, notes",
        "organisations": "name, kind, notes",
        "activities": "title, initiative_id, place_id, rrule, starts_at, "
        "duration_minutes, capacity, age_groups, notes",
    }[kind]
    where = " WHERE anonymised_on IS NULL" if kind == "participants" else ""
    query = f"SELECT {columns} FROM {kind}{where} ORDER BY 1, 2, 3"
    assert target.conn.execute(query).fetchall() == source.conn.execute(query).fetchall()
