"""Hostile input against every form's validation and the save operation: each input is either
stored and read back as validation said it would be, or refused with a message, and nothing
else changes."""

from __future__ import annotations

import copy
import dataclasses

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repository
from buurtapp.core.model.validation import validate
from buurtapp.core.storage.schema import TABLES

HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\x07bel",
        "\u202eevil\u202c",
        "שלום עולם",
        "😀" * 300,
        "'; DROP TABLE places; --",
        "<script>alert('x')</script>",
        "Robert'); --",
        "A" * 201,
        '=HYPERLINK("http://x")',
        "\r\n\t",
        "NULL",
        "0",
        "-1",
        "1e309",
        "2026-02-30",
        "31-12-1899",
        "9999-99-99",
        "   Jan   ",
    ]
)
TEXT = st.one_of(HOSTILE, st.text(max_size=60), st.none())
NUMBER = st.one_of(st.integers(-(10**12), 10**12), st.none(), HOSTILE)
HUGE = "x" * (10 * 1024 * 1024)

SLOW = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _state(database) -> dict:
    return {t: database.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def _try_save(database, record) -> None:
    """Save ``record``; on refusal nothing changed, on success it reads back as validated."""
    before = _state(database)
    expected = copy.deepcopy(record)
    try:
        validate(expected)
    except BuurtappError as error:
        assert error.message("nl") and error.message("en")
        try:
            ops.save(database, record)
        except BuurtappError:
            pass
        else:
            raise AssertionError("validation refused what the operation stored")
        assert _state(database) == before
        return
    change = ops.save(database, record)
    stored = Repository(database, type(record)).get(change.record_id)
    for field in dataclasses.fields(record):
        if field.name in ("id", "uid", "created_on"):
            continue
        assert getattr(stored, field.name) == getattr(expected, field.name), field.name


@SLOW
@given(name=TEXT, address=TEXT, hood=TEXT, capacity=NUMBER, notes=TEXT)
@example(name="Buurthuis", address=None, hood=None, capacity=None, notes=HUGE)
@example(name=HUGE, address=None, hood=None, capacity=None, notes=None)
def test_places(database, name, address, hood, capacity, notes) -> None:
    _try_save(
        database,
        r.Place(
            name=name,
            address=address,
            neighbourhood=hood,
            capacity=capacity,
            accessible=0,
            notes=notes,
        ),
    )


@SLOW
@given(
    name=TEXT,
    phone=TEXT,
    email=TEXT,
    age=st.one_of(HOSTILE, st.sampled_from(["child", "youth", "adult", "senior"])),
    circle=TEXT,
    guardian=TEXT,
)
def test_participants(database, name, phone, email, age, circle, guardian) -> None:
    _try_save(
        database,
        r.Participant(
            name=name,
            phone=phone,
            email=email,
            circle=circle,
            age_group=age,
            guardian_name=guardian,
        ),
    )


@SLOW
@given(
    name=TEXT,
    story=TEXT,
    status=st.one_of(HOSTILE, st.sampled_from(r.INITIATIVE_STATUSES)),
    started=TEXT,
    ended=TEXT,
)
def test_initiatives(database, name, story, status, started, ended) -> None:
    _try_save(
        database,
        r.Initiative(name=name, story=story, status=status, started_on=started, ended_on=ended),
    )


@SLOW
@given(
    title=TEXT,
    rule=st.one_of(
        HOSTILE,
        st.sampled_from(
            [
                "FREQ=WEEKLY;BYDAY=TU",
                "FREQ=MONTHLY;BYDAY=-1FR",
                "FREQ=SECONDLY",
                "FREQ=WEEKLY;BYDAY=XX",
            ]
        ),
    ),
    starts=st.one_of(HOSTILE, st.just("2026-12-01T10:00")),
    minutes=NUMBER,
)
@example(title="Kamp", rule="", starts="2026-12-01T10:00", minutes=4_193_436_360)  # found
def test_activities(database, title, rule, starts, minutes) -> None:
    initiative = database.scalar("SELECT id FROM initiatives LIMIT 1")
    if initiative is None:
        ops.save(database, r.Initiative(name="Proef", status="active"))
        initiative = database.scalar("SELECT id FROM initiatives LIMIT 1")
    _try_save(
        database,
        r.Activity(
            initiative_id=initiative,
            title=title,
            place_id=None,
            rrule=rule,
            starts_at=starts,
            duration_minutes=minutes,
        ),
    )


@SLOW
@given(
    description=TEXT,
    amount=NUMBER,
    starts=TEXT,
    ends=TEXT,
    status=st.one_of(HOSTILE, st.sampled_from(r.FUNDING_STATUSES)),
)
def test_fundings(database, description, amount, starts, ends, status) -> None:
    initiative = database.scalar("SELECT id FROM initiatives LIMIT 1")
    if initiative is None:
        ops.save(database, r.Initiative(name="Proef", status="active"))
        initiative = database.scalar("SELECT id FROM initiatives LIMIT 1")
    _try_save(
        database,
        r.Funding(
            initiative_id=initiative,
            status=status,
            organisation_id=None,
            description=description,
            amount_cents=amount,
            starts_on=starts,
            ends_on=ends,
        ),
    )
