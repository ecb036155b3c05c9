"""The agenda export is right: stable UIDs, SEQUENCE and LAST-MODIFIED, true offsets after 2037.

A calendar that imported a session must recognise it again (same UID after planning moved
it), accept the newer version (a higher SEQUENCE, a later LAST-MODIFIED) and show it at the
right hour, also for sessions after 2037 when it reads the file's own VTIMEZONE.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from buurtapp.core import operations as ops
from buurtapp.core.exchange.ics import calendar
from buurtapp.core.model import records as r
from buurtapp.core.model.changes import reapply, revert
from buurtapp.core.model.repository import Repositories
from buurtapp.core.planning.schedule import regenerate
from buurtapp.core.storage.connection import Database, configure
from buurtapp.core.storage.database import migrate, open_database
from buurtapp.core.storage.schema import MIGRATIONS, SCHEMA_VERSION

NOW = datetime(2026, 11, 25, 12, 0)
OLD = "2000-01-01T00:00:00Z"


def _activity(database: Database, **fields: object) -> tuple[Repositories, r.Activity]:
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Koffie", status="active"))
    place = repos.places.add(r.Place(name="Buurthuis", address="Lindenlaan 12"))
    values: dict = {
        "rrule": "FREQ=WEEKLY;BYDAY=TU",
        "starts_at": "2026-12-01T10:00",
        "place_id": place.id,
    }
    values.update(fields)
    activity = repos.activities.add(
        r.Activity(initiative_id=initiative.id, title="Koffieochtend", **values)
    )
    return repos, activity


def _events(cal: Calendar) -> dict[str, dict]:
    """UID -> the event's properties as read back by icalendar."""
    back = Calendar.from_ical(cal.to_ical())
    return {
        str(e["UID"]): {
            "start": e["DTSTART"].dt,
            "end": e["DTEND"].dt,
            "sequence": int(e["SEQUENCE"]),
            "modified": e["LAST-MODIFIED"].dt if "LAST-MODIFIED" in e else None,
            "status": str(e["STATUS"]),
            "location": str(e.get("LOCATION", "")),
        }
        for e in back.walk("VEVENT")
    }


def _session_row(database: Database, session_id: int) -> dict:
    return database.query("SELECT * FROM sessions WHERE id = ?", (session_id,))[0]


def test_sessions_after_2037_have_the_right_offset(database) -> None:
    _, activity = _activity(database, rrule=None, starts_at="2040-07-03T10:00")
    for start in ("2040-07-03T10:00", "2045-01-10T10:00", "2026-12-01T10:00"):
        database.conn.execute(
            "INSERT OR IGNORE INTO sessions (activity_id, starts_at, ends_at) VALUES (?, ?, ?)",
            (activity.id, start, start[:11] + "12:00"),
        )
    database.conn.commit()
    data = calendar(database, date(2026, 1, 1), date(2045, 12, 31)).to_ical()

    def utc_starts(ical: bytes) -> dict[str, datetime]:
        back = Calendar.from_ical(ical)
        return {
            str(e["DTSTART"].dt)[:10]: e["DTSTART"].dt.astimezone(UTC).replace(tzinfo=None)
            for e in back.walk("VEVENT")
        }

    expected = {
        "2040-07-03": datetime(2040, 7, 3, 8, 0),  # summer time: 2 hours ahead of UTC
        "2045-01-10": datetime(2045, 1, 10, 9, 0),  # winter time: 1 hour ahead
        "2026-12-01": datetime(2026, 12, 1, 9, 0),
    }
    # icalendar itself (it recognises Europe/Amsterdam and uses zoneinfo) ...
    assert utc_starts(data) == expected
    # ... and a calendar that only has the file's VTIMEZONE to go by: under a name nobody
    # knows, icalendar must build the zone from the VTIMEZONE (icalendar's own default one
    # stops at 2038 and puts July 2040 at +01:00).
    unknown = f"Buurtapp-proef-{uuid.uuid4().hex}".encode()
    assert utc_starts(data.replace(b"Europe/Amsterdam", unknown)) == expected
    assert b"BEGIN:VTIMEZONE" in data and b"2046-01-01" in data


def test_uids_stay_and_sequence_rises_when_planning_moves_sessions(database) -> None:
    _, activity = _activity(database)
    regenerate(database, activity.id, date(2027, 1, 31), NOW)
    first = _events(calendar(database, date(2026, 12, 1), date(2027, 1, 31)))
    assert len(first) == 9 and {e["sequence"] for e in first.values()} == {0}

    database.conn.execute("UPDATE activities SET starts_at = '2026-12-01T14:00'")
    database.conn.commit()
    result = regenerate(database, activity.id, date(2027, 1, 31), NOW)
    assert (result.added, result.moved, result.removed) == (0, 9, 0)
    again = _events(calendar(database, date(2026, 12, 1), date(2027, 1, 31)))
    assert set(again) == set(first)  # the same events, updated rather than doubled
    for uid, event in again.items():
        assert event["start"].hour == 14 and event["end"].hour == 16
        assert event["start"].date() == first[uid]["start"].date()
        assert event["sequence"] == first[uid]["sequence"] + 1
        assert event["modified"] >= first[uid]["modified"]
        assert event["modified"].utcoffset() == timedelta(0)  # LAST-MODIFIED is in UTC


def test_changes_by_other_tools_bump_sequence_and_last_modified(database, db_path) -> None:
    repos, activity = _activity(database)
    regenerate(database, activity.id, date(2026, 12, 31), NOW)
    other_place = repos.places.add(r.Place(name="Kerkzaal"))
    ids = [row["id"] for row in database.query("SELECT id FROM sessions ORDER BY starts_at")]
    database.close()

    conn = sqlite3.connect(db_path)  # another tool: it knows only the public columns
    conn.execute("UPDATE sessions SET changed_at = ?", (OLD,))
    steps = [  # (change, session, how much SEQUENCE rises)
        ("UPDATE sessions SET cancelled = 1 WHERE id = ?", ids[0], 1),
        ("UPDATE sessions SET starts_at = '2026-12-08T11:00' WHERE id = ?", ids[1], 1),
        ("UPDATE sessions SET ends_at = '2026-12-15T11:00' WHERE id = ?", ids[2], 1),
        (f"UPDATE sessions SET place_id = {other_place.id} WHERE id = ?", ids[3], 1),
        ("UPDATE sessions SET notes = 'Met taart' WHERE id = ?", ids[4], 0),  # text only
    ]
    for sql, sid, _ in steps:
        conn.execute(sql, (sid,))
    conn.commit()
    found = conn.execute("SELECT id, sequence, changed_at FROM sessions")
    rows = {row[0]: row[1:] for row in found}
    for _, sid, bump in steps:
        sequence, changed_at = rows[sid]
        assert sequence == bump, (sid, sequence)
        assert changed_at > OLD  # LAST-MODIFIED follows every change a calendar shows
    # Walk-ins are not in the agenda: nothing to tell a calendar.
    conn.execute("UPDATE sessions SET walk_ins = 3, changed_at = ? WHERE id = ?", (OLD, ids[0]))
    conn.execute("UPDATE sessions SET walk_ins = 4 WHERE id = ?", (ids[0],))
    assert conn.execute(
        "SELECT sequence, changed_at FROM sessions WHERE id = ?", (ids[0],)
    ).fetchone() == (1, OLD)
    # A row inserted with only the public columns: SEQUENCE 0, no LAST-MODIFIED (unknown).
    new_id = conn.execute(
        "INSERT INTO sessions (activity_id, starts_at, ends_at) "
        "VALUES (?, '2026-12-31T20:00', '2026-12-31T23:00')",
        (activity.id,),
    ).lastrowid
    sequence, changed_at = conn.execute(
        "SELECT sequence, changed_at FROM sessions WHERE id = ?", (new_id,)
    ).fetchone()
    assert sequence == 0 and changed_at is None
    # The activity moving to another place moves every session without a place of its own.
    conn.execute("UPDATE activities SET place_id = ?", (other_place.id,))
    conn.commit()
    after = dict(conn.execute("SELECT id, sequence FROM sessions"))
    conn.close()
    assert (after[ids[3]], after[ids[0]], after[new_id]) == (1, 2, 1)

    database = open_database(db_path)
    exported = _events(calendar(database, date(2026, 12, 1), date(2026, 12, 31)))
    events = {e["start"].date(): e for e in exported.values()}
    database.close()
    assert events[date(2026, 12, 1)]["status"] == "CANCELLED"
    assert events[date(2026, 12, 1)]["sequence"] == 2
    assert events[date(2026, 12, 22)]["location"] == "Kerkzaal"
    assert events[date(2026, 12, 31)]["sequence"] == 1  # its place changed with the activity


def test_undo_of_a_replanning_puts_every_row_back_exactly(database) -> None:
    _, activity = _activity(database)
    regenerate(database, activity.id, date(2027, 1, 31), NOW)

    def state() -> list[tuple]:
        return database.conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()

    before = state()
    activity.starts_at = "2026-12-01T19:00"
    activity.rrule = "FREQ=WEEKLY;BYDAY=WE"
    change = ops.save(database, activity, NOW)
    after = state()
    assert after != before
    revert(database, change)
    assert state() == before  # sequence and changed_at too: undo is exact
    reapply(database, change)
    assert state() == after


def test_older_file_gets_a_sequence_and_later_changes_are_dated(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    configure(conn)
    old = Database(conn, db_path)
    migrate(old, [m for m in MIGRATIONS if m[0] < 6])  # a file as the release before wrote it
    conn.execute("INSERT INTO initiatives (name) VALUES ('Koffie')")
    conn.execute("INSERT INTO activities (initiative_id, title) VALUES (1, 'Koffieochtend')")
    conn.execute(
        "INSERT INTO sessions (activity_id, starts_at, ends_at) "
        "VALUES (1, '2026-12-01T10:00', '2026-12-01T12:00')"
    )
    conn.commit()
    conn.close()
    with open_database(db_path) as database:
        assert database.user_version == SCHEMA_VERSION
        sequence, changed_at = database.conn.execute(
            "SELECT sequence, changed_at FROM sessions"
        ).fetchone()
        assert (sequence, changed_at) == (0, None)  # nobody knows when it was made
        events = _events(calendar(database, date(2026, 12, 1), date(2026, 12, 1)))
        assert [(e["sequence"], e["modified"]) for e in events.values()] == [(0, None)]
        database.conn.execute("UPDATE sessions SET cancelled = 1")
        database.conn.commit()
        events = _events(calendar(database, date(2026, 12, 1), date(2026, 12, 1)))
        [event] = events.values()
        assert event["sequence"] == 1 and event["modified"] > datetime(2026, 1, 1, tzinfo=UTC)


def test_the_ends_of_the_calendar_and_unreadable_times_do_not_break_the_export(database) -> None:
    _, activity = _activity(database, rrule=None)
    for start, end in (
        ("0001-01-01T10:00", "0001-01-01T12:00"),
        ("9999-12-31T10:00", "9999-12-31T23:00"),
        ("2026-02-30T10:00", "2026-02-30T12:00"),  # passes the column check, is no date
    ):
        database.conn.execute(
            "INSERT INTO sessions (activity_id, starts_at, ends_at) VALUES (?, ?, ?)",
            (activity.id, start, end),
        )
    database.conn.commit()
    events = _events(calendar(database, date(1, 1, 1), date(9999, 12, 31)))
    assert sorted(str(e["start"])[:10] for e in events.values()) == ["0001-01-01", "9999-12-31"]
