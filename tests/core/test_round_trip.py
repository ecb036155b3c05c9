"""Export, then import into an empty database, gives the same data: every kind, every column a
user entered, in CSV and in Excel, also for text with apostrophes, formula starts, tabs,
newlines and any Unicode; the formula guard covers every trigger and is undone on import."""

from __future__ import annotations

import copy
import csv
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.exchange.exporting import _COLUMNS, export
from buurtapp.core.exchange.importing import apply_import, guess_mapping, plan_import
from buurtapp.core.exchange.tabular import needs_guard, read_table, restore_cell, safe_cell
from buurtapp.core.model import records as r
from buurtapp.core.model.validation import validate
from buurtapp.core.storage.database import create_database, open_database

#: Import order: what a kind refers to by name comes first.
ORDER = ("places", "organisations", "initiatives", "participants", "activities")

#: Per kind, every exported value as SQL (references as names), for comparing two databases.
SNAPSHOT = {
    "places": "SELECT name, address, neighbourhood, capacity, accessible, notes FROM places",
    "organisations": "SELECT name, kind, notes FROM organisations",
    "initiatives": "SELECT i.name, i.status, i.story, i.started_on, i.ended_on, p.name, i.notes "
    "FROM initiatives i LEFT JOIN places p ON p.id = i.place_id",
    "participants": "SELECT pa.name, phone, email, neighbourhood, circle, age_group, is_worker, "
    "o.name, consent_contact, consent_contact_on, consent_photo, consent_photo_on, "
    "guardian_name, guardian_phone, pa.notes, created_on FROM participants pa "
    "LEFT JOIN organisations o ON o.id = pa.organisation_id WHERE anonymised_on IS NULL",
    "activities": "SELECT a.title, i.name, p.name, a.rrule, a.starts_at, a.duration_minutes, "
    "a.capacity, a.age_groups, a.notes FROM activities a "
    "JOIN initiatives i ON i.id = a.initiative_id LEFT JOIN places p ON p.id = a.place_id",
}


def snapshot(database) -> dict[str, Counter]:
    return {kind: Counter(database.conn.execute(sql).fetchall()) for kind, sql in SNAPSHOT.items()}


def round_trip(source, folder: Path, suffix: str) -> object:
    """Export every kind of ``source`` and import it all into a new, empty database."""
    target = create_database(folder / f"leeg-{suffix}.db")
    for kind in ORDER:
        path = folder / f"{kind}.{suffix}"
        count = export(source, kind, path)
        plan = plan_import(target, kind, read_table(path))
        assert not plan.problems, (kind, plan.messages("en")[:3])
        assert apply_import(target, plan, include_duplicates=True) == count
    return target


# -- the demo: every kind, every column ------------------------------------------------------


def test_export_has_every_column_a_user_entered(demo_path) -> None:
    """Compared with the tables themselves, so a new column cannot be forgotten silently."""
    left_out = {"id", "uid", "anonymised_on"}  # new on import; anonymised people not exported
    with open_database(demo_path) as db:
        for kind in ORDER:
            table = {row[1] for row in db.conn.execute(f"PRAGMA table_info({kind})")}
            exported = {name for name, _sql in _COLUMNS[kind]}
            assert exported == table - left_out, kind


@pytest.mark.parametrize("language", ["nl", "en"])
def test_exported_headers_map_back_to_their_fields(language) -> None:
    from buurtapp.core.model.fields import label

    for kind in ORDER:
        fields = [name for name, _sql in _COLUMNS[kind]]
        header = [label(kind, name, language) for name in fields]
        assert guess_mapping(kind, header) == dict(enumerate(fields)), kind


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_demo_round_trip_keeps_everything(demo_path, tmp_path, suffix) -> None:
    """Consent dates, guardians, organisations, created_on: the issue saw 249 of 300 differ."""
    with open_database(demo_path) as source:
        source.conn.execute(
            "UPDATE places SET name = '''t Zand', address = '''s-Hertogenbosch' WHERE id = 1"
        )
        source.conn.execute(
            "UPDATE participants SET notes = '=1+1', phone = '+31 6 1234', "
            "circle = '-kring', neighbourhood = '@wijk' WHERE id = 7"
        )
        source.conn.commit()
        with_dates = source.scalar(
            "SELECT count(*) FROM participants WHERE consent_contact_on IS NOT NULL "
            "AND consent_contact_on <> date('now')"
        )
        assert with_dates > 100  # the demo has real consent dates to lose
        target = round_trip(source, tmp_path, suffix)
        assert snapshot(target) == snapshot(source)
        assert target.scalar("SELECT address FROM places WHERE name = '''t Zand'") == (
            "'s-Hertogenbosch"
        )
        target.close()


def test_leading_apostrophe_is_written_doubled_and_read_back(database, tmp_path) -> None:
    ops.save(database, r.Place(name="'t Zand", address="'s-Hertogenbosch", notes="=1+1"))
    path = tmp_path / "plekken.csv"
    export(database, "places", path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        row = list(csv.reader(fh, delimiter=";"))[1]
    assert row[:2] == ["''t Zand", "''s-Hertogenbosch"]  # Excel shows 't Zand
    assert row[5] == "'=1+1"
    # A file from elsewhere with one leading apostrophe keeps it.
    other = tmp_path / "ander.csv"
    other.write_text("Naam;Adres\n't Hooft;'s-Gravenhage\n", encoding="utf-8")
    target = create_database(tmp_path / "nieuw.db")
    plan = plan_import(target, "places", read_table(other))
    assert (plan.records[0][1].name, plan.records[0][1].address) == ("'t Hooft", "'s-Gravenhage")
    plan = plan_import(target, "places", read_table(path))
    assert (plan.records[0][1].name, plan.records[0][1].notes) == ("'t Zand", "=1+1")


# -- the formula guard -----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_text_written_by_another_tool_is_guarded_too(database, tmp_path, suffix) -> None:
    """Values with a tab, CR or spaces before the formula sign (the app itself trims them)."""
    values = [" =1+1", "\t=1", "\r@x", "  -2"]
    for n, value in enumerate(values):
        database.conn.execute("INSERT INTO places (name, notes) VALUES (?, ?)", (f"P{n}", value))
    database.conn.commit()
    path = tmp_path / f"plekken.{suffix}"
    export(database, "places", path)
    if suffix == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            notes = [row[5] for row in list(csv.reader(fh, delimiter=";"))[1:]]
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(path).worksheets[0]
        notes = [row[5] for row in sheet.iter_rows(min_row=2, values_only=True)]
        values = [value.replace("\r", "\n") for value in values]  # XML reads a CR as LF
    assert notes == ["'" + value for value in values]


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+31 6", "-5", "@SUM(A1)", "\t=1", "\r=1", "  =1", " +1", "\n@x", "'t Zand", "''"],
)
def test_guard_covers_every_trigger(text) -> None:
    guarded = safe_cell(text)
    assert guarded == "'" + text
    assert restore_cell(guarded) == text


@pytest.mark.parametrize("value", [-5, -0.5, 12, None, "Zaal", "a=b", "t'Zand", " x"])
def test_no_guard_where_none_is_needed(value) -> None:
    assert safe_cell(value) == value  # negative numbers are numbers, not formulas


@given(st.text(max_size=30))
def test_guard_and_restore_are_inverse(text) -> None:
    kept = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)  # no workbook holds these
    assert restore_cell(safe_cell(text)) == kept
    guarded = safe_cell(text)
    assert not guarded.lstrip().startswith(("=", "+", "-", "@")) or guarded.startswith("'")
    if needs_guard(kept):
        assert guarded.startswith("'")


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_control_characters_from_another_tool_do_not_stop_an_export(
    database, tmp_path, suffix
) -> None:
    database.conn.execute("INSERT INTO places (name, notes) VALUES ('Zaal', 'a\x01b\x1f=c')")
    database.conn.commit()
    path = tmp_path / f"plekken.{suffix}"
    assert export(database, "places", path) == 1
    plan = plan_import(create_database(tmp_path / "nieuw.db"), "places", read_table(path))
    assert plan.records[0][1].notes == "ab=c"


# -- any records -----------------------------------------------------------------------------

TRICKY = st.sampled_from(
    [
        "'t Zand",
        "''",
        "'",
        "'=1",
        "=1+1",
        '=HYPERLINK("http://x";"klik")',
        "+31 6 12345678",
        "-5",
        "- niets -",
        "@jan",
        "tab\there",
        "regel 1\nregel 2",
        "\t=1",
        "#N/A",
        "#DIV/0!",
        "TRUE",
        "0612",
        "1e400",
        "Zoë Öztürk",
        "שלום",
        "😀 feest",
        'a;b,c"d',
    ]
)
TEXT = st.one_of(st.none(), TRICKY, st.text(max_size=25))
NAME = st.one_of(TRICKY, st.text(min_size=1, max_size=25))
DAY = st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(date.isoformat)
OPTIONAL_DAY = st.one_of(st.none(), DAY)
FLAG = st.integers(0, 1)


@st.composite
def worlds(draw) -> dict[str, list]:
    """Records of every kind, referring to each other by position."""
    places = [
        r.Place(
            name=draw(NAME),
            address=draw(TEXT),
            neighbourhood=draw(TEXT),
            capacity=draw(st.none() | st.integers(0, 10**9)),
            accessible=draw(FLAG),
            notes=draw(TEXT),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    organisations = [
        r.Organisation(
            name=draw(NAME), kind=draw(st.sampled_from(r.ORGANISATION_KINDS)), notes=draw(TEXT)
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    initiatives = [
        r.Initiative(
            name=draw(NAME),
            story=draw(TEXT),
            status=draw(st.sampled_from(r.INITIATIVE_STATUSES)),
            started_on=draw(OPTIONAL_DAY),
            ended_on=draw(OPTIONAL_DAY),
            place_id=draw(st.none() | st.integers(0, 2)),
            notes=draw(TEXT),
        )
        for _ in range(draw(st.integers(1, 2)))
    ]
    participants = []
    for _ in range(draw(st.integers(0, 3))):
        contact, photo = draw(FLAG), draw(FLAG)
        participants.append(
            r.Participant(
                name=draw(NAME),
                phone=draw(TEXT),
                email=draw(st.none() | st.sampled_from(["a@b.nl", "'x@y.nl", "z.ë@vb.org"])),
                neighbourhood=draw(TEXT),
                circle=draw(TEXT),
                age_group=draw(st.none() | st.sampled_from(r.AGE_GROUPS)),
                is_worker=draw(FLAG),
                organisation_id=draw(st.none() | st.integers(0, 1)),
                consent_contact=contact,
                consent_photo=photo,
                notes=draw(TEXT),
                created_on=draw(DAY),
                consent_contact_on=draw(DAY) if contact else None,
                consent_photo_on=draw(DAY) if photo else None,
                guardian_name=draw(TEXT),
                guardian_phone=draw(TEXT),
            )
        )
    activities = []
    for _ in range(draw(st.integers(0, 2))):
        rule = draw(st.none() | st.sampled_from(["FREQ=WEEKLY;BYDAY=TU", "FREQ=DAILY;COUNT=3"]))
        start = draw(st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31)))
        activities.append(
            r.Activity(
                initiative_id=draw(st.integers(0, 1)),
                title=draw(NAME),
                place_id=draw(st.none() | st.integers(0, 2)),
                rrule=rule,
                starts_at=start.strftime("%Y-%m-%dT%H:%M") if rule or draw(st.booleans()) else None,
                duration_minutes=draw(st.integers(1, 7 * 24 * 60)),
                capacity=draw(st.none() | st.integers(0, 500)),
                age_groups=draw(st.none() | st.sampled_from(["child", "youth,senior", "adult"])),
                notes=draw(TEXT),
            )
        )
    return {
        "places": places,
        "organisations": organisations,
        "initiatives": initiatives,
        "participants": participants,
        "activities": activities,
    }


REFERS = {
    "initiatives": ("place_id", "places"),
    "participants": ("organisation_id", "organisations"),
    "activities": ("place_id", "places"),
}


def store(database, world: dict[str, list]) -> None:
    """Save what validation accepts; names unique per kind (the importer finds them by name)."""
    ids: dict[str, list[int]] = {}
    for kind in ORDER:
        ids[kind] = []
        names: set[str] = set()
        for record in world[kind]:
            if kind in REFERS:
                column, table = REFERS[kind]
                position = getattr(record, column)
                setattr(record, column, _pick(ids[table], position))
            if kind == "activities":
                record.initiative_id = _pick(ids["initiatives"], record.initiative_id)
                if record.initiative_id is None:
                    continue
            try:
                validate(record)
            except BuurtappError:
                continue
            key = (getattr(record, "name", None) or getattr(record, "title", "")).casefold()
            if kind != "participants" and key in names:
                continue
            names.add(key)
            ids[kind].append(ops.save(database, record).record_id)


def _pick(ids: list[int], position: int | None) -> int | None:
    if position is None or position >= len(ids):
        return None
    return ids[position]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(world=worlds())
@example(
    world={
        "places": [
            r.Place(
                name="'t Zand",
                address="'s-Hertogenbosch",
                neighbourhood="-",
                capacity=0,
                accessible=1,
                notes="=1+1\n\t@x",
            )
        ],
        "organisations": [r.Organisation(name="+Plus", kind="business", notes="'")],
        "initiatives": [
            r.Initiative(
                name="=Idee",
                story="''",
                status="active",
                started_on="1900-01-01",
                ended_on="2100-12-31",
                place_id=0,
            )
        ],
        "participants": [
            r.Participant(
                name="'Jan",
                phone="+31",
                email=None,
                neighbourhood="@wijk",
                circle="-kring",
                age_group="senior",
                is_worker=1,
                organisation_id=0,
                consent_contact=1,
                consent_photo=0,
                notes="#N/A",
                created_on="2026-01-01",
                anonymised_on=None,
                consent_contact_on="2020-02-29",
                consent_photo_on=None,
                guardian_name="'Ouder",
                guardian_phone="-06",
            )
        ],
        "activities": [
            r.Activity(
                initiative_id=0,
                title="@Koffie",
                place_id=0,
                rrule="FREQ=WEEKLY;BYDAY=TU",
                starts_at="2026-12-01T09:30",
            )
        ],
    }
)
def test_any_records_survive_export_and_import(tmp_path_factory, suffix, world) -> None:
    world = copy.deepcopy(world)  # an explicit example is shared by both formats
    folder = tmp_path_factory.mktemp("rond")
    source = create_database(folder / "bron.db")
    try:
        store(source, world)
        target = round_trip(source, folder, suffix)
        try:
            assert snapshot(target) == snapshot(source)
        finally:
            target.close()
    finally:
        source.close()
