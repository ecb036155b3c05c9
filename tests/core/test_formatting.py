"""One way to show dates, times, amounts and counts, per language (core/formatting.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtapp.core import formatting as fmt
from buurtapp.core.i18n import language, set_language
from tests.conftest import DEMO_TODAY

NBSP = "\u00a0"
FRIDAY = date(2026, 11, 27)


@pytest.fixture
def english() -> Iterator[None]:
    before = language()
    set_language("en")
    yield
    set_language(before)


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (FRIDAY, "27-11-2026", "27/11/2026"),
        ("2026-11-27", "27-11-2026", "27/11/2026"),
        ("2026-11-27T09:30", "27-11-2026", "27/11/2026"),
        (datetime(2026, 1, 5, 15, 30), "05-01-2026", "05/01/2026"),
    ],
)
def test_day_in_both_languages_from_objects_and_text(value: object, nl: str, en: str) -> None:
    assert fmt.day(value, lang="nl") == nl  # type: ignore[arg-type]
    assert fmt.day(value, lang="en") == en  # type: ignore[arg-type]


def test_long_day_weekdays_and_month() -> None:
    assert fmt.long_day(FRIDAY, lang="nl") == "vrijdag 27 november 2026"
    assert fmt.long_day("2026-11-27", lang="en") == "Friday 27 November 2026"
    assert fmt.long_day(FRIDAY, lang="en", with_weekday=False) == "27 November 2026"
    assert fmt.long_day(FRIDAY, lang="nl", with_year=False) == "vrijdag 27 november"
    assert fmt.long_day(FRIDAY, lang="en", with_weekday=False, with_year=False) == "27 November"
    assert fmt.weekday("2026-11-27T09:30", lang="nl") == "vrijdag"
    assert fmt.weekday(FRIDAY, lang="en") == "Friday"
    assert fmt.weekday_short(FRIDAY, lang="nl") == "vr"
    assert fmt.weekday_short(FRIDAY, lang="en") == "Fri"
    assert fmt.weekday_name(0, lang="nl") == "maandag"
    assert fmt.weekday_name(6, lang="en", short=True) == "Sun"
    assert fmt.month("2026-11-01", lang="nl") == "november 2026"
    assert fmt.month(FRIDAY, lang="en") == "November 2026"
    assert fmt.day_month(FRIDAY, lang="en") == "27 Nov"


def test_times_spans_and_moments() -> None:
    assert fmt.time_of_day(time(9, 30)) == "09:30"
    assert fmt.time_of_day("2026-11-27T09:30", lang="en") == "09:30"
    assert fmt.time_of_day("21:05") == "21:05"
    assert fmt.time_span("2026-11-27T09:30", "2026-11-27T11:00") == "09:30\u201311:00"
    assert fmt.time_span(time(9, 30), None) == "09:30"
    assert fmt.moment("2026-01-05T15:30", lang="nl") == "05-01-2026 15:30"
    assert fmt.moment(datetime(2026, 1, 5, 15, 30), lang="en") == "05/01/2026 15:30"
    assert fmt.moment("2026-01-05", lang="en") == "05/01/2026"
    assert fmt.period("2026-01-01", FRIDAY, lang="nl") == "01-01-2026 \u2013 27-11-2026"
    assert fmt.period(None, FRIDAY, lang="en") == "27/11/2026"


def test_a_moment_recorded_in_utc_is_shown_in_local_time() -> None:
    utc = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    local = utc.astimezone().replace(tzinfo=None)
    shown = fmt.moment("2026-06-01T12:00:00Z", lang="nl")
    assert shown == f"{local:%d-%m-%Y %H:%M}"
    assert fmt.moment(utc, lang="nl") == shown


def test_amounts_and_counts() -> None:
    assert fmt.amount(125000, lang="nl") == f"€{NBSP}1.250,00"
    assert fmt.amount(125000, lang="en") == "€1,250.00"
    assert fmt.amount(5, lang="nl") == f"€{NBSP}0,05"
    assert fmt.amount(0, lang="en") == "€0.00"
    assert fmt.amount(125000, lang="nl", symbol=False) == "1.250,00"
    assert fmt.amount(125000, lang="en", symbol=False) == "1,250.00"
    assert fmt.count(12345, lang="nl") == "12.345"
    assert fmt.count(12345, lang="en") == "12,345"
    assert fmt.count(0) == "0"
    assert (fmt.count(999, lang="nl"), fmt.count(1000, lang="nl")) == ("999", "1.000")
    assert (fmt.count(-999, lang="en"), fmt.count(-1000, lang="en")) == ("-999", "-1,000")
    assert fmt.number(12.5, 1, lang="nl") == "12,5"
    assert fmt.number(12.5, 1, lang="en") == "12.5"
    assert fmt.percent(0.25, lang="nl") == "25%"


def test_the_chosen_language_is_the_default(english: object) -> None:
    assert fmt.day(FRIDAY) == "27/11/2026"
    assert fmt.amount(125000) == "€1,250.00"
    assert fmt.day(FRIDAY, lang="nl") == "27-11-2026"


def test_the_locale_follows_a_change_of_language() -> None:
    """Asked without a language, the locale is the one chosen now, not the first one asked."""
    from buurtapp.core import i18n

    assert str(fmt.locale()) == "nl_NL"
    i18n.set_language("en")
    try:
        assert str(fmt.locale()) == "en_GB"
    finally:
        i18n.set_language("nl")
    assert str(fmt.locale()) == "nl_NL"


def test_nothing_is_empty_and_damaged_text_stays_visible() -> None:
    for show in (fmt.day, fmt.long_day, fmt.weekday, fmt.weekday_short, fmt.month, fmt.moment):
        assert show(None) == ""
        assert show("") == ""
    assert fmt.time_of_day(None) == "" and fmt.time_span(None, None) == ""
    assert fmt.amount(None) == "" and fmt.amount("") == "" and fmt.count(None) == ""
    assert fmt.number(None) == "" and fmt.percent(None) == ""
    assert fmt.day("31-02-2026") == "31-02-2026"
    assert fmt.moment("later") == "later"
    assert fmt.time_of_day("25:99") == "25:99"
    assert fmt.amount("lots") == "lots"


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1900, 1, 8), max_value=date(9999, 12, 31)))
def test_a_short_date_reads_back_as_the_same_day(day: date) -> None:
    nl = fmt.day(day, lang="nl").split("-")
    en = fmt.day(day.isoformat(), lang="en").split("/")
    assert date(int(nl[2]), int(nl[1]), int(nl[0])) == day
    assert date(int(en[2]), int(en[1]), int(en[0])) == day
    assert fmt.weekday(day, lang="en") == fmt.weekday_name(day.weekday(), lang="en")
    assert fmt.weekday(day - timedelta(days=7), lang="nl") == fmt.weekday(day, lang="nl")


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=100_000_000_000))
def test_amounts_read_back_as_the_same_cents(cents: int) -> None:
    from buurtapp.core.parsing import parse_money

    assert parse_money(fmt.amount(cents, lang="nl").replace(NBSP, " ")) == cents
    assert parse_money(fmt.amount(cents, lang="nl", symbol=False)) == cents


# -- the window and print show data through it ------------------------------------------------


def test_the_week_data_is_typed(demo_path: Path) -> None:
    from buurtapp.core.planning.week import (
        SessionInfo,
        WeekSession,
        find_participants,
        session_details,
        week_sessions,
        week_start,
    )
    from buurtapp.core.storage.database import open_database

    with open_database(demo_path) as database:
        monday = week_start(DEMO_TODAY)
        sessions = week_sessions(database, monday, monday + timedelta(days=6))
        assert sessions and all(isinstance(s, WeekSession) for s in sessions)
        first = sessions[0]
        assert isinstance(first.starts_at, datetime) and first.ends_at > first.starts_at
        assert monday <= first.day <= monday + timedelta(days=6)
        with pytest.raises(dataclasses.FrozenInstanceError):
            first.title = "changed"  # type: ignore[misc]
        info = session_details(database, first.id)
        assert isinstance(info, SessionInfo)
        assert (info.title, info.starts_at, info.place) == (
            first.title,
            first.starts_at,
            first.place,
        )
        assert session_details(database, -1) is None
        name = database.query("SELECT name FROM participants WHERE anonymised_on IS NULL")[0]
        found = find_participants(database, name["name"][:3])
        assert found and all(name["name"][:3].casefold() in p.name.casefold() for p in found)
        assert {type(p).__name__ for p in found} == {"FoundPerson"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_week_page_shows_days_and_times_in_the_chosen_language(
    qtbot, demo_path: Path, lang: str
) -> None:
    from buurtapp.core.planning.week import week_sessions, week_start
    from buurtapp.core.storage.database import open_database
    from buurtapp.ui.week_page import WeekPage
    from buurtapp.ui.workspace import Workspace

    before = language()
    set_language(lang)
    database = open_database(demo_path)
    try:
        page = WeekPage(Workspace(database, today=DEMO_TODAY))
        qtbot.addWidget(page)
        lines = [page.model.item(row).text() for row in range(page.model.rowCount())]
        wednesday = fmt.long_day(DEMO_TODAY, with_year=False)
        assert any(line.casefold().startswith(wednesday.casefold()) for line in lines)
        assert fmt.long_day(DEMO_TODAY + timedelta(days=4), with_weekday=False) in (
            page.heading.text()
        )
        monday = week_start(DEMO_TODAY)
        first = week_sessions(database, monday, monday + timedelta(days=6))[0]
        span = fmt.time_span(first.starts_at, first.ends_at)
        assert any(line.strip().startswith(f"{span}  {first.title}") for line in lines)
        page.select_session(first.id)
        when = page.panel.when.text()
        assert when.startswith(f"{fmt.long_day(first.starts_at)}, {span}")
    finally:
        set_language(before)
        database.close()


def test_printed_dates_and_amounts_follow_the_language(english: object) -> None:
    from buurtapp.reports.html import environment, long_date, short_date

    assert short_date("2026-11-27") == "27/11/2026"
    assert long_date(FRIDAY) == "Friday 27 November 2026"
    template = environment().from_string("{{ d|day }} {{ c|amount }} {{ s|time_of_day }}")
    assert template.render(d="2026-11-27", c=125000, s="2026-11-27T09:30") == (
        "27/11/2026 €1,250.00 09:30"
    )
    set_language("nl")
    assert short_date(FRIDAY) == "27-11-2026"
