"""The Inzichten page's figures computed one by one (issue 15, item 2): the same numbers as the
one-shot computation, each figure handed over once, the cheap ones first, and a stop that
stops both lanes."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from buurtapp.core.insights.bundle import bundle
from buurtapp.core.insights.progressive import (
    DETAILS,
    LOAD_COST,
    compute_progressively,
    plan,
    plan_one_lane,
)
from buurtapp.core.insights.registry import entries
from buurtapp.core.insights.report import as_json
from buurtapp.core.storage.connection import Database, connect_readonly
from buurtapp.core.storage.database import open_database
from tests.conftest import DEMO_TODAY

FIRST, LAST = date(2026, 1, 1), DEMO_TODAY


def readonly(path: Path) -> Database:
    return Database(connect_readonly(path), path)


@pytest.mark.parametrize("lanes", [1, 2])
def test_figure_by_figure_gives_the_one_shot_numbers(demo_path, lanes) -> None:
    with open_database(demo_path) as db:
        expected = bundle(db, FIRST, LAST, LAST)
    emitted: list[tuple[str, Any]] = []
    lock = threading.Lock()

    def emit(key: str, value: Any) -> None:
        with lock:
            emitted.append((key, value))

    database, second = readonly(demo_path), readonly(demo_path) if lanes == 2 else None
    try:
        found = compute_progressively(database, FIRST, LAST, LAST, emit, second)
    finally:
        database.conn.close()
        if second is not None:
            second.conn.close()
    assert found == expected
    assert as_json(found.insights) == as_json(expected.insights)
    keys = [key for key, _value in emitted]
    assert sorted(keys) == sorted([e.key for e in entries()] + list(DETAILS))  # each once
    shown = dict(emitted)
    for key, value in expected.insights.values.items():
        assert shown[key] == value, key
    assert shown["monthly"] == expected.monthly
    assert shown["spotlight"] == expected.spotlight
    assert shown["timeline"] == expected.timeline


def test_one_lane_goes_cheapest_first_counting_the_read_of_attendance() -> None:
    steps = plan_one_lane(entries())
    keys = [s.key for s in steps]
    assert sorted(keys) == sorted([e.key for e in entries()] + list(DETAILS))
    assert keys.index("spotlight") == keys.index("small_initiatives") + 1
    effective = [s.cost + (LOAD_COST if s.uses_attendance else 0) for s in steps]
    shown_in_order = [c for s, c in zip(steps, effective, strict=True) if s.key != "spotlight"]
    assert shown_in_order == sorted(shown_in_order)
    # quick figures that need no attendance come before the first one that reads it
    first_reading = next(n for n, s in enumerate(steps) if s.uses_attendance)
    assert {"without_community_worker", "ownership", "core_groups"} <= set(keys[:first_reading])
    assert keys[-1] == "monthly"


def test_the_cheap_ones_come_first_and_the_spotlight_follows_the_gems() -> None:
    other, reading = plan(entries())
    assert [s.cost for s in other] == sorted(s.cost for s in other)
    assert not any(s.uses_attendance for s in other)
    assert all(s.uses_attendance for s in reading)
    keys = [s.key for s in reading]
    assert keys.index("spotlight") == keys.index("small_initiatives") + 1
    # the two heavy ones come last in their lanes
    assert other[-1].cost >= 160 and keys[-1] == "monthly"
    costs = {e.key: e.cost for e in entries()}
    assert costs["without_community_worker"] < costs["core_groups"] < costs["age_mix"]


def test_an_emit_that_raises_stops_both_lanes(demo_path) -> None:
    class Stop(Exception):
        pass

    emitted: list[str] = []
    lock = threading.Lock()

    def emit(key: str, _value: Any) -> None:
        with lock:
            emitted.append(key)
            if len(emitted) == 2:
                raise Stop

    database, second = readonly(demo_path), readonly(demo_path)
    try:
        with pytest.raises(Stop):
            compute_progressively(database, FIRST, LAST, LAST, emit, second)
    finally:
        database.conn.close()
        second.conn.close()
    # after the stop each lane hands over at most the step it was in
    assert 2 <= len(emitted) <= 3
    assert len(emitted) < len(entries()) + len(DETAILS)
