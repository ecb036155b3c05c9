"""Planning keeps what people did (issue 10, item 9).

A real activity with history (attendance, walk-ins, notes) and a future with sign-ups, a note,
a cancellation and a session in another room is changed the way another tool would (a plain
sqlite3 UPDATE) and planned again through the command line. Session by session: the past is
byte for byte the same, recorded future sessions too, unrecorded ones move (same id and uid)
and no day ever gets two sessions.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtapp.cli import main
from buurtapp.core.model import records as r
from buurtapp.core.model.attendance import set_attendance
from buurtapp.core.model.repository import Repositories
from buurtapp.core.planning.recurrence import to_text
from buurtapp.core.planning.schedule import MAX_MOVE, plan, regenerate, regenerate_all
from buurtapp.core.storage.database import create_database, open_database

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NOW = datetime(2026, 11, 25, 12, 0)

Rows = dict[int, tuple]


def _scenario(path: Path, now: datetime) -> dict:
    """Koffieochtend, weekly at 10:00 for 2 hours, planned 8 weeks ago, then lived in."""
    database = create_database(path)
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Koffie", status="active"))
    home = repos.places.add(r.Place(name="Buurthuis"))
    other = repos.places.add(r.Place(name="Kerkzaal"))
    people = [repos.participants.add(r.Participant(name=f"Buur {i}")) for i in range(3)]
    first_day = (now + timedelta(days=3)).date() - timedelta(weeks=8)
    activity = repos.activities.add(
        r.Activity(
            initiative_id=initiative.id,
            title="Koffieochtend",
            place_id=home.id,
            rrule=f"FREQ=WEEKLY;BYDAY={DAYS[first_day.weekday()]}",
            starts_at=f"{first_day}T10:00",
            duration_minutes=120,
        )
    )
    until = (now + timedelta(days=120)).date()
    planned_on = datetime.combine(first_day - timedelta(days=1), time(9, 0))
    regenerate(database, activity.id, until, planned_on)
    sessions = repos.sessions.list({"activity_id": activity.id}, order_by="starts_at")
    past = [s for s in sessions if s.starts_at <= to_text(now)]
    future = [s for s in sessions if s.starts_at > to_text(now)]
    assert len(past) == 8 and len(future) >= 16
    conn = database.conn
    for session, person in ((past[0], people[0]), (past[0], people[1]), (past[5], people[2])):
        set_attendance(database, session.id, person.id, True)
    conn.execute("UPDATE sessions SET walk_ins = 4 WHERE id = ?", (past[2].id,))
    conn.execute("UPDATE sessions SET notes = 'Taart!' WHERE id = ?", (past[3].id,))
    set_attendance(database, future[0].id, people[0].id, True)  # signed up ahead
    conn.execute("UPDATE sessions SET notes = 'Sinterklaas' WHERE id = ?", (future[1].id,))
    conn.execute("UPDATE sessions SET cancelled = 1 WHERE id = ?", (future[2].id,))
    conn.execute("UPDATE sessions SET place_id = ? WHERE id = ?", (other.id, future[3].id))
    conn.execute("UPDATE sessions SET walk_ins = 2 WHERE id = ?", (future[4].id,))
    conn.commit()
    database.close()
    return {
        "activity": activity.id,
        "until": until,
        "past": {s.id for s in past},
        "recorded": {s.id for s in future[:5]},
        "first_day": first_day,
    }


def _rows(path: Path) -> tuple[Rows, set[tuple]]:
    conn = sqlite3.connect(path)
    try:
        rows = {row[0]: row for row in conn.execute("SELECT * FROM sessions")}
        names = [d[0] for d in conn.execute("SELECT * FROM sessions LIMIT 0").description]
        attendance = set(conn.execute("SELECT * FROM attendance"))
    finally:
        conn.close()
    return {k: dict(zip(names, v, strict=True)) for k, v in rows.items()}, attendance


def _change(path: Path, sql: str) -> None:
    """Change the activity as another tool would: a plain sqlite3 connection."""
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def _schedule(capsys, path: Path, until: date) -> str:
    assert main(["schedule", "--db", str(path), "--until", until.isoformat()]) == 0
    return capsys.readouterr().out


def _check_kept(before: Rows, after: Rows, world: dict, now_text: str) -> None:
    """History and recorded sessions unchanged, byte for byte; at most one session a day."""
    for sid in world["past"] | world["recorded"]:
        assert after[sid] == before[sid], (sid, before[sid], after[sid])
    for sid, row in before.items():
        if row["starts_at"] <= now_text:
            assert after[sid] == row
    days = Counter(row["starts_at"][:10] for row in after.values())
    assert max(days.values()) == 1, [d for d, n in days.items() if n > 1]


def test_time_weekday_and_duration_changes_through_the_cli(capsys, tmp_path) -> None:
    path = tmp_path / "buurthuis.db"
    now = datetime.now()
    world = _scenario(path, now)
    now_text = to_text(now)
    before, attendance = _rows(path)
    free = {sid for sid, row in before.items() if row["starts_at"] > now_text} - world["recorded"]

    # 1. The time changes from 10:00 to 14:00 (a real subprocess, as a coordinator runs it).
    _change(path, "UPDATE activities SET starts_at = substr(starts_at, 1, 11) || '14:00'")
    result = subprocess.run(
        [sys.executable, "-m", "buurtapp", "schedule", "--db", str(path), "--until",
         world["until"].isoformat()],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"0 toegevoegd, {len(free)} verplaatst, 0 verwijderd" in result.stdout
    after, attendance_after = _rows(path)
    assert attendance_after == attendance
    assert set(after) == set(before)  # nothing added or removed
    _check_kept(before, after, world, now_text)
    for sid in free:
        old, new = before[sid], after[sid]
        assert new["uid"] == old["uid"]
        assert new["starts_at"] == old["starts_at"][:11] + "14:00"
        assert new["ends_at"] == old["starts_at"][:11] + "16:00"
        assert new["sequence"] == old["sequence"] + 1
    # Days of recorded sessions keep only those (at 10:00): no 14:00 next to them.
    for sid in world["recorded"]:
        assert after[sid]["starts_at"].endswith("10:00")

    # 2. The weekday moves two days later: free sessions move two days on, same uid.
    before = after
    new_day = DAYS[(world["first_day"].weekday() + 2) % 7]
    _change(path, f"UPDATE activities SET rrule = 'FREQ=WEEKLY;BYDAY={new_day}'")
    out = _schedule(capsys, path, world["until"])
    after, attendance_after = _rows(path)
    assert attendance_after == attendance
    _check_kept(before, after, world, now_text)
    moved = [sid for sid in free if sid in after]
    assert len(moved) >= len(free) - 1  # the last one may fall past the horizon
    for sid in moved:
        shift = date.fromisoformat(after[sid]["starts_at"][:10]) - date.fromisoformat(
            before[sid]["starts_at"][:10]
        )
        assert shift == timedelta(days=2)
        assert after[sid]["uid"] == before[sid]["uid"]
    new_days = sorted(
        row["starts_at"][:10]
        for sid, row in after.items()
        if row["starts_at"] > now_text and sid not in world["recorded"]
    )
    assert all(date.fromisoformat(d).weekday() == DAYS.index(new_day) for d in new_days)
    # The weeks of the recorded sessions get a new session on the new day; a free session
    # whose new day falls past the horizon is removed rather than moved months away.
    added = set(after) - set(before)
    assert len(added) == len(world["recorded"])
    removed = len(free) - len(moved)
    assert f"{len(added)} toegevoegd, {len(moved)} verplaatst, {removed} verwijderd" in out

    # 3. The duration becomes 90 minutes: planned sessions end earlier, recorded ones not.
    before = after
    _change(path, "UPDATE activities SET duration_minutes = 90")
    out = _schedule(capsys, path, world["until"])
    after, _ = _rows(path)
    _check_kept(before, after, world, now_text)
    for sid, row in after.items():
        if row["starts_at"] > now_text and sid not in world["recorded"]:
            assert row["ends_at"] == row["starts_at"][:11] + "15:30"
            assert row["uid"] == before[sid]["uid"]
    assert "0 toegevoegd, 0 verplaatst, 0 verwijderd" in out
    assert "met een nieuwe eindtijd" in out

    # 4. Nothing changed: planning again changes nothing at all.
    before = after
    out = _schedule(capsys, path, world["until"])
    assert _rows(path)[0] == before
    assert "0 toegevoegd, 0 verplaatst, 0 verwijderd" in out


def test_changed_time_does_not_double_the_past(tmp_path) -> None:
    """The issue: 20 past sessions became 40 and days had two sessions."""
    path = tmp_path / "b.db"
    world = _scenario(path, NOW)
    database = open_database(path)
    database.conn.execute("UPDATE activities SET starts_at = substr(starts_at, 1, 11) || '14:00'")
    database.conn.commit()
    before = database.scalar("SELECT count(*) FROM sessions WHERE starts_at <= ?", (to_text(NOW),))
    result = regenerate(database, world["activity"], world["until"], NOW)
    assert result.added == 0 and result.removed == 0
    assert (
        database.scalar("SELECT count(*) FROM sessions WHERE starts_at <= ?", (to_text(NOW),))
        == before
        == 8
    )
    doubled = database.scalar(
        "SELECT count(*) FROM (SELECT substr(starts_at, 1, 10) AS day FROM sessions "
        "GROUP BY day HAVING count(*) > 1)"
    )
    assert doubled == 0
    database.close()


def test_daily_rule_from_2006_plans_the_coming_weeks(database) -> None:
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Inloop", status="active"))
    activity = repos.activities.add(
        r.Activity(
            initiative_id=initiative.id,
            title="Inloop",
            rrule="FREQ=DAILY",
            starts_at="2006-01-02T09:00",
        )
    )
    result = regenerate(database, activity.id, (NOW + timedelta(days=27)).date(), NOW)
    starts = [row["starts_at"] for row in database.query("SELECT starts_at FROM sessions")]
    assert result.added == 27 == len(starts)  # 26 November to 22 December; today's has passed
    assert min(starts) == "2026-11-26T09:00"


def test_only_one_session_a_day_even_when_the_rule_asks_for_two(database) -> None:
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Inloop", status="active"))
    activity = repos.activities.add(
        r.Activity(
            initiative_id=initiative.id,
            title="Inloop",
            rrule="FREQ=WEEKLY;BYDAY=TU;BYHOUR=10,14",
            starts_at="2026-12-01T10:00",
        )
    )
    regenerate(database, activity.id, date(2026, 12, 31), NOW)
    starts = [row["starts_at"] for row in database.query("SELECT starts_at FROM sessions")]
    assert sorted(starts) == [f"2026-12-{d:02d}T10:00" for d in (1, 8, 15, 22, 29)]


def test_old_doubles_are_cleaned_but_recorded_ones_stay(database) -> None:
    """Days the old bug doubled: the unrecorded extra goes, a recorded one is never touched."""
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Koffie", status="active"))
    activity = repos.activities.add(
        r.Activity(
            initiative_id=initiative.id,
            title="Koffie",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            starts_at="2026-12-01T14:00",
        )
    )
    conn = database.conn
    rows = [
        ("2026-12-01T10:00", None),  # doubled day, both free: one goes
        ("2026-12-01T14:00", None),
        ("2026-12-08T10:00", "Kerstmarkt"),  # doubled day, 10:00 recorded: 14:00 goes
        ("2026-12-08T14:00", None),
    ]
    for start, notes in rows:
        conn.execute(
            "INSERT INTO sessions (activity_id, starts_at, ends_at, notes) VALUES (?, ?, ?, ?)",
            (activity.id, start, start[:11] + "16:00", notes),
        )
    conn.commit()
    result = regenerate(database, activity.id, date(2026, 12, 15), NOW)
    starts = sorted(row["starts_at"] for row in database.query("SELECT starts_at FROM sessions"))
    assert starts == ["2026-12-01T14:00", "2026-12-08T10:00", "2026-12-15T14:00"]
    # The 8th's free 14:00 session is moved to the 15th rather than removed and added.
    assert (result.added, result.moved, result.removed) == (0, 1, 1)


def test_plan_is_a_preview_that_writes_nothing(tmp_path) -> None:
    path = tmp_path / "b.db"
    world = _scenario(path, NOW)
    database = open_database(path)
    database.conn.execute("UPDATE activities SET starts_at = substr(starts_at, 1, 11) || '14:00'")
    database.conn.commit()
    changes = database.conn.total_changes
    preview = plan(database, world["activity"], world["until"], NOW)
    assert database.conn.total_changes == changes
    moves = [s for s in preview.steps if s.action == "move"]
    assert len(moves) == preview.moved > 0
    assert all(s.new_starts_at == s.starts_at[:11] + "14:00" for s in moves)
    kept = {s.session_id for s in preview.steps if s.action == "keep"}
    assert kept == world["recorded"]  # recorded and no longer at the rule's time
    applied = regenerate(database, world["activity"], world["until"], NOW)
    assert [(s.action, s.session_id, s.new_starts_at) for s in applied.steps] == [
        (s.action, s.session_id, s.new_starts_at) for s in preview.steps
    ]
    database.close()


def test_sessions_after_the_horizon_are_left_alone(tmp_path) -> None:
    path = tmp_path / "b.db"
    world = _scenario(path, NOW)
    database = open_database(path)
    database.conn.execute("UPDATE activities SET starts_at = substr(starts_at, 1, 11) || '14:00'")
    database.conn.commit()
    later = "SELECT * FROM sessions WHERE starts_at > '2027-01-21' ORDER BY id"
    before = database.query(later)
    result = regenerate_all(database, date(2027, 1, 20), NOW)  # a shorter horizon than planned
    assert result.moved > 0 and result.removed == 0
    assert database.query(later) == before
    assert len(before) > 6 and world["until"] > date(2027, 3, 1)
    database.close()


def test_moves_stay_within_a_month(database) -> None:
    """A monthly rule becoming a yearly one: far-off sessions are removed, not dragged along."""
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Feest", status="active"))
    activity = repos.activities.add(
        r.Activity(
            initiative_id=initiative.id,
            title="Feest",
            rrule="FREQ=MONTHLY;BYMONTHDAY=1",
            starts_at="2027-01-01T15:00",
        )
    )
    regenerate(database, activity.id, date(2027, 12, 31), NOW)
    database.conn.execute("UPDATE activities SET rrule = 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20'")
    database.conn.commit()
    result = regenerate(database, activity.id, date(2027, 12, 31), NOW)
    moves = [s for s in result.steps if s.action == "move"]
    assert [(s.starts_at, s.new_starts_at) for s in moves] == [
        ("2027-07-01T15:00", "2027-06-20T15:00")
    ]
    assert result.removed == 11
    for step in moves:
        gap = datetime.fromisoformat(step.new_starts_at) - datetime.fromisoformat(step.starts_at)
        assert abs(gap) <= MAX_MOVE


@pytest.mark.parametrize(
    ("column", "value", "needle"),
    [
        ("rrule", "FREQ=HOURLY", "hoogstens dagelijks"),
        ("rrule", "FREQ=WEEKLY;BYDAY=XX", "herhaalpatroon is ongeldig"),
        ("starts_at", "2026-02-30T10:00", "geen geldig tijdstip"),
        ("duration_minutes", "lang", "groter dan nul"),
    ],
)
def test_a_broken_activity_from_another_tool_is_one_clear_line(
    capsys, tmp_path, column, value, needle
) -> None:
    path = tmp_path / "b.db"
    _scenario(path, NOW)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO activities (initiative_id, title, rrule, starts_at) "
        "VALUES (1, 'Breiclub', 'FREQ=WEEKLY;BYDAY=FR', '2026-12-04T14:00')"
    )
    conn.execute(f"UPDATE activities SET {column} = ? WHERE title = 'Breiclub'", (value,))
    conn.commit()
    conn.close()
    before = _rows(path)
    code = main(["schedule", "--db", str(path), "--until", "2027-03-01"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "'Breiclub'" in err and needle in err, err
    assert "niets veranderd" in err
    assert _rows(path) == before


# -- property: whatever was there and whatever the new rule, the promises hold ---------------

_RULES = st.sampled_from(
    [
        "FREQ=WEEKLY;BYDAY=TU",
        "FREQ=WEEKLY;BYDAY=MO,TH",
        "FREQ=DAILY;INTERVAL=3",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;BYHOUR=10,15",
        None,
    ]
)
_SESSION = st.tuples(
    st.integers(-20, 60),  # day offset from NOW
    st.sampled_from(["09:00", "10:00", "14:00", "19:30"]),
    st.sampled_from(["", "attended", "walk_ins", "notes", "cancelled", "place"]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sessions=st.lists(_SESSION, max_size=25, unique_by=lambda s: (s[0], s[1])),
    rule=_RULES,
    start=st.sampled_from(["2026-10-06T10:00", "2026-12-02T14:00", "2027-01-01T09:00"]),
    duration=st.sampled_from([60, 120, 150]),
)
def test_planning_promises_hold(database, sessions, rule, start, duration) -> None:
    conn = database.conn
    with database.atomic():
        conn.execute("DELETE FROM attendance")
        conn.execute("DELETE FROM sessions")
        conn.execute("DELETE FROM activities")
        conn.execute("INSERT OR IGNORE INTO initiatives (id, name) VALUES (1, 'I')")
        conn.execute("INSERT OR IGNORE INTO places (id, name) VALUES (1, 'P')")
        conn.execute("INSERT OR IGNORE INTO participants (id, name) VALUES (1, 'Q')")
        conn.execute(
            "INSERT INTO activities (id, initiative_id, title, rrule, starts_at, "
            "duration_minutes) VALUES (1, 1, 'A', ?, ?, ?)",
            (rule, start, duration),
        )
        for offset, clock, recorded in sessions:
            starts = f"{(NOW + timedelta(days=offset)).date()}T{clock}"
            sid = conn.execute(
                "INSERT INTO sessions (activity_id, starts_at, ends_at, walk_ins, notes, "
                "cancelled, place_id) VALUES (1, ?, ?, ?, ?, ?, ?)",
                (
                    starts,
                    starts[:11] + "23:00",
                    3 if recorded == "walk_ins" else 0,
                    "n" if recorded == "notes" else None,
                    int(recorded == "cancelled"),
                    1 if recorded == "place" else None,
                ),
            ).lastrowid
            if recorded == "attended":
                conn.execute("INSERT INTO attendance VALUES (?, 1)", (sid,))
    now_text = to_text(NOW)
    until = (NOW + timedelta(days=45)).date()
    end_text = to_text(datetime.combine(until, time(23, 59)))
    rows = database.query("SELECT * FROM sessions ORDER BY id")  # in the order inserted
    before = {row["uid"]: row for row in rows}
    recorded = {row["uid"] for row, (_, _, kind) in zip(rows, sessions, strict=True) if kind}
    result = regenerate(database, 1, until, NOW)
    after = {row["uid"]: row for row in database.query("SELECT * FROM sessions")}
    for uid, row in before.items():
        if row["starts_at"] <= now_text or uid in recorded or row["starts_at"] > end_text:
            assert after[uid] == row  # history, recorded and beyond the horizon: untouched
        elif uid in after:  # moved or kept: same id, never into the past
            assert after[uid]["id"] == row["id"]
            assert after[uid]["starts_at"] > now_text
    created = set(after) - set(before)
    assert all(after[uid]["starts_at"] > now_text for uid in created)
    # Every session planning manages (in the window, nothing recorded) is alone on its day.
    days = Counter(row["starts_at"][:10] for row in after.values())
    for uid, row in after.items():
        if uid not in recorded and now_text < row["starts_at"] <= end_text:
            assert days[row["starts_at"][:10]] == 1, row
    assert len(created) == result.added
    assert len(set(before) - set(after)) == result.removed
    again = regenerate(database, 1, until, NOW)
    assert (again.added, again.moved, again.removed, again.resized) == (0, 0, 0, 0)
