"""The window is usable from its first frame: the full check and the opening backup run in the
background, and whatever the coordinator does meanwhile (work, open another file, close the
window) nothing waits for them and nothing they find lands on the wrong file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.storage import file_lock
from buurtapp.core.storage.backups import folder_for, list_backups, make_backup
from buurtapp.core.storage.database import open_database
from buurtapp.core.storage.health import check
from buurtapp.ui import file_actions
from tests.core.test_interrupting import damage


def opened(window, path: Path) -> None:
    held = file_lock.acquire(path)
    from buurtapp.core.opening import open_file

    window.set_database(open_file(path, lock=held))


def test_the_file_is_shown_and_editable_before_its_check_ends(window, demo_path, qtbot, tmp_path):
    other = tmp_path / "ander.db"
    other.write_bytes(demo_path.read_bytes())
    assert file_actions.open_path(window, other)
    # No event has run yet: the check and the backup are still to come, the window works.
    assert window.backups.busy
    assert window.week_page is not None and window.week_page.model.rowCount() > 0
    window.workspace.run(ops.save, r.Place(name="Tijdens de controle"))
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    assert window.workspace.checked and not window.database.read_only
    assert [b.reason for b in list_backups(folder_for(other))] == ["openen"]
    assert window.backup_label.text().startswith("Laatste reservekopie: ")


def test_closing_during_the_check_does_not_wait_and_leaves_nothing_half(
    window, demo_path, qtbot, tmp_path
):
    other = tmp_path / "sluiten.db"
    other.write_bytes(demo_path.read_bytes())
    assert file_actions.open_path(window, other)
    work = window.backups.work
    assert work is not None
    window.close()
    assert work.isFinished()
    folder = folder_for(other)
    assert not folder.exists() or not list(folder.glob("*.part"))
    assert window.workspace is None


@pytest.mark.qt_no_exception_capture
def test_what_the_check_of_a_file_found_never_lands_on_the_next_file(
    window, demo_path, qtbot, tmp_path, app_catcher
):
    """Open a damaged file and, before its check (or a page reading it) reports, another:
    the damage of the first must not switch the second to read-only, nor offer backups."""
    first = tmp_path / "eerste.db"
    first.write_bytes(demo_path.read_bytes())
    damage(first)
    second = tmp_path / "tweede.db"
    second.write_bytes(demo_path.read_bytes())
    window.set_database(None)
    window.set_database(open_database(first))  # opens: the damage is in a data page
    assert window.backups.busy
    window.set_database(open_database(second))
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    qtbot.wait(50)  # a late signal of the first check would have arrived by now
    assert window.database.path == second and not window.database.read_only
    assert window.read_only_label.text() == ""
    assert list_backups(folder_for(first)) == []


@pytest.mark.qt_no_exception_capture
def test_damage_declined_keeps_the_file_read_only_and_untouched(
    window, demo_path, qtbot, answer, app_catcher
):
    window.set_database(None)
    # a backup to offer, made while the file was healthy
    with open_database(demo_path) as healthy:
        from buurtapp.core.storage.backups import make_backup

        make_backup(healthy, "openen")
    damage(demo_path)
    before = demo_path.read_bytes()
    answer.next("confirm_no")
    assert file_actions.open_path(window, demo_path)
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=10_000)
    assert "beschadigd" in answer.texts[0]
    qtbot.waitUntil(lambda: window.database is not None and window.database.read_only)
    assert window.read_only_label.text() == "Alleen lezen: wijzigingen worden niet opgeslagen"
    assert demo_path.read_bytes() == before  # nothing written to the damaged file
    with pytest.raises(BuurtappError):  # still one app per file
        file_lock.acquire(demo_path)
    window.close()
    assert demo_path.read_bytes() == before


def test_the_window_starts_without_what_it_does_not_show(demo_path, tmp_path):
    """Starting the window loads neither the commands' parser nor printing, charts,
    spreadsheets, the calendar format or the insights: each costs start-up time and is
    loaded when first used."""
    out = tmp_path / "modules.json"
    code = (
        "import atexit, json, sys\n"
        f"atexit.register(lambda: open({str(out)!r}, 'w').write(json.dumps(sorted(sys.modules))))\n"
        "from buurtapp.cli import main\n"
        f"sys.exit(main(['--db', {str(demo_path)!r}]))\n"
    )
    env = dict(
        os.environ,
        BUURTAPP_AUTOQUIT_MS="1",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, timeout=60, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    modules = set(json.loads(out.read_text()))
    assert "buurtapp.ui.main_window" in modules  # the window did start
    assert "buurtapp.ui.help_keys" in modules  # F1 is there from the start
    unwanted = {
        "jinja2",
        "icalendar",
        "openpyxl",
        "PySide6.QtCharts",
        "buurtapp.cli_data",
        "buurtapp.ui.insights_page",
        "buurtapp.core.insights.bundle",
        "buurtapp.core.exchange.exporting",
        "buurtapp.core.exchange.importing",
        "buurtapp.core.restoring",
        "PySide6.QtPrintSupport",
        "buurtapp.reports.render",
        "logging.handlers",
        "sqlite_utils",
        "buurtapp.core.documents.data",
        "buurtapp.reports.list_sheets",
        "buurtapp.ui.welcome_page",  # the first start's page: not when a file exists
        "buurtapp.ui.new_centre_dialog",
        "buurtapp.ui.settings_dialog",  # Bewerken > Instellingen: loaded when opened
        "buurtapp.ui.help_viewer",  # the manual (QTextBrowser, its pages): at the first F1
        "buurtapp.qt_logo",
        "buurtapp.cli_settings",
    }
    assert sorted(unwanted & modules) == []


@pytest.mark.qt_no_exception_capture
def test_an_unreadable_backup_does_not_make_the_open_file_damaged(
    window, demo_path, qtbot, answer, app_catcher
):
    """An error that looks like damage (here: a broken backup read by File > Backups) only
    makes the window check the open file; a healthy file stays open and writable."""
    make_backup(window.database, "handmatig")
    window.workspace.run(ops.save, r.Place(name="Na de reservekopie"))
    (folder_for(demo_path) / "20200101-120000-auto.db").write_bytes(b"not a database" * 100)
    answer.next("confirm_yes")  # were the window to offer a backup, the coordinator accepts
    dialog = window.show_backups()  # File > Backups… reads every backup
    qtbot.wait(500)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    dialog.close()
    assert not [t for t in answer.texts if "beschadigd" in t]
    assert window.database is not None and not window.database.read_only
    assert not demo_path.with_name(demo_path.name + ".damaged").exists()
    window.set_database(None)
    assert check(demo_path).healthy
    with open_database(demo_path) as db:
        names = {n for (n,) in db.conn.execute("SELECT name FROM places")}
    assert "Na de reservekopie" in names


@pytest.mark.qt_no_exception_capture
def test_a_damaged_file_in_rollback_mode_is_kept_as_it_was(window, demo_path, qtbot, answer):
    """Opening would switch such a file to WAL (a write): it is checked first, so neither
    the file nor its .damaged copy differs by a byte from what was found."""
    window.set_database(None)
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA journal_mode = DELETE")  # a backup copied by hand, another tool's file
    conn.close()
    damage(demo_path)
    before = demo_path.read_bytes()
    answer.next("confirm_no")
    file_actions.open_path(window, demo_path)
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=10_000)
    window.close()
    assert demo_path.with_name(demo_path.name + ".damaged").read_bytes() == before
    assert demo_path.read_bytes() == before


def test_notes_typed_before_the_damage_was_found_are_not_written_into_it(
    window, demo_path, qtbot, answer
):
    page = window.week_page
    rows = page.model.session_rows()
    page.tree.setCurrentIndex(page.model.index(rows[0], 0))
    session = page.current_session()
    qtbot.waitUntil(lambda: page.panel.session is not None)
    page.panel.notes.setFocus()
    QTest.keyClicks(page.panel.notes, "GETYPT-NA-SCHADE")
    answer.next("warning_ok")  # "Niet opgeslagen, omdat het bestand beschadigd is: …"
    answer.next("confirm_no")  # keep the damaged file, read-only
    window.backups.damaged.emit("integriteit: test", demo_path)  # what the check does
    qtbot.waitUntil(lambda: window.database is not None and window.database.read_only)
    qtbot.waitUntil(lambda: len(answer.texts) == 2, timeout=5_000)
    assert "GETYPT-NA-SCHADE" in answer.texts[0]  # told, so it can be copied
    window.close()
    conn = sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True)
    notes = conn.execute("SELECT notes FROM sessions WHERE id = ?", (session,)).fetchone()[0]
    conn.close()
    assert "GETYPT-NA-SCHADE" not in (notes or "")
