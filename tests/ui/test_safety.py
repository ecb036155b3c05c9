"""Opening safely from the window: one app per file, stale locks, backups, damage, read-only."""

import os
import socket
import time

import pytest
from PySide6.QtCore import QLockFile

from buurtapp.core.storage.backups import folder_for, list_backups
from buurtapp.core.storage.database import open_database
from buurtapp.ui import file_actions
from buurtapp.ui.file_guard import lock_path


def test_opening_makes_a_backup_and_says_when(window, demo_path, qtbot) -> None:
    """The check and the backup run in the background: the window is usable meanwhile."""
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    backups = list_backups(folder_for(demo_path))
    assert [b.reason for b in backups] == ["openen"]
    assert window.backup_label.text().startswith("Laatste reservekopie: ")
    assert window.workspace.checked


def test_second_instance_is_told_clearly(window, demo_path, answer, tmp_path) -> None:
    other = tmp_path / "ander.db"
    other.write_bytes(demo_path.read_bytes())
    held = QLockFile(str(lock_path(other.resolve())))
    assert held.tryLock(100)  # "another Buurtapp" holds the file
    answer.next("warning_ok")
    assert not file_actions.open_path(window, other)
    assert "al open in Buurtapp" in answer.texts[0]
    assert window.database.path == demo_path  # the open file stays open
    held.unlock()
    assert file_actions.open_path(window, other)
    assert window.database.path == other


def test_stale_lock_of_a_crashed_app_is_taken_over(window, demo_path, tmp_path) -> None:
    other = tmp_path / "na-crash.db"
    other.write_bytes(demo_path.read_bytes())
    lock = lock_path(other.resolve())
    dead = 4_000_000  # no such process
    lock.write_text(f"{dead}\nbuurtapp\n{socket.gethostname()}\n")
    old = time.time() - 3600
    os.utime(lock, (old, old))
    assert file_actions.open_path(window, other)


def test_backups_dialog_puts_a_backup_back(window, answer) -> None:
    from buurtapp.core import operations as ops
    from buurtapp.core.model import records as r

    window.workspace.run(ops.save, r.Place(name="Na de reservekopie"))
    dialog = window.show_backups()
    assert dialog.table.model_.rowCount() == 1
    answer.next("confirm_yes")
    assert dialog.restore_selected()
    assert (
        window.database.scalar("SELECT count(*) FROM places WHERE name = 'Na de reservekopie'") == 0
    )
    reasons = sorted(b.reason for b in list_backups(folder_for(window.database.path)))
    assert "voor-terugzetten" in reasons


@pytest.mark.qt_no_exception_capture
def test_damaged_file_is_kept_and_the_backup_offered(
    window, demo_path, answer, qtbot, app_catcher
) -> None:
    """The window shows the file before its full check ends: a page that reads a damaged
    part, or the check, switches it to read-only and offers the backup (as the app does with
    its ErrorCatcher)."""
    window.set_database(None)
    data = bytearray(demo_path.read_bytes())
    for offset in range(4096 * 5, 4096 * 5 + 300):
        data[offset] = 0xEE
    demo_path.write_bytes(bytes(data))
    answer.next("confirm_yes")
    assert file_actions.open_path(window, demo_path)  # shown at once, checked meanwhile
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=10_000)
    assert "beschadigd" in answer.texts[0]
    assert demo_path.with_name(demo_path.name + ".damaged").exists()
    from buurtapp.core.storage.health import check

    assert check(demo_path).healthy
    qtbot.waitUntil(lambda: window.workspace.checked, timeout=10_000)
    assert not window.database.read_only
    assert window.database.path == demo_path


def test_read_only_file_shows_a_banner(window, demo_path, tmp_path, qtbot) -> None:
    copy = tmp_path / "alleen-lezen.db"
    copy.write_bytes(demo_path.read_bytes())
    window.set_database(open_database(copy, read_only=True))
    assert window.read_only_label.text() == "Alleen lezen: wijzigingen worden niet opgeslagen"
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)  # checked, not backed up
    assert window.backup_label.text() == ""
    assert list_backups(folder_for(copy)) == []


def test_cloud_and_removable_folders_are_recognised(tmp_path) -> None:
    from buurtapp.ui.file_guard import risky_location

    assert risky_location(tmp_path / "Dropbox" / "buurthuis.db")
    assert risky_location(tmp_path / "OneDrive - Gemeente" / "b.db")
    assert not risky_location(tmp_path / "Documenten" / "buurthuis.db")
