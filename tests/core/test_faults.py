"""Honest experiments: kill -9 during writes, a full disk, flipped bytes, and backups taken
while another process writes."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import listings
from buurtapp.core.restoring import restore
from buurtapp.core.storage.backups import list_backups, make_backup
from buurtapp.core.storage.database import create_database, open_database
from buurtapp.core.storage.health import check

WRITER = Path(__file__).with_name("fault_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _writer(path: Path, start: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )


def _operations(path: Path) -> dict[int, tuple[int, int]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        places = {
            int(name[3:]): 1
            for (name,) in conn.execute("SELECT name FROM places WHERE name LIKE 'op-%'")
        }
        orgs: dict[int, int] = {}
        for (note,) in conn.execute("SELECT notes FROM organisations WHERE notes LIKE 'op-%'"):
            orgs[int(note[3:])] = orgs.get(int(note[3:]), 0) + 1
    finally:
        conn.close()
    return {n: (places.get(n, 0), orgs.get(n, 0)) for n in set(places) | set(orgs)}


def test_kill_minus_nine_never_leaves_half_an_operation(tmp_path) -> None:
    path = tmp_path / "kill.db"
    create_database(path).close()
    rng = random.Random(7)
    start, trials, killed_mid_run = 0, 30, 0
    for _trial in range(trials):
        process = _writer(path, start)
        time.sleep(0.35 + rng.random() * 0.25)  # start-up, then some writes
        process.kill()  # SIGKILL: no clean-up at all
        out, _ = process.communicate()
        finished = [int(x) for x in out.split()]
        killed_mid_run += 1 if finished else 0
        ops = _operations(path)
        assert all(v == (1, 5) for v in ops.values()), "an operation is half there"
        for n in finished:  # a reported commit survived the kill
            assert ops.get(n) == (1, 5)
        start = max(ops, default=start) + 1
    assert killed_mid_run >= trials // 2
    assert check(path).healthy


def test_full_disk_is_a_clear_error_and_changes_nothing(tmp_path) -> None:
    from buurtapp.core.model import records as r
    from buurtapp.core.model.repository import Repositories

    path = tmp_path / "vol.db"
    database = create_database(path)
    repos = Repositories(database)
    repos.places.add(r.Place(name="Buurthuis"))
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before_rows = database.conn.execute("SELECT * FROM places").fetchall()
    before_bytes = path.read_bytes()
    pages = database.scalar("PRAGMA page_count")
    database.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is nearly full
    with pytest.raises(BuurtappError) as err:
        repos.places.add_many([r.Place(name=f"Plek {n}", notes="x" * 5000) for n in range(50)])
    assert "Opslaan is mislukt; er is niets veranderd" in err.value.message("nl")
    assert database.conn.execute("SELECT * FROM places").fetchall() == before_rows
    database.conn.close()  # without PRAGMA optimize, which may write statistics
    assert path.read_bytes() == before_bytes  # byte-identical
    with open_database(path) as again:
        assert again.conn.execute("SELECT * FROM places").fetchall() == before_rows
    assert check(path).healthy


def test_flipped_bytes_are_reported_or_survived(demo_path, tmp_path) -> None:
    rng = random.Random(11)
    original = demo_path.read_bytes()
    outcomes = {"damaged": 0, "refused": 0, "opened": 0}
    for trial in range(100):
        data = bytearray(original)
        for _ in range(rng.choice((1, 4, 32))):
            position = rng.randrange(len(data))
            data[position] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flip{trial}.db"
        path.write_bytes(bytes(data))
        try:
            report = check(path)
        except BuurtappError:
            outcomes["refused"] += 1
            continue
        if not report.healthy:
            outcomes["damaged"] += 1
            continue
        try:
            with open_database(path) as db:
                for kind in listings.KINDS:
                    listings.rows(db, kind)
            outcomes["opened"] += 1
        except BuurtappError:
            outcomes["damaged"] += 1
    assert sum(outcomes.values()) == 100
    assert outcomes["damaged"] + outcomes["refused"] > 0


def test_backups_while_another_process_writes(tmp_path) -> None:
    path = tmp_path / "druk.db"
    create_database(path).close()
    folder = tmp_path / "backups"
    process = _writer(path, 0)
    try:
        time.sleep(0.5)
        made = []
        with open_database(path) as database:
            for n in range(5):
                made.append(make_backup(database, f"test{n}", folder=folder))
                time.sleep(0.1)
    finally:
        process.kill()
        process.communicate()
    assert len(list_backups(folder)) == 5
    for backup in made:
        ops = _operations(backup)  # also asserts integrity_check ok
        assert ops and all(v == (1, 5) for v in ops.values())
    target = tmp_path / "terug.db"
    shutil.copyfile(made[-1], target)
    with open_database(target) as db:
        db.conn.execute("DELETE FROM organisations")
        db.conn.commit()
    restore(made[-1], target)
    assert _operations(target) == _operations(made[-1])
