"""One clock (core/clock.py): set the day to one in 2031 and everything that asks for "today"
or "now" follows it: the lists, the insights' "until today", the week page, new records,
consent dates and planning's "before now" (issue 13, item 7).

The dates here lie years after the computer's date, so a part still reading the computer's
clock (or SQLite's ``'now'``) gives a different answer and fails the test.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from buurtapp.core import clock, operations
from buurtapp.core.model import listings
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repositories
from buurtapp.core.storage.connection import Database

DAY = date(2031, 6, 4)  # a Wednesday
SOURCE = Path(__file__).resolve().parents[2] / "buurtapp"


@pytest.fixture
def in_2031():
    clock.set_today(DAY)
    yield DAY
    clock.set_today(None)


def _activity(database: Database, starts_at: str) -> r.Activity:
    repos = Repositories(database)
    initiative = repos.initiatives.add(r.Initiative(name="Koffie", status="active"))
    return repos.activities.add(
        r.Activity(
            initiative_id=cast_id(initiative.id),
            title="Koffieochtend",
            rrule="FREQ=WEEKLY",
            starts_at=starts_at,
            duration_minutes=120,
        )
    )


def cast_id(value: int | None) -> int:
    assert value is not None
    return value


def test_the_clock_itself() -> None:
    clock.set_today(DAY)
    assert clock.today() == DAY
    assert clock.now().date() == DAY
    assert clock.minute().startswith("2031-06-04T")
    assert clock.utc_stamp().startswith(("2031-06-03T", "2031-06-04T", "2031-06-05T"))
    clock.set_today(None)
    assert clock.today() == date.today()


def test_the_activity_list_counts_the_next_session_from_the_clock(in_2031, database) -> None:
    activity = _activity(database, "2031-05-07T10:00")
    with database.atomic() as conn:  # one session before the set day, one after
        for start in ("2031-05-28T10:00", "2031-06-11T10:00"):
            conn.execute(
                "INSERT INTO sessions (uid, activity_id, starts_at, ends_at) VALUES (?, ?, ?, ?)",
                (start, activity.id, start, start[:11] + "12:00"),
            )
    (row,) = [x for x in listings.rows(database, "activities") if x["id"] == activity.id]
    assert row["next_session"] == "2031-06-11T10:00"
    later = listings.rows(database, "activities", now=datetime(2031, 6, 12))
    assert [x["next_session"] for x in later if x["id"] == activity.id] == [None]


def test_new_records_and_consent_are_dated_by_the_clock(in_2031, database) -> None:
    repos = Repositories(database)
    person = repos.participants.add(r.Participant(name="Fatima", consent_contact=1))
    assert person.created_on == DAY.isoformat()
    assert person.consent_contact_on == DAY.isoformat()
    assert person.consent_photo_on is None


def test_planning_treats_sessions_before_the_clocks_now_as_history(in_2031, database) -> None:
    """Planned weekly on Tuesdays from May 2031; on the set day (a Wednesday) the rule moves to
    14:00: the sessions before now stay at 10:00, the ones after move. By the computer's clock
    (2026) all of them would lie ahead and move."""
    repos = Repositories(database)
    clock.set_today(date(2031, 5, 1))
    activity = _activity(database, "2031-05-06T10:00")
    operations.save(database, activity)  # plans the sessions, by the clock
    clock.set_today(DAY)
    sessions = repos.sessions.list({"activity_id": activity.id}, order_by="starts_at")
    assert sessions and sessions[0].starts_at == "2031-05-06T10:00"
    before = {s.id: s.starts_at for s in sessions if s.starts_at < DAY.isoformat()}
    assert len(before) == 5  # 6, 13, 20, 27 May and 3 June
    activity.starts_at = "2031-05-06T14:00"
    operations.save(database, activity)
    after = {
        s.id: s.starts_at
        for s in repos.sessions.list({"activity_id": activity.id}, order_by="starts_at")
    }
    assert {i: after[i] for i in before} == before  # history stays as it was
    ahead = [start for i, start in after.items() if i not in before]
    assert ahead and all(start.endswith("T14:00") for start in ahead)
    assert min(ahead) == "2031-06-10T14:00"


def test_the_window_works_from_the_clock(in_2031, qtbot, demo_path) -> None:
    from buurtapp.core.planning.week import week_start
    from buurtapp.core.storage.database import open_database
    from buurtapp.ui.week_page import WeekPage
    from buurtapp.ui.workspace import Workspace

    database = open_database(demo_path)
    try:
        workspace = Workspace(database)
        assert workspace.today == DAY
        page = WeekPage(workspace)
        qtbot.addWidget(page)
        assert page.today == DAY and page.monday == week_start(DAY)
        assert "2031" in page.heading.text()
        headers = [page.model.item(row).text() for row in range(page.model.rowCount())]
        assert sum("·" in h and h.startswith(("Woensdag", "Wednesday")) for h in headers) == 1
        # A workspace made for another day sets the one clock (tests and screenshots do so).
        other = Workspace(database, today=date(2031, 1, 2))
        assert clock.today() == date(2031, 1, 2) == other.today == workspace.today
    finally:
        database.close()


def test_the_insights_count_until_the_clocks_today(in_2031, qtbot, demo_path) -> None:
    """The insights page's period ends on the window's today, which is the clock's."""
    from buurtapp.core.storage.database import open_database
    from buurtapp.ui.insights_page import InsightsPage
    from buurtapp.ui.workspace import Workspace

    database = open_database(demo_path)
    try:
        page = InsightsPage(Workspace(database))
        qtbot.addWidget(page)
        assert page.last.date().toPython() == DAY
        assert page.first.date().toPython() == date(2031, 1, 1)
    finally:
        database.close()


def test_a_backup_is_named_by_the_clock(in_2031, database) -> None:
    from buurtapp.core.storage.backups import make_backup

    target = make_backup(database, "test", folder=Path(database.path).parent / "backups")
    assert target.name.startswith("20310604-")


#: The only places that may read the computer's clock: the clock itself, and the column
#: DEFAULTs of the schema (for rows another tool inserts without a date).
ALLOWED = {
    "core/clock.py": None,
    "core/storage/schema.py": {
        "{_date(\"created_on\")} DEFAULT (date('now', 'localtime')),",
        "_NOW_UTC = \"strftime('%Y-%m-%dT%H:%M:%SZ', 'now')\"",
    },
}
COMPUTER_CLOCK = re.compile(
    r"date\.today\(\)|datetime\.(now|today|utcnow)\(|['\"]now['\"]\s*[,)]|'localtime'"
)


def test_no_part_of_the_program_reads_the_computers_clock_itself() -> None:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        name = path.relative_to(SOURCE).as_posix()
        allowed = ALLOWED.get(name, set())
        if allowed is None:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COMPUTER_CLOCK.search(line) and line.strip() not in allowed:
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == []


def test_the_scan_would_see_the_computers_clock() -> None:
    for line in (
        "x = date.today()",
        "moment = datetime.now()",
        "AND s.starts_at >= strftime('%Y-%m-%dT%H:%M', 'now', 'localtime'))",
        "WHERE day < date('now')",
    ):
        assert COMPUTER_CLOCK.search(line), line
    assert not COMPUTER_CLOCK.search('options = {"now": self.plan_moment}')
    assert not COMPUTER_CLOCK.search("moment = now or clock.now()")
