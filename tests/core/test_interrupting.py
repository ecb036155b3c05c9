"""Background work (the opening check and backups) stops at once when asked, and a stop is
never mistaken for damage; damage is recognised in every language."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from buurtapp.core import i18n
from buurtapp.core.opening import check_and_back_up
from buurtapp.core.storage.backups import folder_for, list_backups, make_backup_of
from buurtapp.core.storage.health import check
from buurtapp.core.storage.interrupting import Interrupted, Interrupter

ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


def damage(path: Path) -> None:
    """Overwrite part of a data page, as a failing disk or a pulled stick does."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 5, 4096 * 5 + 300):
        data[offset] = 0xEE
    path.write_bytes(bytes(data))


def test_a_query_that_would_never_end_is_stopped_from_another_thread() -> None:
    interrupter = Interrupter()
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    timer = threading.Timer(0.05, interrupter.stop)
    timer.start()
    with pytest.raises(Interrupted), interrupter.watching(conn):
        conn.execute(ENDLESS).fetchone()
    timer.join()
    assert interrupter.stopped


def test_work_stopped_before_it_starts_does_nothing(demo_path: Path) -> None:
    interrupter = Interrupter()
    interrupter.stop()
    with pytest.raises(Interrupted):
        check_and_back_up(demo_path, check=True, back_up=True, interrupter=interrupter)
    with pytest.raises(Interrupted):
        make_backup_of(demo_path, "openen", interrupter)
    folder = folder_for(demo_path)
    assert not folder.exists() or list(folder.iterdir()) == []  # no backup, no .part


def test_an_error_after_a_stop_is_not_damage() -> None:
    """An interrupted integrity_check raises 'interrupted': that must never read as a
    damaged file (the window would offer to replace a healthy file with a backup)."""
    interrupter = Interrupter()
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    with pytest.raises(Interrupted), interrupter.watching(conn):
        interrupter.stop()
        conn.execute("SELECT 1").fetchone()
        raise sqlite3.OperationalError("interrupted")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_damage_is_recognised_whatever_the_language(demo_path: Path, language: str) -> None:
    """The window used to recognise damage by the Dutch words of the problem: in English a
    damaged file opened as if healthy."""
    before = i18n.language()
    i18n.set_language(language)
    try:
        damage(demo_path)
        report = check(demo_path)
        outcome = check_and_back_up(demo_path, check=True, back_up=True)
    finally:
        i18n.set_language(before)
    assert report.damaged and not report.healthy
    assert outcome.damaged and outcome.problems
    assert outcome.backup is None  # a damaged file is never copied over the good backups
    assert list_backups(folder_for(demo_path)) == []


def test_a_healthy_file_is_checked_then_backed_up(demo_path: Path) -> None:
    outcome = check_and_back_up(demo_path, check=True, back_up=True)
    assert not outcome.damaged and outcome.problems == ()
    assert outcome.backup is not None and outcome.backup.exists()
    assert [b.reason for b in list_backups(folder_for(demo_path))] == ["openen"]
    assert check(outcome.backup).healthy


def test_an_older_or_dangling_file_is_not_damaged(demo_path: Path) -> None:
    """A dangling reference is a problem to report, not damage to restore a backup over."""
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE roles SET participant_id = 999999 WHERE id = (SELECT min(id) FROM roles)")
    conn.commit()
    conn.close()
    report = check(demo_path)
    assert report.problems and not report.damaged


def test_a_stop_between_two_statements_is_not_lost() -> None:
    """SQLite forgets an ``interrupt`` that arrives between two statements; the next long
    statement would run to its end while the window waits for it."""
    interrupter = Interrupter()
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    with pytest.raises(Interrupted), interrupter.watching(conn):
        conn.execute("SELECT 1").fetchone()
        interrupter.stop()  # no statement runs now: interrupt() alone would be forgotten
        conn.execute(ENDLESS).fetchone()
