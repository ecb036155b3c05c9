"""The one clock: what "today" and "now" are, for the core, the window and the command line.

Tests (and a demo made for a fixed day) set the day with :func:`set_today`; everything else asks
:func:`today` or :func:`now` instead of ``date.today()``, ``datetime.now()`` or SQLite's
``'now'``, so one setting moves the whole program to another day.
"""

from __future__ import annotations

from datetime import date, datetime

_fixed_day: date | None = None


def set_today(day: date | None) -> None:
    """Pretend today is ``day`` (None: follow the computer's clock again)."""
    global _fixed_day
    _fixed_day = day


def today() -> date:
    return _fixed_day or date.today()


def now() -> datetime:
    """The current moment; on a set day, that day at the computer's current time of day."""
    moment = datetime.now().replace(microsecond=0)
    if _fixed_day is None:
        return moment
    return datetime.combine(_fixed_day, moment.time())
