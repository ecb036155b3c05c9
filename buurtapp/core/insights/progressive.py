"""The Inzichten page's figures one by one, the cheap ones first, each handed over when done.

:func:`buurtapp.core.insights.bundle.bundle` computes everything and then returns it; on the
large demo the page then waited 2.5 s before it showed anything. Here the same figures (the
same functions, so the same numbers) are computed as *steps*, cheapest first
(:func:`plan_one_lane`; reading who came to which session, 0.3 s on the large demo, is counted
in the cost of the first figure that needs it). Given a second connection they run in two
lanes instead:

* the attendance lane reads who came once and then computes what needs it: small gems and
  their spotlight, young and old, bridging contacts and the month-by-month series;
* the other lane, on the second read-only connection in a thread of its own, computes
  everything else, cheapest first.

The window uses one lane: with two computing threads it waited longer for the interpreter.
Each finished step is handed to ``emit(key, value)`` at once (from the lane's thread); the
caller shows it. ``emit`` may raise to stop: the other lane is then told to stop too, and
nothing more is emitted. The keys are the registry keys plus :data:`DETAILS`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

from buurtapp.core.insights.bundle import Bundle
from buurtapp.core.insights.details import (
    funding_timeline,
    initiatives_info,
    monthly,
    neighbourhoods_without_place,
    place_hours,
    workload,
)
from buurtapp.core.insights.entry import Context, Insight
from buurtapp.core.insights.registry import entries
from buurtapp.core.insights.report import Insights
from buurtapp.core.storage.connection import Database

#: The keys of the figures beside the registry insights, as :class:`Bundle` holds them.
DETAILS = ("spotlight", "workload", "place_hours", "without_place", "timeline", "monthly")

Emit = Callable[[str, Any], None]
Values = Mapping[str, Any]


@dataclass(frozen=True)
class Step:
    """One figure: its key, how it is computed from the context and the figures of its lane
    computed before it, its rough cost (ms on the large demo) and whether it reads attendance."""

    key: str
    run: Callable[[Context, Values], Any]
    cost: int
    uses_attendance: bool


def _insight_step(insight: Insight[Any]) -> Step:
    return Step(
        insight.key, lambda ctx, _done: insight.compute(ctx), insight.cost, insight.uses_attendance
    )


def _gem_ids(done: Values) -> list[int]:
    gems = done.get("small_initiatives")
    return [g.id for g in gems.items] if gems is not None else []


#: The details, with their costs measured on the large demo (a year of 467k attendance).
_DETAIL_STEPS = (
    Step("workload", lambda ctx, _d: tuple(workload(ctx.database)), 2, False),
    Step(
        "timeline",
        lambda ctx, _d: tuple(funding_timeline(ctx.database, ctx.first, ctx.last)),
        5,
        False,
    ),
    Step(
        "place_hours",
        lambda ctx, _d: tuple(place_hours(ctx.database, ctx.first, ctx.last)),
        45,
        False,
    ),
    Step(
        "without_place",
        lambda ctx, _d: tuple(neighbourhoods_without_place(ctx.database, ctx.first, ctx.last)),
        160,
        False,
    ),
    # after the small gems (their lane), whose ids it tells the story of
    Step("spotlight", lambda ctx, d: initiatives_info(ctx.database, _gem_ids(d)), 1, True),
    Step(
        "monthly",
        lambda ctx, _d: tuple(monthly(ctx.database, ctx.first, ctx.last, ctx.attendance)),
        500,
        True,
    ),
)


def plan(registered: tuple[Insight[Any], ...]) -> tuple[list[Step], list[Step]]:
    """(the other lane, the attendance lane), each in the order its steps run.

    The other lane runs cheapest first. The attendance lane pays for reading attendance once
    and then also goes cheapest first, except that the spotlight follows the small gems.
    """
    steps = [_insight_step(e) for e in registered] + list(_DETAIL_STEPS)
    other = sorted((s for s in steps if not s.uses_attendance), key=lambda s: s.cost)
    reading = sorted((s for s in steps if s.uses_attendance), key=lambda s: s.cost)
    return other, _spotlight_after_gems(reading)


#: Reading who came to which session (ms on the large demo), paid once, by the first figure
#: that needs it.
LOAD_COST = 325


def plan_one_lane(registered: tuple[Insight[Any], ...]) -> list[Step]:
    """Every step in one lane, cheapest first, where a figure that needs attendance counts
    the cost of reading it: what is quick to show comes before what waits for that read."""
    other, reading = plan(registered)
    steps = sorted(other + reading, key=lambda s: s.cost + (LOAD_COST if s.uses_attendance else 0))
    return _spotlight_after_gems(steps)


def _spotlight_after_gems(steps: list[Step]) -> list[Step]:
    """The spotlight tells the small gems' stories: it comes right after them."""
    spotlight = next(s for s in steps if s.key == "spotlight")
    steps.remove(spotlight)
    gems = next((n for n, s in enumerate(steps) if s.key == "small_initiatives"), -1)
    steps.insert(gems + 1, spotlight)
    return steps


def _run_lane(steps: list[Step], ctx: Context, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    done: dict[str, Any] = {}
    for step in steps:
        if stop.is_set():
            break
        done[step.key] = value = step.run(ctx, done)
        if stop.is_set():
            break
        emit(step.key, value)
    return done


def compute_progressively(
    database: Database,
    first: date,
    last: date,
    on: date,
    emit: Emit,
    second: Database | None = None,
) -> Bundle:
    """Every figure of the page, each emitted as soon as it is computed; returns the
    :class:`Bundle` that :func:`~buurtapp.core.insights.bundle.bundle` returns for the same
    data. ``second`` is a connection of its own for the other lane (None: one lane, in the
    order of :func:`plan_one_lane`)."""
    registered = entries()  # a registration meanwhile counts from the next run
    other, reading = plan(registered)
    stop = threading.Event()
    values: dict[str, Any] = {}

    def lane(steps: list[Step], ctx: Context) -> dict[str, Any]:
        try:
            return _run_lane(steps, ctx, emit, stop)
        except BaseException:
            stop.set()  # the other lane stops after its current step
            raise

    if second is None:
        values.update(lane(plan_one_lane(registered), Context(database, first, last, on)))
    else:
        with ThreadPoolExecutor(max_workers=1) as pool:
            side = pool.submit(lane, other, Context(second, first, last, on))
            try:
                values.update(lane(reading, Context(database, first, last, on)))
            finally:
                if stop.is_set():
                    side.cancel()
            values.update(side.result())
    insights = Insights(first, last, on, {e.key: values[e.key] for e in registered})
    return Bundle(
        insights,
        values["spotlight"],
        values["workload"],
        values["place_hours"],
        values["without_place"],
        values["timeline"],
        values["monthly"],
    )
