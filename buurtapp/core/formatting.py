"""Dates, times, weekdays, amounts and counts as people read them, in the chosen language.

One place decides how the window, the printed documents and the command line show a value, so
a screen never mixes ``01-01-2026``, ``2026-01-05 15:30`` and ``27/11/2026``. Babel supplies
the conventions (Dutch: ``nl_NL``, English: ``en_GB``); the language is
:func:`buurtapp.core.i18n.language` unless ``lang=`` is given.

Every function accepts the Python object or the ISO text the database holds (``2026-11-27``,
``2026-11-27T09:30``, ``2026-11-27T08:30:00Z`` for moments recorded in UTC, ``09:30``).
Nothing (None or empty) is shown as ``""``; a text that is not a date is shown as it is, so a
damaged value stays visible instead of breaking a screen.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal, format_percent

from buurtapp.core.i18n import language

#: The Babel locale of each language of the program (conventions, not texts).
LOCALES = dict(nl="nl_NL", en="en_GB")
EN_DASH = "\u2013"

DateLike = date | datetime | str | None
TimeLike = time | datetime | str | None


def locale(lang: str | None = None) -> Locale:
    """The Babel locale of ``lang`` (default: the language chosen now, asked at every call)."""
    return _parsed(lang or language())


@cache
def _parsed(lang: str) -> Locale:
    return Locale.parse(LOCALES.get(lang, LOCALES["nl"]))


def _loc(lang: str | None) -> Locale:
    return locale(lang)


def as_datetime(value: DateLike) -> datetime | None:
    """A naive local datetime from an object or ISO text; None when there is none.

    A moment with a time zone (``...Z``, as the change log records) is turned into local time.
    Raises ValueError for text that is not ISO.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    else:
        moment = datetime.fromisoformat(value.strip())
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment


def as_date(value: DateLike) -> date | None:
    """The day of an object or ISO text (local day for a UTC moment); None when there is none."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value.strip()) == 10:
        return date.fromisoformat(value.strip())
    moment = as_datetime(value)
    return moment.date() if moment else None


def as_time(value: TimeLike) -> time | None:
    """The time of day of an object, ``HH:MM`` text or ISO moment; None when there is none."""
    if value is None or value == "":
        return None
    if isinstance(value, time):
        return value
    if isinstance(value, datetime):
        moment: datetime | None = value
    elif len(value.strip()) <= 8:
        return time.fromisoformat(value.strip())
    else:
        moment = as_datetime(value)
    return moment.time() if moment else None


def _raw(value: object) -> str:
    return "" if value is None else str(value)


def _date_pattern(value: DateLike, pattern: str, lang: str | None) -> str:
    try:
        day = as_date(value)
    except ValueError:
        return _raw(value)
    return "" if day is None else format_date(day, pattern, locale=_loc(lang))


def day(value: DateLike, lang: str | None = None) -> str:
    """A short date: nl ``27-11-2026``, en ``27/11/2026``."""
    return _date_pattern(value, "short", lang)


def long_day(
    value: DateLike, lang: str | None = None, with_weekday: bool = True, with_year: bool = True
) -> str:
    """A written-out date: ``vrijdag 27 november 2026`` / ``Friday 27 November 2026``.

    Without the weekday: ``27 november 2026``; without the year: ``vrijdag 27 november``.
    """
    pattern = ("EEEE " if with_weekday else "") + "d MMMM" + (" y" if with_year else "")
    return _date_pattern(value, pattern, lang)


def day_month(value: DateLike, lang: str | None = None) -> str:
    """Day and short month, for headings and scales: ``27 nov`` / ``27 Nov``."""
    return _date_pattern(value, "d MMM", lang)


def weekday(value: DateLike, lang: str | None = None) -> str:
    """The name of the day: ``vrijdag`` / ``Friday``."""
    return _date_pattern(value, "EEEE", lang)


def weekday_short(value: DateLike, lang: str | None = None) -> str:
    """The short name of the day: ``vr`` / ``Fri``."""
    return _date_pattern(value, "EEE", lang)


def weekday_name(index: int, lang: str | None = None, short: bool = False) -> str:
    """The name of weekday ``index`` (0 = Monday ... 6 = Sunday), as for a rule's days."""
    names = _loc(lang).days["format"]["abbreviated" if short else "wide"]
    return str(names[index % 7])


def month(value: DateLike, lang: str | None = None) -> str:
    """Month and year: ``november 2026`` / ``November 2026``."""
    return _date_pattern(value, "LLLL y", lang)


def month_short(value: DateLike, lang: str | None = None) -> str:
    """Month and year, short (a chart's axis): ``nov 2026`` / ``Nov 2026``."""
    return _date_pattern(value, "LLL y", lang)


def time_of_day(value: TimeLike, lang: str | None = None) -> str:
    """A time of day: ``09:30`` (24 hours in both languages)."""
    try:
        moment = as_time(value)
    except ValueError:
        return _raw(value)
    return "" if moment is None else format_time(moment, "HH:mm", locale=_loc(lang))


def time_span(start: TimeLike, end: TimeLike, lang: str | None = None) -> str:
    """From and until: ``09:30–11:00``; only the start when the end is missing."""
    first, last = time_of_day(start, lang), time_of_day(end, lang)
    return f"{first}{EN_DASH}{last}" if first and last else first or last


def moment(value: DateLike, lang: str | None = None) -> str:
    """Date and time: ``27-11-2026 09:30`` / ``27/11/2026 09:30``; a plain date: the date."""
    if (isinstance(value, str) and len(value.strip()) == 10) or (
        isinstance(value, date) and not isinstance(value, datetime)
    ):
        return day(value, lang)
    try:
        when = as_datetime(value)
    except ValueError:
        return _raw(value)
    if when is None:
        return ""
    return f"{day(when.date(), lang)} {time_of_day(when.time(), lang)}"


def period(first: DateLike, last: DateLike, lang: str | None = None) -> str:
    """Two days as a range: ``01-01-2026 – 31-12-2026``; one side when the other is missing."""
    start, end = day(first, lang), day(last, lang)
    return f"{start} {EN_DASH} {end}" if start and end else start or end


def _whole(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return int(value)


def amount(cents: int | str | None, lang: str | None = None, symbol: bool = True) -> str:
    """Euro cents as money: nl ``€ 1.250,00``, en ``€1,250.00`` (``symbol=False``: no €).

    Babel puts a no-break space between € and the number in Dutch, so they stay on one line.
    """
    try:
        whole = _whole(cents)
    except ValueError:
        return _raw(cents)
    if whole is None:
        return ""
    euros = Decimal(whole) / 100
    if symbol:
        return str(format_currency(euros, "EUR", locale=_loc(lang)))
    return str(format_decimal(euros, "#,##0.00", locale=_loc(lang)))


def count(n: int | str | None, lang: str | None = None) -> str:
    """A whole number with grouping: ``12.345`` / ``12,345``."""
    try:
        whole = _whole(n)
    except ValueError:
        return _raw(n)
    if whole is None:
        return ""
    if -1000 < whole < 1000:  # nothing to group (and tables show many small counts)
        return str(whole)
    return str(format_decimal(whole, locale=_loc(lang)))


def number(value: float | Decimal | None, digits: int = 1, lang: str | None = None) -> str:
    """A number with ``digits`` decimals: ``12,5`` / ``12.5``."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return str(format_decimal(value, pattern, locale=_loc(lang)))


def percent(fraction: float | None, lang: str | None = None) -> str:
    """A fraction as a percentage without decimals: 0.25 -> ``25%``."""
    if fraction is None:
        return ""
    return str(format_percent(fraction, locale=_loc(lang)))
