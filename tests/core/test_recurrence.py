"""Every repeat pattern a community centre runs, with exact dates."""

from datetime import date, datetime

import pytest

from buurtapp.core.errors import ValidationError
from buurtapp.core.planning.recurrence import planned_starts


def _days(rule: str | None, first: str, until: str) -> list[str]:
    starts = planned_starts(rule, datetime.fromisoformat(first), datetime.fromisoformat(until))
    return [s.strftime("%Y-%m-%d %H:%M") for s in starts]


def test_weekly_on_tuesday() -> None:
    assert _days("FREQ=WEEKLY;BYDAY=TU", "2026-09-01T10:00", "2026-09-30T23:59") == [
        "2026-09-01 10:00",
        "2026-09-08 10:00",
        "2026-09-15 10:00",
        "2026-09-22 10:00",
        "2026-09-29 10:00",
    ]


def test_every_other_week() -> None:
    assert _days("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "2026-09-02T15:30", "2026-10-31T00:00") == [
        "2026-09-02 15:30",
        "2026-09-16 15:30",
        "2026-09-30 15:30",
        "2026-10-14 15:30",
        "2026-10-28 15:30",
    ]


@pytest.mark.parametrize(
    ("byday", "expected"),
    [
        ("1MO", ["2026-09-07", "2026-10-05", "2026-11-02", "2026-12-07"]),
        ("2MO", ["2026-09-14", "2026-10-12", "2026-11-09", "2026-12-14"]),
        ("3MO", ["2026-09-21", "2026-10-19", "2026-11-16", "2026-12-21"]),
        ("-1FR", ["2026-09-25", "2026-10-30", "2026-11-27", "2026-12-25"]),
    ],
)
def test_nth_and_last_weekday_of_month(byday, expected) -> None:
    days = _days(f"FREQ=MONTHLY;BYDAY={byday}", "2026-09-01T19:00", "2026-12-31T23:59")
    assert [d[:10] for d in days] == expected


def test_fourth_and_fifth_sunday() -> None:
    days = _days("FREQ=MONTHLY;BYDAY=4SU,5SU", "2026-08-01T11:00", "2026-12-31T23:59")
    # August 2026 has five Sundays (2, 9, 16, 23, 30); November too (1 … 29).
    assert [d[:10] for d in days] == [
        "2026-08-23",
        "2026-08-30",
        "2026-09-27",
        "2026-10-25",
        "2026-11-22",
        "2026-11-29",
        "2026-12-27",
    ]


def test_only_march_to_october() -> None:
    days = _days(
        "FREQ=MONTHLY;BYDAY=1SA;BYMONTH=3,4,5,6,7,8,9,10", "2026-01-01T10:00", "2027-04-30T00:00"
    )
    assert [d[:10] for d in days] == [
        "2026-03-07",
        "2026-04-04",
        "2026-05-02",
        "2026-06-06",
        "2026-07-04",
        "2026-08-01",
        "2026-09-05",
        "2026-10-03",
        "2027-03-06",
        "2027-04-03",
    ]


def test_only_september_to_february_crosses_the_year() -> None:
    days = _days(
        "FREQ=MONTHLY;BYDAY=-1TH;BYMONTH=9,10,11,12,1,2", "2026-06-01T20:00", "2027-06-30T00:00"
    )
    assert [d[:10] for d in days] == [
        "2026-09-24",
        "2026-10-29",
        "2026-11-26",
        "2026-12-31",
        "2027-01-28",
        "2027-02-25",
    ]


def test_one_off() -> None:
    assert _days(None, "2026-12-12T14:00", "2027-12-31T00:00") == ["2026-12-12 14:00"]
    assert _days(None, "2026-12-12T14:00", "2026-12-01T00:00") == []


def test_until_and_rrule_prefix() -> None:
    assert _days(
        "RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20261016T235900", "2026-10-01T09:30", "2026-12-31T00:00"
    ) == ["2026-10-02 09:30", "2026-10-09 09:30", "2026-10-16 09:30"]


def test_first_date_not_matching_rule_is_not_a_session() -> None:
    # Starts on a Monday, rule says Tuesday: the first session is the Tuesday after.
    assert _days("FREQ=WEEKLY;BYDAY=TU", "2026-09-07T10:00", "2026-09-15T23:00") == [
        "2026-09-08 10:00",
        "2026-09-15 10:00",
    ]


@pytest.mark.parametrize(
    "rule",
    [
        "",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=SECONDLY",
        "FREQ=WEEKLY\nRRULE:FREQ=DAILY",
        "BYDAY=MO",
        "onzin",
    ],
)
def test_bad_rules_are_refused(rule) -> None:
    with pytest.raises(ValidationError) as err:
        planned_starts(rule or " ", datetime(2026, 1, 1), datetime(2026, 2, 1))
    assert err.value.field == "rrule"


def test_huge_horizon_is_capped() -> None:
    starts = planned_starts("FREQ=DAILY", datetime(2026, 1, 1), datetime(2099, 1, 1))
    assert len(starts) == 5_000
    assert starts[0].date() == date(2026, 1, 1)
