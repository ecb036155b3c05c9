"""Starting the window: the application, its translations and the database to show."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtapp.core import paths
from buurtapp.core.database import Database, open_database
from buurtapp.core.errors import BuurtappError
from buurtapp.ui import translations
from buurtapp.ui.file_actions import ui_language
from buurtapp.ui.main_window import MainWindow


def _initial_database(db: Path | None, demo: bool) -> Database:
    if demo:
        target = paths.demo_database()
        if not target.exists():
            from buurtapp.core.demo import write_demo

            target.parent.mkdir(parents=True, exist_ok=True)
            return write_demo(target)
        return open_database(target)
    if db is not None:
        return open_database(db)
    target = paths.default_database()
    target.parent.mkdir(parents=True, exist_ok=True)
    return open_database(target, create=True)


def run(db: Path | None = None, demo: bool = False) -> int:
    """Show the main window; returns the exit code of the event loop."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Buurtapp")
    app.setOrganizationName("Buurtapp")
    translations.install(app, translations.choose_language(os.environ.get("BUURTAPP_LANG")))
    window = MainWindow()
    try:
        window.set_database(_initial_database(db, demo))
    except BuurtappError as exc:
        QMessageBox.warning(None, "Buurtapp", exc.message(ui_language()))
    window.show()
    # For scripted smoke tests (CI): quit by itself after this many milliseconds.
    autoquit = os.environ.get("BUURTAPP_AUTOQUIT_MS")
    if autoquit and autoquit.isdigit():
        QTimer.singleShot(int(autoquit), window.close)
    return app.exec()
