"""Issue 11, item 7: every page shows current data; opening another file releases the old one;
background work never outlives its database; switching the language keeps what was chosen."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest
from PySide6.QtCore import SIGNAL, QLocale
from PySide6.QtGui import QAction

from buurtapp.core import operations as ops
from buurtapp.core.errors import DatabaseError
from buurtapp.core.insights.report import as_json, compute
from buurtapp.core.model.repository import Repositories
from buurtapp.core.opening import open_file
from buurtapp.core.storage.database import open_database
from buurtapp.ui.app import Application
from buurtapp.ui.attendance_model import PARTICIPANT_ROLE
from buurtapp.ui.week_page import SESSION_ROLE
from buurtapp.ui.workspace import Workspace
from tests.conftest import DEMO_TODAY


def computed_page(window, qtbot):
    page = window.insights_page
    with qtbot.waitSignal(page.computed, timeout=30_000):
        window.show_kind("insights")
    return page


def shown(page) -> dict:
    """What the page shows, as the JSON of ``buurtapp insights`` (the registry's keys)."""
    return as_json(page.result.insights)


def a_community_worker_role(database) -> int:
    return database.scalar(
        "SELECT r.id FROM roles r JOIN participants p ON p.id = r.participant_id "
        "JOIN initiatives i ON i.id = r.initiative_id WHERE r.role = 'community_worker' "
        "AND p.is_worker = 1 AND i.status = 'active' ORDER BY r.id LIMIT 1"
    )


def expected(window) -> dict:
    # On a connection of its own, as the page does (compute's temporary tables would leave an
    # implicit transaction open on the window's connection).
    with open_database(window.database.path) as db:
        return compute(db, DEMO_TODAY.replace(month=1, day=1), DEMO_TODAY)


# -- the insights follow every change -----------------------------------------------------------
def test_insights_recompute_after_an_edit_and_an_undo_while_shown(window, qtbot) -> None:
    page = computed_page(window, qtbot)
    before = list(shown(page)["without_community_worker"])
    role = a_community_worker_role(window.database)
    with qtbot.waitSignal(page.computed, timeout=30_000):  # no "Tonen" pressed
        window.workspace.run(ops.delete, "roles", role)
    assert shown(page) == expected(window)
    assert shown(page)["without_community_worker"] != before
    with qtbot.waitSignal(page.computed, timeout=30_000):
        window.actions_["undo"].trigger()
    assert shown(page)["without_community_worker"] == before


def test_insights_recompute_when_shown_after_a_change_elsewhere(window, qtbot) -> None:
    page = computed_page(window, qtbot)
    window.show_kind("places")
    window.workspace.run(ops.delete, "roles", a_community_worker_role(window.database))
    qtbot.wait(300)
    assert page.thread_ is None or not page.thread_.isRunning()  # not on screen: waits
    assert page.stale
    with qtbot.waitSignal(page.computed, timeout=30_000):
        window.show_kind("insights")
    assert shown(page) == expected(window)


def test_week_and_attendance_follow_edits_made_elsewhere(window, qtbot) -> None:
    week = window.week_page
    session_id = next(
        week.model.index(r, 0).data(SESSION_ROLE)
        for r in range(week.model.rowCount())
        if week.model.index(r, 0).data(SESSION_ROLE)
        and week.select_session(week.model.index(r, 0).data(SESSION_ROLE))
        and week.panel.model.rows()
    )
    panel = week.panel
    person = panel.model.rows()[1].participant_id
    panel.people.setCurrentIndex(panel.model.index(1, 0))
    repos = Repositories(window.database)
    participant = repos.participants.get(person)
    participant.name = "Hernoemd Elders"
    window.workspace.run(ops.save, participant)  # as a participant form would
    current = panel.people.currentIndex()
    assert current.data(PARTICIPANT_ROLE) == person  # still the same person, wherever listed
    assert "Hernoemd Elders" in current.data()
    session = repos.sessions.get(session_id)
    session.cancelled = 1
    window.workspace.run(ops.save, session)  # as a session form or an import would
    assert "afgelast" in week.model.itemFromIndex(week.tree.currentIndex()).text()
    assert panel.state.text() == "Afgelast"


# -- another file, closing: the old one is released, nothing waits or raises ------------------
def test_opening_another_file_releases_the_old_one(window, qtbot, demo_path, tmp_path) -> None:
    old = window.workspace
    other = tmp_path / "other.db"
    shutil.copyfile(demo_path, other)
    window.set_database(open_file(other, lock=True))
    qtbot.wait(50)  # the old pages are deleted later
    assert window.workspace is not old
    assert old.parent() is None
    assert window.findChildren(Workspace) == [window.workspace]
    assert old.receivers(SIGNAL("changed(PyObject)")) == 0
    with pytest.raises(sqlite3.ProgrammingError):
        old.database.conn.execute("SELECT 1")
    old.changed.emit({"places"})  # nothing of the window listens any more
    # and the new file's lock is held: a second Buurtapp cannot open it
    with pytest.raises(DatabaseError):
        open_file(other, lock=True)


@pytest.mark.parametrize("how", ["close", "open another file"])
def test_leaving_while_the_insights_compute_neither_freezes_nor_raises(
    window, qtbot, demo_path, tmp_path, how
) -> None:
    page = window.insights_page
    window.show_kind("insights")
    assert page.thread_ is not None and page.thread_.isRunning()
    thread = page.thread_
    started = time.monotonic()
    if how == "close":
        window.close()
    else:
        other = tmp_path / "other.db"
        shutil.copyfile(demo_path, other)
        window.set_database(open_database(other))
    assert time.monotonic() - started < 1.0
    assert thread.isFinished()
    qtbot.wait(100)  # nothing queued arrives at a closed database (pytest-qt fails on errors)


# -- switching the language ----------------------------------------------------------------------
def test_switching_language_keeps_session_page_notes_and_lock(
    qapp, qtbot, demo_path, settings, monkeypatch
) -> None:
    monkeypatch.delenv("BUURTAPP_LANG", raising=False)
    settings.language = "nl"
    application = Application(qapp, settings)
    try:
        window = application.window
        qtbot.addWidget(window)
        window.today = DEMO_TODAY
        window.set_database(open_file(demo_path, lock=True))
        week = window.week_page
        week.go_to(DEMO_TODAY)
        sessions = [
            week.model.index(r, 0).data(SESSION_ROLE)
            for r in range(week.model.rowCount())
            if week.model.index(r, 0).data(SESSION_ROLE)
        ]
        chosen = sessions[2]
        assert week.select_session(chosen)
        week.panel.notes.setPlainText("Getypt voor de taalwissel")

        window.findChild(QAction, "action_language_en").trigger()
        english = application.window
        qtbot.addWidget(english)
        assert english is not window
        assert english.week_page.current_session() == chosen
        assert english.week_page.panel.session.id == chosen
        assert english.current_kind() == "week"
        notes = Repositories(english.database).sessions.get(chosen).notes
        assert notes == "Getypt voor de taalwissel"
        with pytest.raises(DatabaseError):  # the lock is still held
            open_file(demo_path, lock=True)

        english.show_kind("places")
        english.findChild(QAction, "action_language_nl").trigger()
        dutch = application.window
        qtbot.addWidget(dutch)
        assert dutch.current_kind() == "places"
        assert dutch.week_page.current_session() == chosen
    finally:
        for translator in application.translators:
            qapp.removeTranslator(translator)
        application.window.close()
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
