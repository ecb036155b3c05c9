"""Every operation can be undone and redone exactly: the file's rows match byte for byte."""

from datetime import datetime

import pytest

from buurtapp.core import operations as ops
from buurtapp.core.model import records as r
from buurtapp.core.model.changes import reapply, revert
from buurtapp.core.model.repository import Repositories
from buurtapp.core.privacy.deletion import Outcome
from buurtapp.core.storage.database import open_database
from buurtapp.core.storage.schema import TABLES

NOW = datetime(2026, 11, 25, 12, 0)


@pytest.fixture
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def _state(db) -> dict[str, list[tuple]]:
    return {t: db.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def _roundtrip(db, do) -> object:
    before = _state(db)
    result = do()
    change = result[1] if isinstance(result, tuple) else result
    after = _state(db)
    assert after != before
    revert(db, change)
    assert _state(db) == before
    reapply(db, change)
    assert _state(db) == after
    return result


def test_create_and_update_place(demo) -> None:
    change = _roundtrip(demo, lambda: ops.save(demo, r.Place(name="Kerkzaal Zuid", capacity=30)))
    assert change.tables == {"places"} and change.label == "create:places"
    place = Repositories(demo).places.get(change.record_id)
    place.capacity = 45
    change = _roundtrip(demo, lambda: ops.save(demo, place))
    assert change.label == "update:places"


def test_activity_rule_change_regenerates_and_undoes(demo) -> None:
    repos = Repositories(demo)
    activity = repos.activities.list({"rrule": "FREQ=WEEKLY;BYDAY=TU"}, limit=1)[0]
    activity.rrule = "FREQ=WEEKLY;BYDAY=WE"
    change = _roundtrip(demo, lambda: ops.save(demo, activity, NOW))
    assert {"activities", "sessions"} <= change.tables


def test_new_activity_gets_sessions(demo) -> None:
    activity = r.Activity(
        initiative_id=1, title="Buurtfeest", rrule=None, starts_at="2026-12-12T14:00"
    )
    change = _roundtrip(demo, lambda: ops.save(demo, activity, NOW))
    assert len(change.after["sessions"]) == 1


def test_delete_initiative_with_everything(demo) -> None:
    outcome, change = _roundtrip(demo, lambda: ops.delete(demo, "initiatives", 1))
    assert outcome is Outcome.DELETED
    assert {"initiatives", "activities", "sessions", "attendance"} <= change.tables


def test_anonymise_and_undo(demo) -> None:
    pid = demo.scalar("SELECT participant_id FROM attendance LIMIT 1")
    outcome, change = _roundtrip(demo, lambda: ops.delete(demo, "participants", pid))
    assert outcome is Outcome.ANONYMISED and change.label == "anonymise:participants"


def test_attendance_and_newcomer(demo) -> None:
    sid = demo.scalar("SELECT id FROM sessions WHERE starts_at < '2026-11-01' LIMIT 1")
    pid = demo.scalar(
        "SELECT id FROM participants WHERE id NOT IN "
        "(SELECT participant_id FROM attendance WHERE session_id = ?)",
        (sid,),
    )
    _roundtrip(demo, lambda: ops.set_attendance(demo, sid, pid, True))
    change = _roundtrip(
        demo, lambda: ops.add_participant_present(demo, r.Participant(name="Nieuwe Buur"), sid)
    )
    assert change.tables == {"participants", "attendance"}


def test_unchanged_save_is_an_empty_change(demo) -> None:
    place = Repositories(demo).places.get(1)
    assert ops.save(demo, place).empty
