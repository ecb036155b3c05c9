"""Every registered insight for one period and reference date: typed values for the window and
the prints, the JSON object ``buurtapp insights --json`` prints, and a readable summary.

What is computed, written and said comes from the registry
(:mod:`buurtapp.core.insights.registry`); this module only runs the entries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

from buurtapp.core.errors import BuurtappError
from buurtapp.core.i18n import N_, _
from buurtapp.core.insights.entry import Context, Insight
from buurtapp.core.insights.period_attendance import PeriodAttendance
from buurtapp.core.insights.registry import entries
from buurtapp.core.storage.connection import Database, connect_readonly


@dataclass(frozen=True)
class Insights:
    """The value of each insight (by registry key) for a period and a reference date."""

    first: date
    last: date
    on: date
    values: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


def _second_connection(database: Database) -> Database | None:
    if database.path is None:
        return None
    try:
        return Database(connect_readonly(database.path), database.path)
    except (BuurtappError, sqlite3.Error):
        return None


def _run(found: list[Insight[Any]], ctx: Context) -> dict[str, Any]:
    return {e.key: e.compute(ctx) for e in found}


def compute_all(
    database: Database,
    first: date,
    last: date,
    on: date | None = None,
    data: PeriodAttendance | None = None,
) -> Insights:
    """Every registered insight, as typed values.

    The insights that do not read attendance run on a second, read-only connection in a thread
    while this one reads attendance and pairs people up: SQLite releases the GIL, so both
    cores work.
    """
    on = on or last
    registered = list(entries())
    own = [e for e in registered if e.uses_attendance]
    rest = [e for e in registered if not e.uses_attendance]
    ctx = Context(database, first, last, on, data)
    other = _second_connection(database) if rest else None
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            side = (
                pool.submit(_run, rest, Context(other, first, last, on))
                if other is not None
                else None
            )
            values = _run(own, ctx)
            values.update(side.result() if side is not None else _run(rest, ctx))
    finally:
        if other is not None:
            other.conn.close()
    return Insights(first, last, on, {e.key: values[e.key] for e in registered})


def as_json(insights: Insights) -> dict[str, Any]:
    """The ``insights --json`` object: one key per registry entry, in registry order."""
    return {e.key: e.to_json(insights.values[e.key]) for e in entries() if e.key in insights.values}


def compute(
    database: Database,
    first: date,
    last: date,
    on: date | None = None,
    data: PeriodAttendance | None = None,
) -> dict[str, Any]:
    """The insights as the JSON object of the ``insights --json`` contract."""
    return as_json(compute_all(database, first, last, on, data))


HEADER = N_("Insights from {first} to {last} (reference date {on})")


def summary_lines(insights: Insights, language: str | None = None) -> list[str]:
    """One line per registered insight, after a header with the period."""
    lines = [
        _(HEADER, language).format(
            first=insights.first.isoformat(),
            last=insights.last.isoformat(),
            on=insights.on.isoformat(),
        )
    ]
    for e in entries():
        if e.key in insights.values:
            lines.append(e.summary(insights.values[e.key], language))
    return lines


def summary(insights: Insights, language: str | None = None) -> str:
    """The insights as readable lines, with the small gems listed under them."""
    lines = summary_lines(insights, language)
    gems = insights.values.get("small_initiatives")
    for item in gems.items[:10] if gems is not None else ():
        lines.append(f"  · {item.name} ({item.sessions}×, {item.participants})")
    return "\n".join(lines)
