"""Undo and redo restore only what their own step changed: when the rows changed since (another
program, the command line forgetting someone), they refuse and write nothing."""

import dataclasses
import sqlite3

import pytest

from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.model.changes import changed_since, reapply, revert
from buurtapp.core.model.repository import Repositories
from buurtapp.core.privacy.forgetting import forget
from buurtapp.core.storage.database import open_database
from tests.conftest import DEMO_TODAY


@pytest.fixture
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def _row(db, table: str, record_id: int) -> dict | None:
    rows = db.query(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    return rows[0] if rows else None


def _other_program(path, sql: str, params: tuple = ()) -> None:
    other = sqlite3.connect(path)
    other.execute(sql, params)
    other.commit()
    other.close()


def test_undo_refuses_when_the_row_changed_since(demo, demo_path) -> None:
    place = Repositories(demo).places.get(1)
    change = ops.save(demo, dataclasses.replace(place, notes="Sleutel bij de buren"))
    _other_program(demo_path, "UPDATE places SET capacity = 77 WHERE id = 1")
    now = _row(demo, "places", 1)
    with pytest.raises(BuurtappError) as raised:
        revert(demo, change)
    assert raised.value.code == "undo_changed_since"
    assert raised.value.message("nl") == (
        "De plek is sindsdien veranderd; ongedaan maken zou dat overschrijven. "
        "Er is niets veranderd."
    )
    assert "has changed since" in raised.value.message("en")
    assert _row(demo, "places", 1) == now  # nothing written: the other program's 77 stays


def test_undo_after_forgetting_elsewhere_brings_nothing_back(demo) -> None:
    pid = demo.scalar("SELECT participant_id FROM attendance LIMIT 1")
    person = Repositories(demo).participants.get(pid)
    change = ops.save(demo, dataclasses.replace(person, notes="Komt graag"))
    forget(demo, [pid], DEMO_TODAY)  # what the command line does, behind the window's back
    forgotten = _row(demo, "participants", pid)
    with pytest.raises(BuurtappError):
        revert(demo, change)
    assert _row(demo, "participants", pid) == forgotten
    assert forgotten["anonymised_on"] and forgotten["name"] != person.name


def test_undo_refuses_when_the_row_was_deleted_since(demo) -> None:
    change = ops.save(demo, dataclasses.replace(Repositories(demo).places.get(1), notes="x"))
    demo.conn.execute("PRAGMA foreign_keys = OFF")
    demo.conn.execute("DELETE FROM places WHERE id = 1")
    demo.conn.commit()
    assert changed_since(demo, change.after, change.before) == ["places"]
    with pytest.raises(BuurtappError):
        revert(demo, change)
    assert _row(demo, "places", 1) is None


def test_redo_refuses_when_the_row_changed_since(demo, demo_path) -> None:
    place = Repositories(demo).places.get(1)
    change = ops.save(demo, dataclasses.replace(place, notes="Nieuw"))
    revert(demo, change)
    _other_program(demo_path, "UPDATE places SET address = 'Elders 1' WHERE id = 1")
    now = _row(demo, "places", 1)
    with pytest.raises(BuurtappError) as raised:
        reapply(demo, change)
    assert raised.value.code == "redo_changed_since"
    assert _row(demo, "places", 1) == now


def test_a_created_record_made_again_elsewhere_is_not_overwritten(demo, demo_path) -> None:
    change = ops.save(demo, r.Place(name="Tijdelijk"))
    new_id = change.record_id
    revert(demo, change)
    assert _row(demo, "places", new_id) is None
    _other_program(
        demo_path, "INSERT INTO places (id, name) VALUES (?, 'Van een ander')", (new_id,)
    )
    with pytest.raises(BuurtappError):
        reapply(demo, change)
    assert _row(demo, "places", new_id)["name"] == "Van een ander"


def test_unchanged_rows_still_undo_and_redo_exactly(demo) -> None:
    place = Repositories(demo).places.get(1)
    before = _row(demo, "places", 1)
    change = ops.save(demo, dataclasses.replace(place, notes="Nieuw"))
    after = _row(demo, "places", 1)
    revert(demo, change)
    assert _row(demo, "places", 1) == before
    reapply(demo, change)
    assert _row(demo, "places", 1) == after
