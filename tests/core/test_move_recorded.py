"""Changing an activity changes its future only; recorded sessions move only when asked (issue 12).

A real activity, weekly since January at 10:00 for two hours, with past and future attendance,
notes, walk-ins and cancellations, is changed through the operations the window uses and
compared session by session before and after.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from buurtapp.core import operations as ops
from buurtapp.core.model import records as r
from buurtapp.core.model.attendance import set_attendance
from buurtapp.core.model.repository import Repositories
from buurtapp.core.planning.recurrence import to_text
from buurtapp.core.planning.schedule import PLANNING_DAYS, Rule, plan, regenerate
from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.database import create_database

NOW = datetime(2026, 11, 25, 12, 0)  # a Wednesday
FIRST = "2026-01-06T10:00"  # a Tuesday


def _dump(database: Database) -> dict[int, tuple]:
    rows = database.query("SELECT * FROM sessions ORDER BY id")
    people = Counter(
        row["session_id"] for row in database.query("SELECT session_id FROM attendance")
    )
    return {row["id"]: (*row.values(), people[row["id"]]) for row in rows}


@pytest.fixture()
def world(tmp_path: Path) -> dict:
    database = create_database(tmp_path / "buurt.db")
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Koffie", status="active"))
    home = repos.places.add(r.Place(name="Buurthuis"))
    other = repos.places.add(r.Place(name="Kerkzaal"))
    people = [repos.participants.add(r.Participant(name=f"Buur {i}")) for i in range(3)]
    activity = repos.activities.add(
        r.Activity(
            initiative_id=initiative.id,
            title="Koffieochtend",
            place_id=home.id,
            rrule="FREQ=WEEKLY;BYDAY=TU",
            starts_at=FIRST,
            duration_minutes=120,
        )
    )
    # Planned week by week as the year went on, so the past is lived in.
    regenerate(
        database,
        activity.id,
        (NOW + timedelta(days=PLANNING_DAYS)).date(),
        datetime(2026, 1, 1, 9, 0),
    )
    sessions = repos.sessions.list({"activity_id": activity.id}, order_by="starts_at")
    past = [s for s in sessions if s.starts_at <= to_text(NOW)]
    future = [s for s in sessions if s.starts_at > to_text(NOW)]
    assert len(past) == 47 and len(future) >= 20
    conn = database.conn
    set_attendance(database, past[0].id, people[0].id, True)
    set_attendance(database, past[10].id, people[1].id, True)
    conn.execute("UPDATE sessions SET notes = 'Taart' WHERE id = ?", (past[20].id,))
    conn.execute("UPDATE sessions SET cancelled = 1 WHERE id = ?", (past[30].id,))
    conn.execute("UPDATE sessions SET walk_ins = 3 WHERE id = ?", (past[40].id,))
    set_attendance(database, future[0].id, people[2].id, True)
    conn.execute("UPDATE sessions SET notes = 'Sinterklaas' WHERE id = ?", (future[1].id,))
    conn.execute("UPDATE sessions SET cancelled = 1 WHERE id = ?", (future[2].id,))
    conn.execute("UPDATE sessions SET place_id = ? WHERE id = ?", (other.id, future[3].id))
    conn.commit()
    return {
        "database": database,
        "activity": repos.activities.get(activity.id),
        "past": {s.id for s in past},
        "recorded": [s.id for s in future[:4]],
        "free": {s.id for s in future[4:]},
    }


def _change(world: dict, move_recorded: bool = False, **fields: object) -> tuple:
    database: Database = world["database"]
    activity = world["activity"]
    edited = r.Activity(**{**activity.__dict__, **fields})
    until = (NOW + timedelta(days=PLANNING_DAYS)).date()
    rule = Rule(edited.rrule, edited.starts_at, edited.duration_minutes)
    preview = plan(database, activity.id, until, NOW, rule, move_recorded=move_recorded)
    before = _dump(database)
    ops.save_changes(
        database,
        "activities",
        activity.id,
        activity.__dict__,
        edited.__dict__,
        now=NOW,
        move_recorded=move_recorded,
    )
    return before, _dump(database), preview


def _same_past(world: dict, before: dict, after: dict) -> None:
    for session_id in world["past"]:
        assert after[session_id] == before[session_id]
    new_ids = set(after) - set(before)
    assert all(after[i][3] > to_text(NOW) for i in new_ids)  # starts_at: nothing in the past


def _one_a_day(after: dict) -> None:
    days = Counter(row[3][:10] for row in after.values())
    assert max(days.values()) == 1


def test_moving_the_time_leaves_past_and_recorded_alone(world: dict) -> None:
    before, after, preview = _change(world, starts_at="2026-01-06T14:00")
    _same_past(world, before, after)
    _one_a_day(after)
    assert len(after) == len(before)  # 47 past + the future: no twins, no floods
    for session_id in world["recorded"]:
        assert after[session_id] == before[session_id]  # still at 10:00, records kept
    for session_id in world["free"]:
        assert after[session_id][3].endswith("T14:00")
        assert after[session_id][1] == before[session_id][1]  # same uid: moved, not doubled
    kept = [s for s in preview.steps if s.action == "keep"]
    assert {s.session_id for s in kept} == set(world["recorded"])
    assert {s.recorded for s in kept} == {("attendance",), ("notes",), ("cancelled",), ("place",)}
    # The preview said exactly what saving did.
    moved = {i for i in before if i in after and after[i][3] != before[i][3]}
    assert moved == {s.session_id for s in preview.steps if s.action == "move"}
    assert preview.added == len(set(after) - set(before))
    assert preview.removed == len(set(before) - set(after))


def test_moving_recorded_sessions_along_takes_their_records(world: dict) -> None:
    before, after, preview = _change(world, move_recorded=True, starts_at="2026-01-06T14:00")
    _same_past(world, before, after)
    _one_a_day(after)
    assert len(after) == len(before)
    for session_id in world["recorded"]:
        old, new = before[session_id], after[session_id]
        assert new[3] == old[3][:10] + "T14:00" and new[4] == old[4][:10] + "T16:00"
        assert new[1] == old[1]  # same uid
        # place, cancelled, walk-ins, notes and attendance go with it
        assert new[5:9] == old[5:9] and new[-1] == old[-1]
    assert not [s for s in preview.steps if s.action == "keep"]
    moved = {i for i in before if after[i][3] != before[i][3]}
    assert moved == {s.session_id for s in preview.steps if s.action == "move"}
    assert preview.moved == len(moved)


def test_a_new_duration_reaches_existing_future_sessions(world: dict) -> None:
    before, after, preview = _change(world, duration_minutes=60)
    _same_past(world, before, after)
    for session_id in world["free"]:
        assert after[session_id][4].endswith("T11:00")
    for session_id in world["recorded"]:
        assert after[session_id] == before[session_id]
    assert preview.resized == len(world["free"])


def test_a_new_duration_reaches_recorded_sessions_when_asked(world: dict) -> None:
    before, after, preview = _change(world, move_recorded=True, duration_minutes=60)
    _same_past(world, before, after)
    for session_id in world["recorded"]:
        assert after[session_id][4].endswith("T11:00")
        assert after[session_id][5:9] == before[session_id][5:9]
    assert preview.resized == len(world["recorded"]) + len(world["free"])


def test_a_daily_rule_from_2006_plans_from_today(tmp_path: Path) -> None:
    database = create_database(tmp_path / "buurt.db")
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Wandelen", status="active"))
    activity = r.Activity(
        initiative_id=initiative.id,
        title="Ochtendwandeling",
        rrule="FREQ=DAILY",
        starts_at="2006-03-01T09:00",
    )
    ops.save(database, activity, now=NOW)
    starts = [row["starts_at"] for row in database.query("SELECT starts_at FROM sessions")]
    assert starts and min(starts) == "2026-11-26T09:00"
    assert len(starts) == PLANNING_DAYS  # one a day from tomorrow to the horizon
    assert (NOW + timedelta(days=PLANNING_DAYS)).date() == date.fromisoformat(max(starts)[:10])
