"""What one insight is, for everything that shows it: the shape of a registry entry.

An :class:`Insight` says once what the window, the command line and the prints need to know
about one of the eight lessons' figures: its key (the ``insights --json`` key), its lesson, a
title and an explanation (marked for translation), the function that computes it (returning a
frozen dataclass), how it reads as one line, how it is written to JSON, and the rows and columns
of its detail table. The entries themselves are in :mod:`buurtapp.core.insights.registry`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from buurtapp.core.insights.period_attendance import PeriodAttendance, load
from buurtapp.core.storage.connection import Database

R = TypeVar("R")


class CellKind(Enum):
    """How a detail cell is shown (the window formats it in the chosen language)."""

    TEXT = "text"
    COUNT = "count"  # an int
    DECIMAL = "decimal"  # a float, one decimal
    PERCENT = "percent"  # a float 0..1
    DAY = "day"  # a date
    MOMENT = "moment"  # a datetime or 'YYYY-MM-DDTHH:MM'
    TIME_SPAN = "time_span"  # a (start, end) pair of 'YYYY-MM-DDTHH:MM'
    AMOUNT = "amount"  # cents
    YES = "yes"  # a bool: 'yes' or nothing
    OWNER_KINDS = "owner_kinds"  # a tuple of organisation kinds (enum 'owner_kind')


@dataclass(frozen=True)
class Column:
    """One column of an insight's detail table: the row value it shows, its label, its kind."""

    key: str
    label: str  # an N_ text
    kind: CellKind = CellKind.TEXT
    width: int = 160


@dataclass(frozen=True)
class Row:
    """One line of a detail table; ``record`` is the (table, id) the line opens, if any."""

    values: Mapping[str, Any]
    record: tuple[str, int] | None = None


@dataclass
class Context:
    """The period, the reference date and the database one computation works on.

    ``attendance`` (who came to which held session) is read once and shared by the insights
    that need it.
    """

    database: Database
    first: date
    last: date
    on: date
    _attendance: PeriodAttendance | None = field(default=None, repr=False)

    @property
    def attendance(self) -> PeriodAttendance:
        if self._attendance is None:
            self._attendance = load(self.database, self.first, self.last)
        return self._attendance


@dataclass(frozen=True)
class Insight(Generic[R]):
    """One registry entry (see the module docstring)."""

    key: str
    lesson: int  # 1..8, the lesson of Wij in de wijk it makes visible
    title: str  # N_ text
    explanation: str  # N_ text
    compute: Callable[[Context], R]
    #: one line in a language (None: the chosen one), for the command line and prints
    summary: Callable[[R, str | None], str]
    to_json: Callable[[R], Any]
    columns: Sequence[Column] = ()
    rows: Callable[[R], Sequence[Row]] = lambda _result: ()
    #: computes from ``Context.attendance`` (else it may run on a second connection)
    uses_attendance: bool = False
    #: roughly how long it takes (ms on the large demo): the page shows the cheap ones first
    cost: int = 100

    def __post_init__(self) -> None:
        if not 1 <= self.lesson <= 8:
            raise ValueError(f"lesson of {self.key!r} must be 1..8, not {self.lesson}")
