"""Computing the insights off the GUI thread, on a read-only connection of its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from buurtapp.core.database import Database, connect_readonly
from buurtapp.core.errors import BuurtappError
from buurtapp.core.insight_details import bundle
from buurtapp.ui.ask import ui_language


class InsightsThread(QThread):
    """Emits ``progress(percent)`` while working and ``done(result)`` or ``failed(message)``."""

    progress = Signal(int)
    done = Signal(dict)
    failed = Signal(str)

    def __init__(self, path: Path, first: date, last: date, on: date) -> None:
        super().__init__()
        self.path, self.first, self.last, self.on = path, first, last, on

    def run(self) -> None:
        try:
            database = Database(connect_readonly(self.path), self.path)
        except BuurtappError as error:
            self.failed.emit(error.message(ui_language()))
            return
        try:
            result = bundle(
                database,
                self.first,
                self.last,
                self.on,
                lambda percent, _what: self.progress.emit(percent),
            )
        except Exception as error:  # shown to the user, never lost in a thread
            self.failed.emit(str(error))
            return
        finally:
            database.conn.close()
        self.done.emit(result)
