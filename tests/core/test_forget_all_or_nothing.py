"""Forgetting is all or nothing: the anonymisation, the erasures table and the removal of the
old bytes happen together, or nothing changes; also with another program reading, on a full
disk and under kill -9. Run as a script, this module is the process that gets killed."""

from __future__ import annotations

import contextlib
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from buurtapp.cli import main
from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import changes
from buurtapp.core.privacy.deletion import Outcome
from buurtapp.core.privacy.forgetting import (
    Forgotten,
    after_open,
    forget,
    scrub_pending,
    sync_erasure_log,
)
from buurtapp.core.restoring import restore
from buurtapp.core.storage.backups import (
    erasure_log,
    folder_for,
    list_backups,
    make_backup,
)
from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.database import create_database, open_database

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)


def _person(n: int) -> tuple[str, str, str]:
    """Name, phone and e-mail that occur nowhere else in the file."""
    return f"Qzxw Vlaminck{n:03d}", f"06-97{n:06d}", f"qzxw{n:03d}@vlaminck.example"


def _make(path: Path, people: int = 3) -> list[int]:
    database = create_database(path)
    with database.atomic() as conn:
        for n in range(people):
            conn.execute(
                "INSERT INTO participants (name, phone, email, notes) VALUES (?, ?, ?, ?)",
                (*_person(n), f"Notitie Wqxv{n:03d}"),
            )
        ids = [r[0] for r in conn.execute("SELECT id FROM participants ORDER BY id")]
        # History (they came once), so forgetting anonymises them; without it they would be
        # deleted (issue 12: one meaning on every path).
        conn.execute("INSERT INTO initiatives (id, name) VALUES (1, 'Inloop')")
        conn.execute("INSERT INTO activities (id, initiative_id, title) VALUES (1, 1, 'Koffie')")
        conn.execute(
            "INSERT INTO sessions (id, activity_id, starts_at, ends_at) "
            "VALUES (1, 1, '2026-01-06T10:00', '2026-01-06T12:00')"
        )
        conn.executemany(
            "INSERT INTO attendance (session_id, participant_id) VALUES (1, ?)",
            [(i,) for i in ids],
        )
    database.close()
    return ids


def _raw(path: Path) -> bytes:
    """The bytes of the database file and its -wal (and -shm) as they lie on disk."""
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def _traces(n: int) -> list[bytes]:
    name, phone, email = _person(n)
    return [name.encode(), phone.encode(), email.encode(), f"Wqxv{n:03d}".encode()]


def _logged(path: Path) -> set[str]:
    log = erasure_log(path)
    if not log.exists():
        return set()
    return {json.loads(line)["uid"] for line in log.read_text().splitlines() if line}


def _rows(path: Path) -> dict[int, dict]:
    """Every participant by id, with (scrubbed, withdrawn) of its erasure or None."""
    conn = sqlite3.connect(path)
    try:
        conn.row_factory = sqlite3.Row
        rows = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM participants")}
        erasures = {
            r["uid"]: (r["scrubbed"], r["withdrawn"])
            for r in conn.execute("SELECT * FROM erasures")
        }
    finally:
        conn.close()
    for row in rows.values():
        row["erasure"] = erasures.get(row["uid"])
    return rows


def _row(path: Path, pid: int) -> dict:
    return _rows(path)[pid]


def _as_before(row: dict, n: int) -> bool:
    name, phone, email = _person(n)
    return (row["name"], row["phone"], row["email"], row["anonymised_on"], row["erasure"]) == (
        name,
        phone,
        email,
        None,
        None,
    )


def _forgotten(row: dict) -> bool:
    return (
        row["name"] == "Geanonimiseerd"
        and row["phone"] is None
        and row["email"] is None
        and row["notes"] is None
        and row["anonymised_on"] is not None
        and row["erasure"] is not None
        and row["erasure"][1] == 0
    )


def test_forgetting_is_one_commit_and_leaves_no_byte(tmp_path) -> None:
    path = tmp_path / "vergeet.db"
    ids = _make(path)
    with open_database(path) as db:
        assert all(t in _raw(path) for t in _traces(1))
        done = forget(db, [ids[1]], TODAY)
        assert done == Forgotten(1, True)
        assert not scrub_pending(db)
        raw = _raw(path)
        for trace in _traces(1):
            assert trace not in raw, trace
        assert _traces(2)[0] in raw  # the others are still there
        # Not even the trigrams of the name are left in the search index.
        db.conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search, row)")
        terms = {t for (t,) in db.conn.execute("SELECT term FROM temp.terms")}
        assert "qzx" in terms and "k01" not in terms
        uid = db.scalar("SELECT uid FROM participants WHERE id = ?", (ids[1],))
    row = _row(path, ids[1])
    assert _forgotten(row) and row["erasure"] == (1, 0) and row["anonymised_on"] == "2026-11-25"
    assert _as_before(_row(path, ids[2]), 2)
    assert _logged(path) == {uid}


def test_another_program_reading_is_no_success_and_the_next_open_finishes(tmp_path) -> None:
    path = tmp_path / "gelezen.db"
    ids = _make(path)
    reader = sqlite3.connect(path)  # another program, in the middle of reading
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM participants").fetchone()
    try:
        with open_database(path) as db:
            done = forget(db, [ids[0]], TODAY, wait=0.3)
            assert done == Forgotten(1, False)
            assert scrub_pending(db)
            assert _traces(0)[0] in _raw(path)  # honest: the old bytes are still there
    finally:
        reader.close()
    assert _forgotten(_row(path, ids[0]))
    with open_database(path) as db:
        assert after_open(db)
        assert not scrub_pending(db)
        raw = _raw(path)
        assert not any(t in raw for t in _traces(0))


def test_a_reader_that_finishes_in_time_is_waited_for(tmp_path) -> None:
    path = tmp_path / "wacht.db"
    ids = _make(path)
    reader = sqlite3.connect(path, check_same_thread=False)
    with open_database(path) as db:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM participants").fetchone()
        timer = threading.Timer(0.4, reader.rollback)
        started = time.monotonic()
        timer.start()
        try:
            assert forget(db, [ids[0]], TODAY, wait=4) == Forgotten(1, True)
            assert 0.4 <= time.monotonic() - started < 4
            assert not any(t in _raw(path) for t in _traces(0))
        finally:
            timer.join()
            reader.close()


def _run(argv: list[object], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_makes_a_backup_first_and_says_success_only_when_scrubbed(tmp_path, capsys) -> None:
    path = tmp_path / "cli.db"
    ids = _make(path)
    code, out, _ = _run(["person", "anonymise", "--db", path, "--id", ids[0]], capsys)
    assert code == 0 and "is geanonimiseerd" in out
    [backup] = list_backups(folder_for(path))
    assert backup.reason == "voor-vergeten"
    assert _person(0)[0].encode() in backup.path.read_bytes()  # taken before forgetting
    assert not any(t in _raw(path) for t in _traces(0))

    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM participants").fetchone()
    try:  # waits the busy timeout (5 s) for the reader, then says what is true
        code, out, err = _run(["person", "anonymise", "--db", path, "--id", ids[1]], capsys)
    finally:
        reader.close()
    assert code == 2 and out == ""
    assert "Deelnemer" in err and "is vergeten, maar een ander programma" in err
    assert err.count("\n") == 1
    assert _forgotten(_row(path, ids[1]))


def test_cli_forgets_nobody_when_the_backup_fails(tmp_path, capsys) -> None:
    path = tmp_path / "geenkopie.db"
    ids = _make(path)
    folder = folder_for(path)
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the backup folder should be")
    code, out, err = _run(["person", "anonymise", "--db", path, "--id", ids[0]], capsys)
    assert code == 2 and out == "" and "er is niets veranderd" in err
    assert _as_before(_row(path, ids[0]), 0)


def test_a_full_database_changes_nothing(tmp_path) -> None:
    """``max_page_count`` as a disk that fills up at every possible moment."""
    outcomes = {"nothing": 0, "everything": 0}
    for extra in range(0, 40, 3):
        path = tmp_path / f"vol{extra}.db"
        ids = _make(path, people=30)
        with open_database(path) as db:
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            pages = int(db.scalar("PRAGMA page_count"))
            db.conn.execute(f"PRAGMA max_page_count = {pages + extra}")
            try:
                assert forget(db, ids[:20], TODAY).scrubbed
                outcomes["everything"] += 1
            except BuurtappError as error:
                assert "er is niets veranderd" in error.message("nl")
                outcomes["nothing"] += 1
        rows = [_row(path, pid) for pid in ids[:20]]
        if all(_forgotten(r) for r in rows):
            assert not any(t in _raw(path) for n in range(20) for t in _traces(n))
        else:
            assert all(_as_before(r, n) for n, r in enumerate(rows))
            assert not _logged(path)
    assert outcomes["nothing"] and outcomes["everything"]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs: a disk that is really full (root only)."""
    mount = tmp_path / "stick"
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
            capture_output=True,
            check=False,
        )
    except OSError:
        pytest.skip("no mount command")
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root?)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> None:
    """Fill the disk until ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    with (folder / "vulling").open("ab") as fh, contextlib.suppress(OSError):
        while free > leave:
            fh.write(b"\0" * min(free - leave, 64 * 1024))
            fh.flush()
            free = shutil.disk_usage(folder).free


def test_a_full_disk_is_all_or_nothing(tmp_path, small_disk) -> None:
    template = tmp_path / "sjabloon.db"
    ids = _make(template, people=12)
    outcomes = {"nothing": 0, "everything": 0}
    for leave in range(0, 720 * 1024, 40 * 1024):
        for leftover in small_disk.iterdir():
            leftover.unlink()
        path = small_disk / "buurthuis.db"
        shutil.copyfile(template, path)
        database: Database | None = None
        try:
            database = open_database(path)
        except BuurtappError:
            continue  # not even room to open: nothing to test at this level
        try:
            _fill(small_disk, leave)
            try:
                done = forget(database, ids[:5], TODAY)
            except BuurtappError as error:
                assert "er is niets veranderd" in error.message("nl")
                outcomes["nothing"] += 1
            else:
                assert done.scrubbed
                outcomes["everything"] += 1
        finally:
            database.close()
        (small_disk / "vulling").unlink()
        rows = [_row(path, pid) for pid in ids[:5]]
        if all(_forgotten(r) for r in rows):
            assert not any(t in _raw(path) for n in range(5) for t in _traces(n))
            assert {r["uid"] for r in rows} <= _logged(path)
        else:
            assert all(_as_before(r, n) for n, r in enumerate(rows)), f"half at {leave}"
            assert not _logged(path)
    assert outcomes["nothing"] and outcomes["everything"]


def _forget_loop(path: Path) -> None:
    """The process that gets killed: forgets everyone, one at a time, printing each id."""
    database = open_database(path)
    after_open(database)
    print("ready", flush=True)
    for (pid,) in database.conn.execute(
        "SELECT id FROM participants WHERE anonymised_on IS NULL ORDER BY id"
    ).fetchall():
        forget(database, [pid])
        print(pid, flush=True)


def test_kill_minus_nine_while_forgetting(tmp_path) -> None:
    path = tmp_path / "kill.db"
    ids = _make(path, people=400)
    rng = random.Random(5)
    killed_mid_run = 0
    for _trial in range(8):
        process = subprocess.Popen(
            [sys.executable, __file__, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.random() * 0.15)
        process.kill()  # SIGKILL: no clean-up at all
        out, _ = process.communicate()
        finished = [int(x) for x in out.split()]
        killed_mid_run += 1 if finished else 0
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        rows = _rows(path)
        for n, pid in enumerate(ids):
            assert _as_before(rows[pid], n) or _forgotten(rows[pid]), f"half: {rows[pid]}"
            if pid in finished:
                assert _forgotten(rows[pid])
        with open_database(path) as db:  # the next open catches up: log and scrub
            assert after_open(db)
            erased = {u for (u,) in db.conn.execute("SELECT uid FROM erasures")}
            assert erased <= _logged(path)
            raw = _raw(path)
            assert not any(_traces(n)[0] in raw for n, p in enumerate(ids) if rows[p]["erasure"])
    assert killed_mid_run >= 4


def test_the_log_beside_the_backups_catches_up(tmp_path) -> None:
    path = tmp_path / "log.db"
    ids = _make(path)
    log = erasure_log(path)
    log.mkdir(parents=True)  # the log cannot be written (a folder is in the way)
    with open_database(path) as db:
        assert forget(db, [ids[0]], TODAY).scrubbed  # the table in the file is the truth
        uid = db.scalar("SELECT uid FROM erasures")
        assert not sync_erasure_log(db)
    log.rmdir()
    with open_database(path) as db:
        assert after_open(db)
    assert _logged(path) == {uid}


def test_restore_reads_the_erasures_of_the_file_it_replaces(tmp_path) -> None:
    path = tmp_path / "terug.db"
    ids = _make(path)
    with open_database(path) as db:
        old = make_backup(db, "oud")
        forget(db, [ids[2]], TODAY)
    erasure_log(path).unlink()  # the log is lost; the file still knows
    restore(old, path)
    assert _forgotten(_row(path, ids[2]))
    assert not any(t in _raw(path) for t in _traces(2))
    assert len(_logged(path)) == 1


def test_after_open_forgets_again_who_came_back(tmp_path) -> None:
    path = tmp_path / "kopie.db"
    ids = _make(path)
    copy = tmp_path / "oud.db"
    with open_database(path) as db:
        make_backup(db, "oud", folder=tmp_path / "elders")
        forget(db, [ids[0]], TODAY)
    [older] = list_backups(tmp_path / "elders")
    shutil.copyfile(older.path, copy)
    path.unlink()
    copy.rename(path)  # an older copy put back by hand, behind Buurtapp's back
    assert _as_before(_row(path, ids[0]), 0)
    with open_database(path) as db:
        assert after_open(db)
    assert _forgotten(_row(path, ids[0]))


def test_undoing_an_anonymisation_withdraws_the_erasure(tmp_path) -> None:
    """Deleting a participant with history anonymises; the window can undo that while open.
    Then the person is no longer to be forgotten again at the next open or restore."""
    path = tmp_path / "ongedaan.db"
    ids = _make(path)
    with open_database(path) as db:
        session = _a_session(db)
        ops.set_attendance(db, session, ids[0], True)
        outcome, change = ops.delete(db, "participants", ids[0])
        assert outcome is Outcome.ANONYMISED
        uid = db.scalar("SELECT uid FROM participants WHERE id = ?", (ids[0],))
        assert uid in _logged(path)
        changes.revert(db, change)
        assert db.scalar("SELECT withdrawn FROM erasures WHERE uid = ?", (uid,)) == 1
        assert after_open(db)
        assert uid not in _logged(path)
        assert db.scalar("SELECT name FROM participants WHERE id = ?", (ids[0],)) == _person(0)[0]
        changes.reapply(db, change)  # redo: forgotten again, and logged again
        assert db.scalar("SELECT withdrawn FROM erasures WHERE uid = ?", (uid,)) == 0
        assert scrub_pending(db)
        assert after_open(db) and not scrub_pending(db)
        assert uid in _logged(path)
    assert not any(t in _raw(path) for t in _traces(0))


def test_another_tool_anonymising_is_logged_and_scrubbed_at_open(tmp_path) -> None:
    path = tmp_path / "ander.db"
    ids = _make(path)
    conn = sqlite3.connect(path, isolation_level=None)  # no pragmas, no secure_delete
    conn.execute(
        "UPDATE participants SET name = 'Anoniem', phone = NULL, email = NULL, notes = NULL, "
        "anonymised_on = '2026-11-20' WHERE id = ?",
        (ids[1],),
    )
    conn.close()
    with open_database(path) as db:
        assert db.scalar("SELECT scrubbed FROM erasures") == 0
        assert after_open(db)
        assert db.scalar("SELECT on_date || scrubbed FROM erasures") == "2026-11-201"
    assert len(_logged(path)) == 1
    assert not any(t in _raw(path) for t in _traces(1))


def _a_session(db: Database) -> int:
    with db.atomic() as conn:
        conn.execute("INSERT INTO initiatives (name) VALUES ('Koffie')")
        conn.execute("INSERT INTO activities (initiative_id, title) VALUES (1, 'Ochtend')")
        conn.execute(
            "INSERT INTO sessions (activity_id, starts_at, ends_at) "
            "VALUES (1, '2026-11-01T10:00', '2026-11-01T12:00')"
        )
    return 1


if __name__ == "__main__":
    _forget_loop(Path(sys.argv[1]))
