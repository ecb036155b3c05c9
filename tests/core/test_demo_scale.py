"""The demo's scale factor (issue 15, growth): scale 1 is the demo as it always was, byte for
byte in the tables that matter; scale k makes every part k times as big, the same for a seed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from buurtapp.cli import main
from buurtapp.core.demo.writer import write_demo
from tests.conftest import DEMO_TODAY

#: Columns the builder writes itself (a field added to the schema later does not change them).
CHECKED = {
    "participants": "id, uid, name, phone, email, neighbourhood, age_group, created_on",
    "initiatives": "id, uid, name, status, started_on",
    "sessions": "id, uid, activity_id, starts_at, cancelled, walk_ins",
    "attendance": "session_id, participant_id",
}
#: Row counts and checksums of the small demo (seed 1, DEMO_TODAY) written by the writer before
#: it had a scale (commit 7be4526), computed with :func:`_digest`.
BEFORE = {
    "participants": (300, "9c4ea8afe44b7ef0"),
    "initiatives": (30, "5363b976b1dc56b6"),
    "sessions": (1388, "b239c017ec42c146"),
    "attendance": (6883, "76cb211086c8ec88"),
}


def _digest(path: Path) -> dict[str, tuple[int, str]]:
    found = {}
    with sqlite3.connect(path) as conn:
        for table, columns in CHECKED.items():
            digest = hashlib.sha256()
            count = 0
            for row in conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2"):
                digest.update(repr(row).encode())
                count += 1
            found[table] = (count, digest.hexdigest()[:16])
    return found


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_scale_one_writes_the_same_demo_as_before(tmp_path: Path) -> None:
    write_demo(tmp_path / "default.db", today=DEMO_TODAY).close()
    write_demo(tmp_path / "one.db", today=DEMO_TODAY, scale=1).close()
    assert _digest(tmp_path / "default.db") == BEFORE
    assert _digest(tmp_path / "one.db") == BEFORE


def test_scale_multiplies_every_part_and_is_the_same_for_a_seed(tmp_path: Path) -> None:
    one, three, again = tmp_path / "one.db", tmp_path / "three.db", tmp_path / "again.db"
    for path in (one, three, again):
        scale = 1 if path == one else 3
        write_demo(path, today=DEMO_TODAY, scale=scale).close()
    for table in ("participants", "initiatives", "places"):
        assert _count(three, table) == 3 * _count(one, table), table
    # sessions and attendance follow from the initiatives drawn: about three times as many
    for table in ("activities", "sessions", "attendance"):
        assert 2.5 < _count(three, table) / _count(one, table) < 3.5, table
    assert _digest(three) == _digest(again)
    assert _digest(three) != _digest(one)
    with sqlite3.connect(three) as conn:  # the bigger town still holds together
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        names = conn.execute("SELECT count(DISTINCT name), count(*) FROM places").fetchone()
        assert names[0] == names[1]


@pytest.mark.parametrize("scale", [0, -1, 1.5, True, "2"])
def test_a_scale_that_is_no_whole_number_from_one_is_refused(tmp_path: Path, scale) -> None:
    with pytest.raises(ValueError, match="scale"):
        write_demo(tmp_path / "demo.db", scale=scale)
    assert not (tmp_path / "demo.db").exists()


def test_the_demo_command_takes_a_scale(tmp_path: Path, capsys) -> None:
    target = tmp_path / "twice.db"
    code = main(["demo", "--db", str(target), "--scale", "2", "--today", "2026-11-25"])
    assert code == 0
    assert _count(target, "participants") == 600
    assert "600 deelnemers" in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        main(["demo", "--db", str(tmp_path / "none.db"), "--scale", "0"])
    assert refused.value.code == 2
    assert not (tmp_path / "none.db").exists()
