"""Nothing escapes (issue 11, item 8): every error reaches the user as a calm message in their
language and a log file, never a traceback, a frozen window or a silently replaced file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMenu

from buurtapp.core.errors import DatabaseError
from buurtapp.core.model.search import search
from buurtapp.core.storage import paths
from buurtapp.core.storage.database import open_database
from buurtapp.ui import menus
from buurtapp.ui.app import initial_path
from buurtapp.ui.error_log import ErrorCatcher, log_path


@pytest.fixture
def catcher(tmp_path, window):
    caught = ErrorCatcher(lambda: window, tmp_path / "logs" / "buurtapp.log")
    caught.install()
    yield caught
    caught.uninstall()


def _raise(error: BaseException) -> None:
    raise error


@pytest.mark.qt_no_exception_capture
def test_uncaught_exception_is_logged_and_shown_calmly(catcher, answer, qtbot, tmp_path) -> None:
    answer.next("warning_ok")
    QTimer.singleShot(0, lambda: _raise(RuntimeError("kapot in een slot")))
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=3000)
    assert "Er ging iets mis" in answer.texts[0]  # Dutch, no traceback
    assert "Traceback" not in answer.texts[0]
    log = (tmp_path / "logs" / "buurtapp.log").read_text(encoding="utf-8")
    assert "RuntimeError: kapot in een slot" in log and "Traceback" in log


@pytest.mark.qt_no_exception_capture
def test_error_of_the_core_shows_its_own_message(catcher, answer, qtbot) -> None:
    answer.next("warning_ok")
    QTimer.singleShot(0, lambda: _raise(DatabaseError("db_read_only")))
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=3000)
    assert "alleen te lezen" in answer.texts[0]


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_thread_reaches_the_window(catcher, answer, qtbot, tmp_path) -> None:
    answer.next("warning_ok")
    worker = threading.Thread(target=lambda: _raise(ValueError("in de achtergrond")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=3000)
    assert "Er ging iets mis" in answer.texts[0]
    assert "in de achtergrond" in (tmp_path / "logs" / "buurtapp.log").read_text("utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_flood_of_errors_opens_one_box_at_a_time(catcher, answer, qtbot) -> None:
    answer.next("warning_ok")
    for n in range(5):
        QTimer.singleShot(0, lambda n=n: _raise(RuntimeError(f"fout {n}")))
    qtbot.waitUntil(lambda: len(catcher.shown) == 5, timeout=3000)
    qtbot.waitUntil(lambda: not catcher.showing, timeout=3000)
    assert len(answer.texts) == 1


def test_hook_is_put_back(tmp_path) -> None:
    import sys

    before = sys.excepthook, threading.excepthook
    caught = ErrorCatcher(lambda: None, tmp_path / "x.log")
    caught.install()
    assert sys.excepthook == caught.handle
    caught.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_log_lives_in_the_user_data_folder() -> None:
    assert log_path().parent == paths.data_dir()


def test_recent_menu_without_recent_files_says_so(window) -> None:
    """Old code: AttributeError, ``window.translate`` does not exist."""
    window.settings.store.remove("files/recent")
    menu = QMenu(window)
    menus._fill_recent(window, menu)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Geen recente bestanden"]
    assert not menu.actions()[0].isEnabled()


def test_nul_character_in_search_is_harmless(demo_path) -> None:
    """Old code: sqlite3.OperationalError 'unterminated string' from FTS5."""
    with open_database(demo_path) as db:
        name = str(db.scalar("SELECT name FROM participants WHERE id = 1")).split()[0]
        assert search(db, "ab\x00cd") == []
        hits = search(db, name + "\x00")
        assert any(h.kind == "participants" and h.record_id == 1 for h in hits)


def test_pasting_a_nul_into_ctrl_f_shows_results(window) -> None:
    box = window.search
    box.setText("Breiclub\x00")
    box.run_search()  # old code raised here
    texts = [box.results.item(r).text() for r in range(box.results.rowCount())]
    assert texts and all("Breiclub" in t for t in texts)


@pytest.mark.parametrize("kind", ["missing", "damaged"])
def test_restoring_a_bad_backup_keeps_the_file_open(window, answer, demo_path, tmp_path, kind):
    """Old code: sqlite3.OperationalError/DatabaseError escaped and the window was left with
    no database open (and the lock of the file gone)."""
    backup = tmp_path / f"{kind}.db"
    if kind == "damaged":
        backup.write_bytes(b"geen database " * 400)
    places = window.database.scalar("SELECT count(*) FROM places")
    answer.next("warning_ok")
    assert window.restore_backup(backup) is False
    assert answer.texts and ("bestaat niet" if kind == "missing" else "beschadigd") in (
        answer.texts[0]
    )
    assert window.workspace is not None
    assert window.database.path == demo_path
    assert window.database.scalar("SELECT count(*) FROM places") == places
    assert window.database.lock is not None  # still one app per file


def test_ticking_attendance_on_a_read_only_file_says_so(window, answer, qtbot, tmp_path) -> None:
    copy = tmp_path / "alleen-lezen.db"
    copy.write_bytes(window.database.path.read_bytes())
    window.set_database(open_database(copy, read_only=True))
    week = window.week_page
    from buurtapp.ui.week_page import SESSION_ROLE

    sessions = [
        week.model.index(r, 0).data(SESSION_ROLE) for r in range(week.model.rowCount())
    ]
    session_id = next(
        s
        for s in sessions
        if s
        and window.database.scalar("SELECT starts_at FROM sessions WHERE id = ?", (s,))
        < "2026-11-25"
    )
    assert week.select_session(session_id)
    before = window.database.scalar("SELECT count(*) FROM attendance")
    model = week.panel.model
    assert model.rowCount() > 0
    answer.next("warning_ok")
    week.panel.people.setFocus()
    week.panel.people.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(week.panel.people, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=3000)
    assert "alleen te lezen" in answer.texts[0]
    assert window.database.scalar("SELECT count(*) FROM attendance") == before


def test_missing_last_file_is_reported_never_replaced(settings, tmp_path) -> None:
    """Old code: silently created and opened an empty default database instead."""
    stick = tmp_path / "usb" / "buurthuis.db"
    settings.add_recent(str(stick))
    assert settings.last_file == str(stick)
    with pytest.raises(DatabaseError) as raised:
        initial_path(None, False, settings)
    assert raised.value.code == "db_missing"
    assert "USB-stick" in raised.value.message("nl")
    assert not paths.default_database().exists()
    assert settings.last_file == str(stick)


def test_first_start_makes_no_file_and_a_default_file_opens(settings) -> None:
    """The first start shows the welcome page (None here) and makes no file until the
    coordinator chooses; the default file, once there, is opened (not made again)."""
    assert initial_path(None, False, settings) is None
    assert not paths.default_database().exists()
    paths.default_database().parent.mkdir(parents=True)
    paths.default_database().write_bytes(b"")
    assert initial_path(None, False, settings) == (paths.default_database(), False)


def test_database_asked_for_is_used(settings, tmp_path) -> None:
    assert initial_path(Path(tmp_path / "x.db"), False, settings) == (tmp_path / "x.db", False)
