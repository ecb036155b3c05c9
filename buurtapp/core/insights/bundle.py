"""Everything the Inzichten page shows, computed in one go off the GUI thread: the registered
insights (typed, per registry key) and the details beside them, all frozen objects."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from buurtapp.core.insights.details import (
    FundingSpan,
    Month,
    PlaceHours,
    Spotlight,
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
class Gem:
    """A small gem as the spotlight prints it: its figures, its story and when it started."""

    id: int
    name: str
    participants: int
    sessions: int
    story: str | None
    started_on: date | None


@dataclass(frozen=True)
class Bundle:
    """Everything the Inzichten page shows: the registered insights and the details."""

    insights: Insights  # typed, per registry key
    spotlight: Mapping[int, Spotlight]  # small gem id -> story, started_on (the print)
    workload: tuple[WorkerLoad, ...]
    place_hours: tuple[PlaceHours, ...]
    without_place: tuple[WithoutPlace, ...]
    timeline: tuple[FundingSpan, ...]  # bars of the funding time line widget
    monthly: tuple[Month, ...]

    def gems(self) -> list[Gem]:
        """The small gems in spotlight order, each with its story and start (for the print)."""
        found = self.insights.values.get("small_initiatives")
        gems = []
        for gem in found.items if found is not None else ():
            told = self.spotlight.get(gem.id)
            story, started = (told.story, told.started_on) if told else (None, None)
            gems.append(Gem(gem.id, gem.name, gem.participants, gem.sessions, story, started))
        return gems

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
