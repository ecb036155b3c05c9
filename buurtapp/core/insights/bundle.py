"""Everything the Inzichten page shows, computed in one go off the GUI thread: the registered
insights (typed, per registry key) and the details beside them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from buurtapp.core.insights.details import (
    Month,
    PlaceHours,
    WithoutPlace,
    WorkerLoad,
    funding_timeline,
    initiatives_info,
    monthly,
    neighbourhoods_without_place,
    place_hours,
    workload,
)
from buurtapp.core.insights.period_attendance import load
from buurtapp.core.insights.report import Insights, compute_all
from buurtapp.core.storage.connection import Database


@dataclass(frozen=True)
class Bundle:
    """Everything the Inzichten page shows: the registered insights and the details."""

    insights: Insights  # typed, per registry key
    spotlight: Mapping[int, Mapping[str, Any]]  # small gem id -> story, started_on (the print)
    workload: tuple[WorkerLoad, ...]
    place_hours: tuple[PlaceHours, ...]
    without_place: tuple[WithoutPlace, ...]
    timeline: tuple[Mapping[str, Any], ...]  # rows of the funding time line widget
    monthly: tuple[Month, ...]

    def gems(self) -> list[dict[str, Any]]:
        """The small gems in spotlight order, each with its story and start (for the print)."""
        found = self.insights.values.get("small_initiatives")
        return [
            {**asdict(gem), **self.spotlight.get(gem.id, {})}
            for gem in (found.items if found is not None else ())
        ]

    @property
    def first(self) -> date:
        return self.insights.first

    @property
    def last(self) -> date:
        return self.insights.last

    @property
    def on(self) -> date:
        return self.insights.on


def bundle(
    database: Database,
    first: date,
    last: date,
    on: date,
    progress: Callable[[int, str], None] | None = None,
) -> Bundle:
    """Everything the Inzichten page shows, in one go (run off the GUI thread)."""

    def step(percent: int, what: str) -> None:
        if progress is not None:
            progress(percent, what)

    step(5, "insights")
    data = load(database, first, last)
    result = compute_all(database, first, last, on, data=data)
    step(45, "details")
    gems = result.values.get("small_initiatives")
    spotlight = initiatives_info(database, [g.id for g in gems.items] if gems else [])
    details = (
        workload(database),
        place_hours(database, first, last),
        neighbourhoods_without_place(database, first, last),
        funding_timeline(database, first, last),
    )
    step(70, "months")
    months = monthly(database, first, last, data)
    step(100, "done")
    return Bundle(
        result,
        spotlight,
        tuple(details[0]),
        tuple(details[1]),
        tuple(details[2]),
        tuple(details[3]),
        tuple(months),
    )
