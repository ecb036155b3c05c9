"""Regenerating sessions is idempotent and never loses what the coordinator recorded."""

from datetime import date, datetime

import pytest

from buurtapp.core.model import records as r
from buurtapp.core.model.attendance import set_attendance
from buurtapp.core.model.repository import Repositories
from buurtapp.core.planning.schedule import regenerate, regenerate_all

NOW = datetime(2026, 10, 1, 12, 0)
#: When the coordinator first planned (before the first session), for tests that need history.
EARLIER = datetime(2026, 8, 31, 9, 0)


@pytest.fixture
def setup(database):
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Huiswerkklas", status="active"))
    person = repos.participants.add(r.Participant(name="Noor Bakker", age_group="child"))
    activity = repos.activities.add(
        r.Activity(
            initiative_id=initiative.id,
            title="Huiswerkklas",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            starts_at="2026-09-01T15:30",
            duration_minutes=90,
        )
    )
    return repos, activity, person


def _starts(repos: Repositories, activity_id: int) -> list[str]:
    return [
        s.starts_at for s in repos.sessions.list({"activity_id": activity_id}, order_by="starts_at")
    ]


def test_generates_up_to_horizon_with_duration(setup) -> None:
    repos, activity, _ = setup
    result = regenerate(repos.database, activity.id, date(2026, 10, 6), EARLIER)
    assert result.added == 6
    assert _starts(repos, activity.id) == [
        "2026-09-01T15:30",
        "2026-09-08T15:30",
        "2026-09-15T15:30",
        "2026-09-22T15:30",
        "2026-09-29T15:30",
        "2026-10-06T15:30",
    ]
    assert repos.sessions.get(1).ends_at == "2026-09-01T17:00"


def test_sessions_before_now_are_never_created(setup) -> None:
    repos, activity, _ = setup
    result = regenerate(repos.database, activity.id, date(2026, 10, 13), NOW)
    assert result.added == 2
    assert _starts(repos, activity.id) == ["2026-10-06T15:30", "2026-10-13T15:30"]


def test_regenerating_twice_changes_nothing(setup) -> None:
    repos, activity, _ = setup
    regenerate(repos.database, activity.id, date(2026, 12, 31), EARLIER)
    before = [(s.id, s.uid, s.starts_at) for s in repos.sessions.list()]
    again = regenerate(repos.database, activity.id, date(2026, 12, 31), NOW)
    assert (again.added, again.moved, again.removed) == (0, 0, 0)
    assert [(s.id, s.uid, s.starts_at) for s in repos.sessions.list()] == before


def test_rule_change_keeps_history_and_recorded_future(setup) -> None:
    repos, activity, person = setup
    db = repos.database
    regenerate(db, activity.id, date(2026, 10, 31), EARLIER)
    by_start = {s.starts_at: s for s in repos.sessions.list({"activity_id": activity.id})}
    past = by_start["2026-09-15T15:30"]
    set_attendance(db, past.id, person.id, True)
    attended_future = by_start["2026-10-13T15:30"]  # attendance recorded ahead (sign-up)
    set_attendance(db, attended_future.id, person.id, True)
    noted = by_start["2026-10-20T15:30"]
    noted.notes = "Juf Els is er niet"
    repos.sessions.update(noted)
    cancelled = by_start["2026-10-27T15:30"]
    cancelled.cancelled = 1
    repos.sessions.update(cancelled)
    walk_ins = by_start["2026-09-22T15:30"]
    walk_ins.walk_ins = 4
    repos.sessions.update(walk_ins)

    activity.rrule = "FREQ=WEEKLY;BYDAY=TH"  # moves to Thursday
    repos.activities.update(activity)
    result = regenerate(db, activity.id, date(2026, 10, 31), NOW)

    starts = _starts(repos, activity.id)
    # Past Tuesdays stay; the only future Tuesday without anything recorded moves to the
    # nearest Thursday, keeping its id and uid.
    assert "2026-10-06T15:30" not in starts
    moved = by_start["2026-10-06T15:30"]
    assert repos.sessions.get(moved.id).starts_at == "2026-10-08T15:30"
    assert repos.sessions.get(moved.id).uid == moved.uid
    for kept in (
        "2026-09-01T15:30",
        "2026-09-15T15:30",
        "2026-09-29T15:30",
        "2026-10-13T15:30",
        "2026-10-20T15:30",
        "2026-10-27T15:30",
    ):
        assert kept in starts
    for thursday in (
        "2026-10-01T15:30",
        "2026-10-08T15:30",
        "2026-10-15T15:30",
        "2026-10-22T15:30",
        "2026-10-29T15:30",
    ):
        assert thursday in starts
    assert (result.added, result.moved, result.removed) == (4, 1, 0)
    assert repos.sessions.get(noted.id).notes == "Juf Els is er niet"
    assert repos.sessions.get(cancelled.id).cancelled == 1
    assert repos.sessions.get(walk_ins.id).walk_ins == 4
    assert db.scalar("SELECT count(*) FROM attendance") == 2


def test_one_off_activity_has_one_session(setup) -> None:
    repos, activity, _ = setup
    once = repos.activities.add(
        r.Activity(
            initiative_id=activity.initiative_id,
            title="Buurtfeest",
            starts_at="2026-12-12T14:00",
            duration_minutes=240,
        )
    )
    regenerate(repos.database, once.id, date(2027, 6, 1), NOW)
    assert _starts(repos, once.id) == ["2026-12-12T14:00"]


def test_regenerate_all_includes_rows_from_other_tools(setup) -> None:
    repos, activity, _ = setup
    repos.database.conn.execute(
        "INSERT INTO activities (initiative_id, title, rrule, starts_at) "
        "VALUES (?, 'Breiclub', 'FREQ=MONTHLY;BYDAY=-1FR', '2026-09-01T14:00')",
        (activity.initiative_id,),
    )
    repos.database.conn.commit()
    total = regenerate_all(repos.database, date(2026, 11, 30), NOW)
    assert total.added == 8 + 2  # from now: Tuesdays 6 Oct to 24 Nov; last Fridays Oct-Nov
    assert (
        repos.database.scalar(
            "SELECT count(*) FROM sessions WHERE activity_id = 2 "
            "AND ends_at = substr(starts_at, 1, 11) || '16:00'"
        )
        == 2
    )
