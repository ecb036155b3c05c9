"""Inzage, vergeten and the bewaartermijn: what the AVG asks of a coordinator's file."""

import json
from datetime import date

import pytest

from buurtapp.core import operations as ops
from buurtapp.core.model import records as r
from buurtapp.core.model.app_settings import set_retention_years
from buurtapp.core.model.repository import Repositories
from buurtapp.core.privacy.deletion import Outcome
from buurtapp.core.privacy.forgetting import (
    Forgotten,
    forget,
    person_data,
    retention_review,
    write_person_json,
)
from buurtapp.core.storage.database import open_database
from tests.core.world import World


def _file_bytes(path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


@pytest.fixture
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def test_forgetting_leaves_no_trace_in_the_file(demo, demo_path) -> None:
    repos = Repositories(demo)
    person = repos.participants.add(
        r.Participant(
            name="Xanthippe Zwiebelfisch",
            phone="06-55512345",
            email="xanthippe@voorbeeld.nl",
            neighbourhood="Lindenhof",
            circle="Kerkkoor Zwiebel",
            notes="Komt met rollator",
            age_group="senior",
            guardian_name="Yorick Zwiebelfisch",
        )
    )
    session = demo.scalar("SELECT id FROM sessions WHERE starts_at < '2026-11-01' LIMIT 1")
    ops.set_attendance(demo, session, person.id, True)
    demo.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Zwiebelfisch" in _file_bytes(demo_path)
    before = demo.scalar("SELECT count(*) FROM attendance WHERE session_id = ?", (session,))
    outcome, _change = ops.delete(demo, "participants", person.id)
    assert outcome is Outcome.ANONYMISED
    gone = repos.participants.get(person.id)
    assert gone.name == "Geanonimiseerd" and gone.anonymised_on
    assert (
        gone.phone,
        gone.email,
        gone.neighbourhood,
        gone.circle,
        gone.notes,
        gone.guardian_name,
    ) == (None,) * 6
    assert gone.age_group == "senior"
    assert demo.scalar("SELECT count(*) FROM attendance WHERE session_id = ?", (session,)) == before
    raw = _file_bytes(demo_path)
    for trace in (
        b"Zwiebelfisch",
        b"Xanthippe",
        b"06-55512345",
        b"xanthippe@",
        b"rollator",
        b"Kerkkoor",
    ):
        assert trace not in raw, trace


def test_inzage_holds_record_roles_and_attendance(demo, tmp_path) -> None:
    pid = demo.scalar(
        "SELECT participant_id FROM roles WHERE participant_id IS NOT NULL "
        "AND participant_id IN (SELECT participant_id FROM attendance) LIMIT 1"
    )
    data = person_data(demo, pid)
    assert data.id == pid
    assert data.roles and data.attendance
    assert len(data.attendance) == demo.scalar(
        "SELECT count(*) FROM attendance WHERE participant_id = ?", (pid,)
    )
    path = write_person_json(demo, pid, tmp_path / "inzage.json")
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["participant"]["name"] == data.name


def test_retention_review_lists_people_not_seen_for_two_years(database) -> None:
    w = World(database)
    activity = w.activity(w.initiative())
    old = w.person("Lang weg")
    recent = w.person("Vorige maand")
    role_holder = w.person("Trekker")
    new = w.person("Net ingeschreven")
    database.conn.execute(
        "UPDATE participants SET created_on = '2020-01-01' WHERE id IN (?, ?, ?)",
        (old, recent, role_holder),
    )
    database.conn.execute("UPDATE participants SET created_on = '2026-11-01' WHERE id = ?", (new,))
    database.conn.commit()
    w.attend(w.session(activity, date(2023, 5, 1)), old, recent, role_holder)
    w.attend(w.session(activity, date(2026, 10, 1)), recent)
    w.role(1, "lead", person=role_holder)
    today = date(2026, 11, 25)
    assert [p["id"] for p in retention_review(database, today)] == [old]
    set_retention_years(database, 5)
    assert retention_review(database, today) == []
    assert forget(database, [old], today) == Forgotten(count=1, scrubbed=True)
    assert retention_review(database, today, years=2) == []
