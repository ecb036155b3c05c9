"""The in-process figures of the window (filter, sort, week page, insights): one fresh
``window_worker.py`` process per repeat, their lists of milliseconds pooled here."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tests.bench.figures_process import Context
from tests.bench.processes import HERE, python, run
from tests.bench.table import Row, median, ratio, seconds

WORKER = HERE / "window_worker.py"


def measure(ctx: Context, figures: Sequence[str]) -> tuple[dict[str, list[float]], list[str]]:
    """Run the worker ``ctx.repeat`` times; each key's values (ms) pooled, and problems."""
    pooled: dict[str, list[float]] = {}
    problems: list[str] = []
    for _ in range(ctx.repeat):
        done = run(python(str(WORKER), str(ctx.db), ",".join(figures)))
        found = [line for line in done.output.splitlines() if line.startswith("{")]
        if done.status != 0 or not found:
            tail = " / ".join(done.output.strip().splitlines()[-3:])
            problems.append(f"the window worker failed (status {done.status}): {tail}")
            continue
        result: dict[str, Any] = json.loads(found[-1])
        problems += result.pop("problems", [])
        for key, value in result.items():
            pooled.setdefault(key, []).extend(value if isinstance(value, list) else [value])
    return pooled, sorted(set(problems))


def _ms(values: Sequence[float]) -> float:
    return median(values) / 1000


def _worst(values: Sequence[float]) -> float:
    return max(values) / 1000 if values else float("nan")


def _pair(
    what: str, got: dict[str, list[float]], key: str, floor_key: str | None, goal: str, note: str
) -> Row:
    values = got.get(key, [])
    floors = got.get(floor_key, []) if floor_key else []
    value = _ms(values) if values else None
    floor_value = _ms(floors) if floors else None
    shown = "not measured"
    if values:
        shown = f"median {seconds(_ms(values))}, worst {seconds(_worst(values))}"
    return Row(
        what,
        shown,
        f"{note} {seconds(floor_value)}" if floor_value is not None else "–",
        ratio(value, floor_value),
        goal,
        value,
        floor_value,
    )


def filter_and_sort(ctx: Context) -> list[Row]:
    got, problems = measure(ctx, ["filter"])
    people = "participants"
    rows = [
        _pair(
            f"filter {people}: first keystroke",
            got,
            "filter_first",
            "filter_floor",
            "≤ 16 ms",
            "SQL LIKE",
        ),
        _pair(
            f"filter {people}: next keystrokes",
            got,
            "filter_next",
            "filter_floor",
            "≤ 16 ms",
            "SQL LIKE",
        ),
        _pair("sort participants (click a header)", got, "sort", "sort_floor", "≤ 16 ms", "SQL"),
    ]
    if problems:
        rows[0] = Row(**{**rows[0].__dict__, "problem": "; ".join(problems)})
    return rows


def week(ctx: Context) -> list[Row]:
    got, problems = measure(ctx, ["week"])
    rows = [
        _pair("week page: change week", got, "week_change", "week_change_floor", "≤ 16 ms", "SQL"),
        _pair(
            "week page: select a session (attendance panel filled)",
            got,
            "session_select",
            "session_select_floor",
            "≤ 16 ms",
            "SQL",
        ),
        _pair(
            "attendance panel: keystroke in the name box",
            got,
            "name_key",
            "name_key_floor",
            "≤ 16 ms",
            "SQL LIKE",
        ),
    ]
    if problems:
        rows[0] = Row(**{**rows[0].__dict__, "problem": "; ".join(problems)})
    return rows


def insights(ctx: Context) -> list[Row]:
    got, problems = measure(ctx, ["insights"])
    rows = [
        _pair(
            "insights page: first insight shown",
            got,
            "insights_first",
            "insights_floor",
            "–",
            "one SQL GROUP BY",
        ),
        _pair("insights page: all insights shown", got, "insights_all", None, "–", ""),
    ]
    if problems:
        rows[0] = Row(**{**rows[0].__dict__, "problem": "; ".join(problems)})
    return rows
