"""Fixtures for driving the real window: Dutch, settings in tmp_path, the demo database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from buurtapp.core.storage.database import open_database
from buurtapp.ui import translations
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.record_dialog import RecordDialog
from buurtapp.ui.settings import Settings
from tests.conftest import DEMO_TODAY


@pytest.fixture
def dutch(qapp):
    loaded = translations.install(qapp, "nl")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "buurtapp.ini"), QSettings.Format.IniFormat))


def discard_open_forms(win: MainWindow) -> None:
    """At the end of a test, close forms left with changes without asking (closing the window
    asks about unsaved forms, and nobody would answer)."""
    for dialog in win.findChildren(RecordDialog):
        if dialog.isVisible():
            QDialog.reject(dialog)


@pytest.fixture
def window(qtbot, demo_path, settings, dutch) -> MainWindow:
    win = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(win, before_close_func=discard_open_forms)
    win.show()
    qtbot.waitExposed(win)
    # The opening check and backup run in the background; tests start from a settled window
    # (tests/ui/test_safety.py and test_start_in_background.py look at the work itself).
    qtbot.waitUntil(lambda: not win.backups.busy, timeout=20_000)
    return win


class Answerer:
    """Clicks a button in the next modal message box (confirm/warn run their own loop)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.texts: list[str] = []
        #: False after its test: an answer never needed must not click a later test's box.
        self.active = True

    def next(self, button: str, then: Callable[[], None] | None = None) -> None:
        def attempt(tries: int = 0) -> None:
            if not self.active:
                return
            box = QApplication.activeModalWidget()
            target = box.findChild(QAbstractButton, button) if box else None
            if target is None:
                if tries < 100:
                    QTimer.singleShot(20, lambda: attempt(tries + 1))
                return
            self.texts.append(
                " ".join(
                    w.text()
                    for w in box.findChildren(QWidget)
                    if hasattr(w, "text") and isinstance(w.text(), str)
                )
            )
            target.click()
            if then is not None:
                QTimer.singleShot(0, then)

        QTimer.singleShot(0, attempt)


@pytest.fixture
def answer(qtbot):
    answerer = Answerer(qtbot)
    yield answerer
    answerer.active = False


@pytest.fixture
def app_catcher(window, tmp_path):
    """The error catcher as ``ui/app.run`` installs it: what looks like damage, read by any
    page, goes to the window (which has the file checked); anything else is logged and shown.
    Tests using it need ``@pytest.mark.qt_no_exception_capture``."""
    from buurtapp.ui.error_log import ErrorCatcher

    catcher = ErrorCatcher(
        lambda: window,
        log_file=tmp_path / "buurtapp.log",
        on_damage=window.damage_seen,
        file_of=lambda: window.current_file,
    )
    catcher.install()
    yield catcher
    catcher.uninstall()
