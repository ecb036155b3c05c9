"""Hostile import cells, for every import kind and every field: planning and applying into a
real database either imports the row or refuses it with a message on its line, never another
exception; the database stays healthy and the rows that were already there do not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.exchange.importing import KINDS, SYNONYMS, apply_import, plan_import
from buurtapp.core.exchange.tabular import Sheet, read_table
from buurtapp.core.model import fields as registry
from buurtapp.core.model import records as r
from buurtapp.core.model.fields import label
from buurtapp.core.storage.health import check
from buurtapp.core.storage.schema import TABLES

NASTY = [
    "inf",
    "-inf",
    "nan",
    "NaN",
    "1e400",
    "1e308",
    "-0",
    "-1",
    "12,7",
    "12.7",
    "1.000",
    "+5",
    "0x1F",
    "٣",  # an Arabic-Indic digit: int() would take it
    "1" * 25,
    "-" + "9" * 25,
    "9" * 5000,  # int() refuses more than 4300 digits with a ValueError
    "9999-12-31",
    "0001-01-01",
    "31-12-9999",
    "1-1-1",
    "0000-00-00",
    "2026-02-30",
    "9999-12-31T23:59",
    "0001-01-01 00:00",
    "2026-12-01 25:61",
    "x" * 100_000,
    "é" * 10_001,
    "\x00",
    "Jan\x00Jansen",
    "\ud800",
    "Zo\udcffë",
    "=1+1",
    '=HYPERLINK("http://x";"klik")',
    "@SUM(A1)",
    "'=1+1",
    "''t Zand",
    "'",
    " \t\r\n ",
    "ja",
    "nee",
    "misschien",
    "FREQ=SECONDLY",
    "FREQ=DAILY;UNTIL=99991231",
    "FREQ=WEEKLY;BYDAY=TU",
    "kind, senior",
    "kind;baby",
    "Bestaat niet",
    "😀" * 300,
    "\u202eevil\u202c",
]
CELL = st.one_of(st.sampled_from(NASTY), st.text(max_size=40), st.just(""))

#: A valid cell for every field, so one bad field at a time can be tried.
GOOD = {
    "name": "Jan Jansen",
    "title": "Koffieochtend",
    "phone": "06-12345678",
    "email": "jan@voorbeeld.nl",
    "neighbourhood": "Noord",
    "circle": "Koor",
    "age_group": "volwassene",
    "is_worker": "nee",
    "organisation_id": "Gemeente Dorpstad",
    "consent_contact": "ja",
    "consent_contact_on": "1-2-2024",
    "consent_photo": "nee",
    "consent_photo_on": "",
    "notes": "Komt graag",
    "guardian_name": "",
    "guardian_phone": "",
    "created_on": "2024-02-01",
    "address": "Dorpsstraat 1",
    "capacity": "40",
    "accessible": "ja",
    "kind": "gemeente",
    "status": "actief",
    "story": "Samen koffie",
    "started_on": "1-1-2024",
    "ended_on": "",
    "place_id": "Buurthuis De Linde",
    "initiative_id": "Koffie op de hoek",
    "rrule": "FREQ=WEEKLY;BYDAY=TU",
    "starts_at": "1-12-2026 9:30",
    "duration_minutes": "90",
    "age_groups": "volwassene, senior",
}


@pytest.fixture
def world(database):
    """A database with what imports refer to by name, and rows that must never change."""
    place = ops.save(database, r.Place(name="Buurthuis De Linde", capacity=50)).record_id
    ops.save(database, r.Organisation(name="Gemeente Dorpstad", kind="municipality"))
    initiative = ops.save(database, r.Initiative(name="Koffie op de hoek", status="active"))
    ops.save(database, r.Participant(name="Piet Bestaand", created_on=None))
    ops.save(
        database,
        r.Activity(
            initiative_id=initiative.record_id,
            title="Bestaande koffie",
            place_id=place,
            starts_at="2026-12-01T10:00",
        ),
    )
    database.conn.execute("UPDATE participants SET created_on = NULL")  # another tool did this
    database.conn.commit()
    return database


def _state(database) -> dict[str, list]:
    return {t: database.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def _import(database, kind: str, sheet: Sheet, include_duplicates: bool) -> int:
    """Plan and apply; only messages, never another exception; old rows unchanged, file
    healthy, and every message printable on one line in both languages."""
    before = _state(database)
    plan = plan_import(database, kind, sheet)
    for _line, error in plan.problems + plan.duplicates:
        for language in ("nl", "en"):
            text = error.message(language)
            assert "\n" not in text and len(text) < 400
            text.encode("utf-8")  # no lone surrogate reaches a terminal
    try:
        written = apply_import(database, plan, include_duplicates)
    except BuurtappError as error:  # allowed, but it must be a readable message
        assert error.message("nl")
        written = 0
    after = _state(database)
    for table in TABLES:
        assert set(before[table]) <= set(after[table]), table  # nothing existing changed
    grown = len(after[kind]) - len(before[kind])
    assert grown == written
    report = check(Path(database.path))
    assert report.healthy, report.problems
    return written


def _header(kind: str) -> list[str]:
    return [label(kind, name, "nl") for name in SYNONYMS[kind]]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_nasty_value_in_every_field(world, kind) -> None:
    """One row per field, that field nasty and the others good; then the value everywhere."""
    fields = list(SYNONYMS[kind])
    rows = []
    for value in NASTY:
        for n in range(len(fields)):
            # A field added later without a value here: the registry's first example.
            cells = [GOOD[f] if f in GOOD else registry.field(kind, f).examples[0] for f in fields]
            cells[n] = value
            rows.append(cells)
        rows.append([value] * len(fields))
    sheet = Sheet(_header(kind), [(n + 2, cells) for n, cells in enumerate(rows)])
    assert _import(world, kind, sheet, include_duplicates=True) > len(NASTY)


def test_the_issue_cells_are_reported_on_their_line(world) -> None:
    rows = [
        (2, ["Zaal", "inf"]),
        (3, ["Zaal 2", "12,7"]),
        (4, ["Zaal 3", "-1"]),
        (5, ["Zaal 4", "1e400"]),
        (6, ["Zaal 5", "1" * 25]),
        (7, ["Zaal 6", "-0"]),
    ]
    plan = plan_import(world, "places", Sheet(["Naam", "Capaciteit"], rows))
    problems = {line: error.message("nl") for line, error in plan.problems}
    assert problems == {
        2: "Capaciteit: 'inf' is geen heel getal (bijvoorbeeld 12).",
        3: "Capaciteit: '12,7' is geen heel getal (bijvoorbeeld 12).",
        4: "Capaciteit mag niet negatief zijn.",
        5: "Capaciteit: '1e400' is geen heel getal (bijvoorbeeld 12).",
        6: "Capaciteit is te groot (hoogstens 1000000000).",
    }
    assert [(line, record.capacity) for line, record in plan.records] == [(7, 0)]


def test_dates_far_away_are_refused(world) -> None:
    rows = [(2, ["Jan", "9999-12-31"]), (3, ["Piet", "1-1-0001"]), (4, ["Kees", "31-12-2100"])]
    plan = plan_import(world, "participants", Sheet(["Naam", "Aangemaakt op"], rows))
    assert [line for line, _ in plan.problems] == [2, 3]
    assert "klopt het jaartal" in plan.problems[0][1].message("nl")
    assert plan.records[0][1].created_on == "2100-12-31"


SLOW = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.parametrize("kind", list(KINDS))
@SLOW
@given(data=st.data(), include_duplicates=st.booleans())
def test_any_cells_for_every_kind(world, kind, data, include_duplicates) -> None:
    width = len(SYNONYMS[kind])
    rows = data.draw(
        st.lists(st.lists(CELL, min_size=0, max_size=width + 2), min_size=1, max_size=4)
    )
    sheet = Sheet(_header(kind), [(n + 2, cells) for n, cells in enumerate(rows)])
    _import(world, kind, sheet, include_duplicates)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: ("Naam;Capaciteit\n" + t).encode("utf-8")),
        st.text(max_size=200).map(lambda t: "\ufeffNaam\t" + t),
    ).map(lambda c: c.encode("utf-16-le", "surrogatepass") if isinstance(c, str) else c),
    suffix=st.sampled_from([".csv", ".txt", ".xlsx"]),
)
def test_any_file_is_read_or_refused_in_one_line(tmp_path_factory, content, suffix) -> None:
    path = tmp_path_factory.mktemp("bestand") / f"lijst{suffix}"
    path.write_bytes(content)
    try:
        sheet = read_table(path)
    except BuurtappError as error:
        assert "\n" not in error.message("nl")
        return
    assert all(isinstance(cell, str) for _line, cells in sheet.rows for cell in cells)
