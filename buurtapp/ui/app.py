"""Starting the window: the application, its translations, the database, the language switch."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.storage import paths
from buurtapp.ui import text_size, translations
from buurtapp.ui.about import app_icon
from buurtapp.ui.ask import ui_language, warn
from buurtapp.ui.error_log import ErrorCatcher
from buurtapp.ui.file_actions import example_file, open_path
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.settings import Settings


def initial_path(db: Path | None, demo: bool, settings: Settings) -> tuple[Path, bool] | None:
    """(the file to open, whether to create it): the one asked for, the demo (written the
    first time), the last one used, or the default file when it exists; None when there is
    no file yet (the first start): the window then shows the welcome page, which makes one.

    A last-used file that is missing (a USB stick not plugged in) raises ``db_missing``: it is
    reported, never replaced by a new empty database."""
    if demo:
        return example_file(), False
    if db is not None:
        return Path(db), False
    last = settings.last_file
    if last:
        if not Path(last).exists():
            raise DatabaseError("db_missing", path=str(last))
        return Path(last), False
    target = paths.default_database()
    return (target, False) if target.exists() else None


def start(window: MainWindow, db: Path | None, demo: bool, settings: Settings) -> None:
    """Open the first file in ``window``, or show the welcome page: at the first start, when
    the last file is missing (its message on the page, no dialog in the way) and after a
    file asked for (``--db X``) could not be opened (its warning first, as before)."""
    try:
        chosen = initial_path(db, demo, settings)
    except BuurtappError as exc:
        if db is None and not demo and exc.code == "db_missing":
            window.show_welcome(exc.message(ui_language()))
            return
        warn(window, exc)
        window.show_welcome()
        return
    if chosen is None or not open_path(window, chosen[0], create=chosen[1]):
        window.show_welcome()


class Application:
    """Owns the main window; builds a new one (same data, same undo) when the language changes."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.translators = translations.install(
            app, translations.choose_language(os.environ.get("BUURTAPP_LANG") or settings.language)
        )
        text_size.apply(settings.text_size)
        self.window = self._new_window(None)

    def _new_window(self, data: object) -> MainWindow:
        window = MainWindow(data, self.settings)  # type: ignore[arg-type]
        window.language_changed.connect(self.switch_language)
        window.text_size_changed.connect(self.change_text_size)
        return window

    def switch_language(self, code: str) -> None:
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = translations.install(self.app, translations.choose_language(code))
        self.rebuild()

    def change_text_size(self, percent: int) -> None:
        """The new size at once: headings and sidebar set their own (larger) fonts when they
        are made, so the window is made again, keeping what was on screen."""
        text_size.apply(percent)
        self.rebuild()

    def rebuild(self) -> None:
        """A new window for the same data and undo history, on the same page, week and
        session (after a change of language or text size)."""
        old = self.window
        old.save_state()
        # What the coordinator was looking at: the page, the week and the chosen session.
        row = old.sidebar.currentRow()
        week = old.week_page
        monday = week.monday if week is not None else None
        session = week.current_session() if week is not None else None
        if week is not None:
            week.flush()  # nothing typed in the notes is lost
        workspace = old.detach_workspace()
        welcome = old.welcome
        self.window = self._new_window(workspace)
        if workspace is None and welcome is not None:  # still choosing how to begin
            self.window.show_welcome(welcome.message)
        new_week = self.window.week_page
        if new_week is not None and monday is not None:
            new_week.go_to(monday)
            if session is not None:
                new_week.select_session(session)
        if row >= 0:
            self.window.sidebar.setCurrentRow(row)
        self.window.show()
        old.close()
        old.deleteLater()


#: The application's id: the name of its .desktop entry and AppStream file (packaging/linux).
DESKTOP_ID = "nl.buurtapp.Buurtapp"

#: After the first frame, once the coordinator is looking: not before it, not in their way.
WARM_UP_MS = 250


def _warm_up() -> None:
    """Load what the first tick, edit or form needs (the window starts without it)."""
    import buurtapp.core.operations
    import buurtapp.ui.record_dialog  # noqa: F401


def run(db: Path | None = None, demo: bool = False, settings: Settings | None = None) -> int:
    """Show the main window; returns the exit code of the event loop. Every uncaught
    exception meanwhile is logged and shown to the user (:class:`ErrorCatcher`)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    from buurtapp.fonts import register_fonts_if_none

    register_fonts_if_none()  # text shows even where the system has no font
    app.setApplicationName("Buurtapp")
    app.setOrganizationName("Buurtapp")
    app.setDesktopFileName(DESKTOP_ID)  # the task bar finds the icon of the .desktop entry
    app.setWindowIcon(app_icon())
    settings = settings or Settings()
    application = Application(app, settings)
    catcher = ErrorCatcher(
        lambda: application.window,
        on_damage=lambda text, path: application.window.damage_seen(text, path),
        file_of=lambda: application.window.current_file,
    )
    catcher.install()
    application.window.show()
    start(application.window, db, demo, settings)
    # What start-up made lives as long as the window: out of the collector's way, so a full
    # collection later (in the middle of a keystroke) has less to walk.
    gc.enable()
    gc.freeze()
    # What the first tick or form needs, loaded while the coordinator looks at the first frame.
    QTimer.singleShot(WARM_UP_MS, _warm_up)
    # For scripted smoke tests (CI): quit by itself after this many milliseconds.
    autoquit = os.environ.get("BUURTAPP_AUTOQUIT_MS")
    if autoquit and autoquit.isdigit():
        QTimer.singleShot(int(autoquit), app.quit)
    try:
        return app.exec()
    finally:
        # Quit without closing the window (the session ends, the autoquit): the check in the
        # background is interrupted, never left running while Python tears down.
        application.window.backups.stop()
        catcher.uninstall()
