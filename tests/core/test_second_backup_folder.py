"""The second backup folder (a USB stick, a network share): every automatic backup is copied
there too, checked, never as a half file, pruned as the main folder; when the folder cannot be
reached the main backup still stands and the reason is named."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from buurtapp.core.errors import DatabaseError
from buurtapp.core.opening import check_and_back_up
from buurtapp.core.storage import backups, second_folder
from buurtapp.core.storage.backup_paths import folder_for
from buurtapp.core.storage.backups import make_backup
from buurtapp.core.storage.second_folder import (
    MISSING,
    NOT_A_FOLDER,
    UNWRITABLE,
    copy_to_second,
    second_folder_for,
    second_folder_problem,
)

NOW = datetime(2026, 11, 27, 10, 0, 0)


def _participants(path: Path) -> int:
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
    finally:
        conn.close()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_the_opening_backup_is_copied_whole_to_the_second_folder(demo_path, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    outcome = check_and_back_up(demo_path, check=True, back_up=True, second_folder=stick)
    assert outcome.backup is not None and outcome.second_error is None
    assert outcome.second == second_folder_for(demo_path, stick) / outcome.backup.name
    assert _dump(outcome.second) == _dump(outcome.backup)
    assert _participants(outcome.second) == _participants(demo_path) > 0
    assert not list(stick.rglob("*.part"))  # no half file left beside it
    assert not list(stick.glob(".buurtapp-probe*"))  # the write probe is cleaned up


def test_no_second_folder_means_only_the_main_backup(demo_path) -> None:
    outcome = check_and_back_up(demo_path, check=False, back_up=True)
    assert outcome.backup is not None and outcome.second is None and outcome.second_error is None


def test_a_missing_folder_is_not_made_and_the_main_backup_stands(demo_path, tmp_path) -> None:
    stick = tmp_path / "media" / "stick"  # not plugged in
    assert second_folder_problem(stick) == MISSING
    outcome = check_and_back_up(demo_path, check=False, back_up=True, second_folder=stick)
    assert outcome.backup is not None and outcome.backup.is_file()
    assert outcome.second is None
    assert isinstance(outcome.second_error, DatabaseError)
    assert str(stick) in outcome.second_error.message("en")
    assert not stick.exists()  # never a folder on the laptop's disk where the stick should be
    assert not (tmp_path / "media").exists()


def test_a_file_where_the_folder_should_be(demo_path, tmp_path) -> None:
    in_the_way = tmp_path / "stick"
    in_the_way.write_text("not a folder")
    assert second_folder_problem(in_the_way) == NOT_A_FOLDER
    outcome = check_and_back_up(demo_path, check=False, back_up=True, second_folder=in_the_way)
    assert outcome.backup is not None and outcome.second_error is not None
    assert in_the_way.read_text() == "not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder anyway")
def test_a_read_only_folder(demo_path, tmp_path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    share.chmod(0o555)
    try:
        assert second_folder_problem(share) == UNWRITABLE
        outcome = check_and_back_up(demo_path, check=False, back_up=True, second_folder=share)
        assert outcome.backup is not None and outcome.backup.is_file()
        assert outcome.second_error is not None and not list(share.iterdir())
    finally:
        share.chmod(0o755)


def test_a_copy_that_fails_its_check_leaves_no_file_under_a_backup_name(
    database, db_path, tmp_path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    made = make_backup(database, "auto", now=NOW)
    damaged = tmp_path / made.name
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # a header and nothing more
    with pytest.raises(DatabaseError):
        copy_to_second(damaged, db_path, stick, now=NOW)
    assert list(second_folder_for(db_path, stick).iterdir()) == []


def test_the_second_folder_is_pruned_like_the_main_one_and_only_our_files(
    database, db_path, tmp_path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    mine = second_folder_for(db_path, stick)
    mine.mkdir()
    theirs = [stick / "holiday.jpg", mine / "notes.txt", mine / "my-own.db"]
    for path in theirs:
        path.write_text("someone else's")
    first = NOW - timedelta(days=60)
    for n in range(25):  # one a day for 25 days, two months ago
        moment = first + timedelta(days=n)
        copy_to_second(make_backup(database, "auto", now=moment), db_path, stick, now=moment)
    copy_to_second(make_backup(database, "auto", now=NOW), db_path, stick, now=NOW)
    main = sorted(p.name for p in folder_for(db_path).glob("2*.db"))
    second = sorted(p.name for p in mine.glob("2*.db"))
    assert second == main  # the same rule, the same survivors
    assert len(second) == backups.KEEP_LAST
    assert all(path.read_text() == "someone else's" for path in theirs)


@pytest.mark.parametrize("which", ["backups root", "this file's backups", "a folder in them"])
def test_the_main_folder_chosen_as_second_adds_nothing(database, db_path, which) -> None:
    made = make_backup(database, "auto", now=NOW)
    main = folder_for(db_path)
    chosen = {"backups root": main.parent, "this file's backups": main}.get(which, main / "x")
    chosen.mkdir(exist_ok=True)
    assert second_folder.second_folder_weakness(chosen, db_path) == second_folder.INSIDE_BACKUPS
    assert copy_to_second(made, db_path, chosen, now=NOW) == made
    copies = [p for p in main.parent.rglob("*.db")]
    assert copies == [made]  # no copy nested in the main folder


def test_a_second_folder_on_the_files_own_disk_is_called_weak(db_path, tmp_path) -> None:
    """Both are in tmp_path here: one disk. A stick or share would be another device."""
    stick = tmp_path / "stick"
    stick.mkdir()
    assert second_folder.second_folder_weakness(stick, db_path) == second_folder.SAME_DISK
    assert second_folder.second_folder_weakness(tmp_path / "not there", db_path) is None


def test_a_folder_that_cannot_be_looked_at_is_unwritable_not_an_error(
    tmp_path, monkeypatch
) -> None:
    """Another user's mount or a failing stick: exists() itself raises (EACCES, EIO)."""
    stick = tmp_path / "locked" / "stick"

    def refuse(self: Path, *args: object, **kwargs: object) -> bool:
        if str(self).startswith(str(tmp_path / "locked")):
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kwargs)

    original = Path.stat
    monkeypatch.setattr(Path, "stat", refuse)
    assert second_folder_problem(stick) == UNWRITABLE


def test_a_pipe_at_a_probe_like_name_is_never_opened(tmp_path) -> None:
    """The probe's name is new each time and made with O_EXCL: nothing lying there (a FIFO
    would block an open for writing forever) is opened."""
    stick = tmp_path / "stick"
    stick.mkdir()
    for n in range(3):
        os.mkfifo(stick / f".buurtapp-probe-{os.getpid()}{'' if n == 0 else n}")
    assert second_folder_problem(stick) is None
    assert sorted(p.name for p in stick.iterdir() if not p.is_fifo()) == []


def test_the_erasure_log_travels_with_the_copies_and_is_read_beside_a_copy(
    database, db_path, tmp_path
) -> None:
    """The laptop is lost; the coordinator opens the newest copy on the stick: whoever was
    forgotten after that copy was made is forgotten again, because the log lies beside it."""
    stick = tmp_path / "stick"
    stick.mkdir()
    made = make_backup(database, "auto", now=NOW)
    backups.log_erasure(db_path, ["uid-forgotten-later"])
    copy = copy_to_second(made, db_path, stick, now=NOW)
    assert (copy.parent / "erasures.jsonl").is_file()
    assert "uid-forgotten-later" in backups.read_erasure_log(copy)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_folder_nobody_may_write_in_even_root(demo_path) -> None:
    """/proc refuses new files to everyone, root included: a read-only share as root sees it."""
    proc = Path("/proc")
    assert second_folder_problem(proc) == UNWRITABLE
    outcome = check_and_back_up(demo_path, check=False, back_up=True, second_folder=proc)
    assert outcome.backup is not None and outcome.backup.is_file()
    assert outcome.second is None and outcome.second_error is not None
