"""Dates and amounts as people type them."""

import pytest

from buurtapp.core.errors import ValidationError
from buurtapp.core.parsing import format_date, format_money, parse_date, parse_money


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("25-11-2026", "2026-11-25"),
        ("5-3-26", "2026-03-05"),
        ("05/03/1998", "1998-03-05"),
        ("1.2.75", "1975-02-01"),
        ("2026-11-25", "2026-11-25"),
        (" ", None),
        (None, None),
    ],
)
def test_dates(text, iso) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["30-02-2026", "2026-13-01", "morgen", "25-11", "1-1-12345"])
def test_bad_dates(text) -> None:
    with pytest.raises(ValidationError) as err:
        parse_date(text, "started_on")
    assert err.value.field == "started_on"
    assert "bijvoorbeeld 25-11-2026" in err.value.message("nl")


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.500,50", 150050),
        ("1500.50", 150050),
        ("€ 25", 2500),
        ("1.500", 150000),
        ("0,05", 5),
        ("", None),
    ],
)
def test_money(text, cents) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["veel", "-5", "1,2,3"])
def test_bad_money(text) -> None:
    with pytest.raises(ValidationError):
        parse_money(text)


def test_formatting() -> None:
    assert format_money(150050) == "1.500,50"
    assert format_money(5) == "0,05"
    assert format_date("2026-03-05") == "05-03-2026"
