"""Computing the insights off the GUI thread, on a read-only connection of its own.

The thread can be cancelled (:meth:`InsightsThread.cancel`): it interrupts the query that runs
and emits nothing more, so a page that goes away (another file, closing the window) never waits
for numbers it will not show, and never receives them after its database closed.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from buurtapp.core.errors import BuurtappError
from buurtapp.core.insights.bundle import bundle
from buurtapp.core.storage.connection import Database, connect_readonly
from buurtapp.ui.ask import ui_language


class _Cancelled(Exception):
    pass


class InsightsThread(QThread):
    """Emits ``progress(percent)`` while working and ``done(result)`` or ``failed(message)``."""

    progress = Signal(int)
    done = Signal(object)  # a Bundle
    failed = Signal(str)

    def __init__(self, path: Path, first: date, last: date, on: date) -> None:
        super().__init__()
        self.path, self.first, self.last, self.on = path, first, last, on
        self._cancelled = threading.Event()
        self._guard = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Stop as soon as possible; nothing is emitted afterwards (safe from any thread)."""
        self._cancelled.set()
        with self._guard:
            if self._conn is not None:
                self._conn.interrupt()

    def _step(self, percent: int, _what: str) -> None:
        if self._cancelled.is_set():
            raise _Cancelled
        self.progress.emit(percent)

    def run(self) -> None:
        if self._cancelled.is_set():
            return
        try:
            conn = connect_readonly(self.path)
        except BuurtappError as error:
            if not self._cancelled.is_set():
                self.failed.emit(error.message(ui_language()))
            return
        with self._guard:
            self._conn = conn
        database = Database(conn, self.path)
        try:
            result = bundle(database, self.first, self.last, self.on, self._step)
        except _Cancelled:
            return
        except Exception as error:  # shown to the user, never lost in a thread
            if not self._cancelled.is_set():
                self.failed.emit(str(error))
            return
        finally:
            with self._guard:
                self._conn = None
            conn.close()
        if not self._cancelled.is_set():
            self.done.emit(result)
