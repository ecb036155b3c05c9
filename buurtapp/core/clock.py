"""The one clock: what "today" and "now" are, for the core, the window and the command line.

Tests (and a demo made for a fixed day) set the day with :func:`set_today`; everything else asks
:func:`today` or :func:`now` instead of ``date.today()``, ``datetime.now()`` or SQLite's
``'now'``, so one setting moves the whole program to another day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

_fixed_day: date | None = None


def set_today(day: date | None) -> None:
    """Pretend today is ``day`` (None: follow the computer's clock again)."""
    global _fixed_day
    _fixed_day = day


def today() -> date:
    """Today's date (the set day, or the computer's)."""
    return _fixed_day or date.today()


def now() -> datetime:
    """The current moment; on a set day, that day at the computer's current time of day."""
    moment = datetime.now().replace(microsecond=0)
    if _fixed_day is None:
        return moment
    return datetime.combine(_fixed_day, moment.time())


def minute() -> str:
    """Now as the sessions table writes a start: ``2026-11-27T09:30`` (local time)."""
    return now().strftime("%Y-%m-%dT%H:%M")


def utc_stamp() -> str:
    """Now in UTC as the change columns hold it: ``2026-11-27T08:30:00Z``."""
    return now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
