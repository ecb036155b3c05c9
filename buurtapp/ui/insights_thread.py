"""Computing the insights off the GUI thread, on a read-only connection of its own, and
handing each figure over as soon as it is computed (the cheap ones first).

The figures come from :func:`buurtapp.core.insights.progressive.compute_progressively`, in
this one thread (see :meth:`InsightsThread.run` for why not two). Whatever a figure needs
before it can be shown without work on the GUI thread (its line, its table rows as dicts, the
small gems' page laid out) is prepared here too (:mod:`buurtapp.ui.insight_parts`), so the GUI
thread only hands ready rows to a model.

The thread can be cancelled (:meth:`InsightsThread.cancel`): it interrupts the queries that
run and emits nothing more, so a page that goes away (another file, closing the window) or asks
a new question (another period, changed data) never waits for numbers it will not show, and
never receives them after its database closed.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QFont

from buurtapp.core.errors import BuurtappError
from buurtapp.core.insights.progressive import DETAILS, compute_progressively
from buurtapp.core.insights.registry import entries
from buurtapp.core.storage.connection import Database, connect_readonly
from buurtapp.ui.ask import ui_language
from buurtapp.ui.insight_parts import Preparer


class _Cancelled(Exception):
    pass


class InsightsThread(QThread):
    """Emits ``part(Part)`` per figure, ``progress(percent)``, then ``done(Bundle)``, or
    ``failed(message)``; nothing at all once cancelled."""

    progress = Signal(int)
    part = Signal(object)  # an insight_parts.Part
    done = Signal(object)  # a Bundle
    failed = Signal(str)

    def __init__(
        self, path: Path, first: date, last: date, on: date, today: date, font: QFont | None = None
    ) -> None:
        super().__init__()
        self.path, self.first, self.last, self.on, self.today = path, first, last, on, today
        self.font = font  # the small gems' page is laid out in this font
        self._cancelled = threading.Event()
        self._guard = threading.Lock()
        self._conns: list[sqlite3.Connection] = []
        self._count = 0
        self._total = len(entries()) + len(DETAILS)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Stop as soon as possible; nothing is emitted afterwards (safe from any thread)."""
        self._cancelled.set()
        with self._guard:
            for conn in self._conns:
                conn.interrupt()

    def _connect(self) -> Database:
        conn = connect_readonly(self.path)
        with self._guard:
            self._conns.append(conn)
            if self._cancelled.is_set():
                conn.interrupt()
        return Database(conn, self.path)

    def run(self) -> None:
        if self._cancelled.is_set():
            return
        try:
            database = self._connect()
        except BuurtappError as error:
            if not self._cancelled.is_set():
                self.failed.emit(error.message(ui_language()))
            return
        prepare = Preparer(database, self.first, self.last, self.today, self.font)
        lock = threading.Lock()

        def emit(key: str, value: Any) -> None:
            if self._cancelled.is_set():
                raise _Cancelled
            shown = prepare(key, value)  # here, off the GUI thread
            with lock:
                if self._cancelled.is_set():
                    raise _Cancelled
                self._count += 1
                for part in shown:
                    self.part.emit(part)
                self.progress.emit(min(99, 100 * self._count // self._total))

        try:
            # One lane: with a second computing thread the window waited for the interpreter
            # 2-3 times longer (longest stall 120-180 ms instead of 55 ms on the large demo)
            # and, on two busy cores, the page was no sooner complete.
            result = compute_progressively(database, self.first, self.last, self.on, emit)
        except _Cancelled:
            return
        except Exception as error:  # shown to the user, never lost in a thread
            if not self._cancelled.is_set():
                self.failed.emit(str(error))
            return
        finally:
            with self._guard:
                self._conns.clear()
            database.conn.close()
        if not self._cancelled.is_set():
            self.progress.emit(100)
            self.done.emit(result)
