"""In-process figures of the window, one fresh process per repeat (run by ``run.py``).

``python tests/bench/window_worker.py DB FIGURE[,FIGURE]`` opens the real main window on DB
(offscreen, Dutch, fresh settings) and prints one JSON object: lists of milliseconds per
measurement and, beside each, its floor (the raw SQL doing the same work, timed in the same
process right after). It reaches the window only through stable, public things: the
``MainWindow`` constructor, ``show_kind``, widgets found by objectName and their models'
``rowCount()``; keys are real key events (``QTest.keyClick``) and the time runs until the model
shows the expected rows, so a debounce timer is included rather than hidden.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Keys typed into the participants' filter: letters that are in no Dutch label of an
#: enumeration (age group, yes/no), so the text columns' SQL ``LIKE`` counts what the list
#: should show. Each key changes the count, so "done" is visible. "\b" is Backspace.
FILTER_KEYS = "bou\b\b\bmu\b\byi\b\bfa\b\b"
#: The visible text columns of the participants' list, for the SQL floor.
HAYSTACK = (
    "coalesce(name,'')||' '||coalesce(neighbourhood,'')||' '||coalesce(circle,'')||' '||"
    "coalesce(phone,'')||' '||coalesce(email,'')"
)
#: Seconds between the list appearing and the first key (a quick typist's reaction).
FIRST_KEY_AFTER = 0.25
#: The longest wait for the window to show what is expected (then the figure says so).
PATIENCE = 20.0
#: The insights of the tenfold demo take minutes: wait that long before giving up.
INSIGHTS_PATIENCE = 900.0


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


class Worker:
    """One window on one database; each method measures one figure."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from buurtapp.ui import translations

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        # kept: a QTranslator that Python collects stops translating (the list turned English)
        self.translators = translations.install(self.app, "nl")
        self.sql = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.out: dict[str, Any] = {"problems": []}
        began = time.perf_counter()
        from buurtapp.core.storage.database import open_database
        from buurtapp.ui.main_window import MainWindow
        from buurtapp.ui.settings import Settings

        self.window = MainWindow(open_database(path), Settings())
        self.window.show()
        self.app.processEvents()
        self.out["window_s"] = round(time.perf_counter() - began, 3)

    # -- helpers -----------------------------------------------------------------------------
    def wait(self, done: Callable[[], bool], began: float, patience: float = PATIENCE) -> float:
        """Run events until ``done()``; the seconds since ``began`` (``patience`` when it
        gave up: the caller reports that, never as a figure)."""
        while True:
            self.app.processEvents()
            if done():
                return time.perf_counter() - began
            if time.perf_counter() - began > patience:
                return patience

    def idle(self, seconds: float) -> None:
        """Let the event loop run for ``seconds`` (timers fire, nothing is measured)."""
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            self.app.processEvents()
            time.sleep(0.001)

    def floor(self, sql: str, params: tuple = ()) -> float:
        began = time.perf_counter()
        self.sql.execute(sql, params).fetchall()
        return time.perf_counter() - began

    def child(self, parent: Any, kind: type, name: str) -> Any:
        found = parent.findChild(kind, name)
        if found is None:
            raise LookupError(f"no {kind.__name__} named {name!r} in {parent.objectName()}")
        return found

    # -- figures -----------------------------------------------------------------------------
    def filter(self) -> None:
        """Keystrokes in the participants' filter: first one, next ones, each with its floor."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

        total = self.sql.execute("SELECT count(*) FROM participants").fetchone()[0]
        began = time.perf_counter()
        self.window.show_kind("participants")
        page = self.child(self.window, QWidget, "page_participants")
        table = self.child(page, QTableView, "table")
        box = self.child(page, QLineEdit, "filter")
        self.wait(lambda: table.model().rowCount() == total, began)
        self.out["list_shown_ms"] = _ms(time.perf_counter() - began)
        box.setFocus()
        # A person's first key comes a moment after the list appears: the event loop runs
        # meanwhile (work the window does in idle time is done by then, as for a user).
        self.idle(FIRST_KEY_AFTER)
        text = ""
        times: list[float | None] = []
        floors = []
        for key in FILTER_KEYS:
            text = text[:-1] if key == "\b" else text + key
            sql = f"SELECT id FROM participants WHERE {HAYSTACK} LIKE ?"
            expected = self.sql.execute(
                f"SELECT count(*) FROM participants WHERE {HAYSTACK} LIKE ?", (f"%{text}%",)
            ).fetchone()[0]
            began = time.perf_counter()
            if key == "\b":
                QTest.keyClick(box, Qt.Key.Key_Backspace)
            else:
                QTest.keyClick(box, key)
            took = self.wait(lambda e=expected: table.model().rowCount() == e, began)
            if took >= PATIENCE:
                self.out["problems"].append(
                    f"filter {text!r}: the list shows {table.model().rowCount()}, "
                    f"SQL LIKE counts {expected}"
                )
            times.append(None if took >= PATIENCE else _ms(took))
            floors.append(_ms(self.floor(sql, (f"%{text}%",))))
        self.out["filter_first"] = [t for t in times[:1] if t is not None]
        self.out["filter_next"] = [t for t in times[1:] if t is not None]
        self.out["filter_floor"] = floors
        self.sort(page, table)

    def sort(self, page: Any, table: Any) -> None:
        """Clicks on column headers (name, then neighbourhood), each with an SQL ORDER BY."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        header = table.horizontalHeader()
        times, floors = [], []
        for column, order_by in ((1, "neighbourhood"), (0, "name"), (0, "name DESC")):
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            began = time.perf_counter()
            QTest.mouseClick(
                header.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                QPoint(x, header.height() // 2),
            )
            self.app.processEvents()
            times.append(_ms(time.perf_counter() - began))
            if header.sortIndicatorSection() != column:
                self.out["problems"].append(f"sort: a click on column {column} did not sort it")
            floors.append(
                _ms(
                    self.floor(
                        f"SELECT {HAYSTACK} FROM participants ORDER BY {order_by} COLLATE NOCASE"
                        if "DESC" not in order_by
                        else f"SELECT {HAYSTACK} FROM participants ORDER BY name COLLATE NOCASE "
                        "DESC"
                    )
                )
            )
        self.out["sort"] = times
        self.out["sort_floor"] = floors

    def week(self) -> None:
        """The week page: next week, a session chosen (attendance panel filled), keys typed
        in the name box; floors are the SQL reading the same rows."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QLabel,
            QLineEdit,
            QWidget,
        )

        self.window.show_kind("week")
        page = self.child(self.window, QWidget, "page_week")
        tree = self.child(page, QAbstractItemView, "week_sessions")
        self.app.processEvents()
        changes, change_floor = [], []
        heading = self.child(page, QLabel, "week_heading")
        for button in ("next_week", "previous_week", "previous_week", "next_week"):
            self.idle(0.25)  # a person between two clicks, as between two keystrokes
            shown = heading.text()
            began = time.perf_counter()
            QTest.mouseClick(self.child(page, QAbstractButton, button), Qt.MouseButton.LeftButton)
            # until the other week is there: its heading, and rows in the list
            took = self.wait(
                lambda s=shown: heading.text() != s and tree.model().rowCount() > 0, began
            )
            changes.append(_ms(took))
            change_floor.append(
                _ms(
                    self.floor(
                        """SELECT s.id, s.starts_at, a.title, pl.name,
                             (SELECT count(*) FROM attendance t WHERE t.session_id = s.id)
                           FROM sessions s JOIN activities a ON a.id = s.activity_id
                           LEFT JOIN places pl ON pl.id = coalesce(s.place_id, a.place_id)
                           WHERE s.starts_at >= date('now', 'weekday 0', '-6 days')
                             AND s.starts_at < date('now', 'weekday 0', '+1 day')
                           ORDER BY s.starts_at"""
                    )
                )
            )
        self.out["week_change"] = changes
        self.out["week_change_floor"] = change_floor
        tree.setFocus()
        selects, select_floor = [], []
        title = self.child(page, QLabel, "session_title")
        when = self.child(page, QLabel, "session_when")
        for _ in range(6):
            shown = (title.text(), when.text())
            began = time.perf_counter()
            QTest.keyClick(tree, Qt.Key.Key_Down)
            # until the panel shows the other session (or, at the end of the list, briefly)
            selects.append(
                _ms(
                    self.wait(
                        lambda s=shown, t=began: (
                            (title.text(), when.text()) != s or time.perf_counter() - t > 0.5
                        ),
                        began,
                    )
                )
            )
            select_floor.append(
                _ms(
                    self.floor(
                        "SELECT p.id, p.name FROM attendance t JOIN participants p "
                        "ON p.id = t.participant_id WHERE t.session_id = ? ORDER BY p.name",
                        (self.sql.execute("SELECT max(session_id) FROM attendance").fetchone()[0],),
                    )
                )
            )
        self.out["session_select"] = selects
        self.out["session_select_floor"] = select_floor
        field = self.child(page, QLineEdit, "name_field")
        people = self.child(page, QAbstractItemView, "attendance_list")
        field.setFocus()
        keys, key_floor = [], []
        typed = ""
        for key in "bou\b\b\b":
            typed = typed[:-1] if key == "\b" else typed + key
            before = people.model().rowCount()
            began = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_Backspace if key == "\b" else key)
            self.app.processEvents()
            # a debounced search: wait (briefly) until the list shows something else
            self.wait(
                lambda b=before, t=began: (
                    people.model().rowCount() != b or time.perf_counter() - t > 0.5
                ),
                began,
            )
            keys.append(_ms(time.perf_counter() - began))
            key_floor.append(
                _ms(
                    self.floor(
                        "SELECT id, name FROM participants WHERE name LIKE ? ORDER BY name",
                        (f"%{typed}%",),
                    )
                )
            )
        self.out["name_key"] = keys
        self.out["name_key_floor"] = key_floor

    def insights(self) -> None:
        """The insights page: until a first table shows rows, and until all are shown."""
        from PySide6.QtWidgets import QAbstractItemView, QWidget

        done: list[float] = []
        began = time.perf_counter()
        self.window.show_kind("insights")
        page = self.child(self.window, QWidget, "page_insights")
        page.computed.connect(lambda: done.append(time.perf_counter()))

        def shown() -> bool:
            return any(
                v.model() is not None and v.model().rowCount() > 0
                for v in page.findChildren(QAbstractItemView)
            )

        first = self.wait(shown, began, INSIGHTS_PATIENCE)
        every = self.wait(lambda: bool(done), began, INSIGHTS_PATIENCE)
        if every >= INSIGHTS_PATIENCE:
            self.out["problems"].append(f"insights: not all shown after {every:.0f} s")
        else:
            self.out["insights_first"] = [_ms(first)]
            self.out["insights_all"] = [_ms(every)]
        self.out["insights_floor"] = [
            _ms(
                self.floor(
                    "SELECT s.activity_id, count(*) FROM attendance t "
                    "JOIN sessions s ON s.id = t.session_id GROUP BY s.activity_id"
                )
            )
        ]

    def close(self) -> None:
        self.window.close()
        self.app.processEvents()


def main(argv: list[str]) -> int:
    path, figures = Path(argv[0]), argv[1].split(",")
    worker = Worker(path)
    for figure in figures:
        try:
            getattr(worker, figure)()
        except LookupError as exc:  # a widget renamed under us: say so, measure the rest
            worker.out["problems"].append(f"{figure}: {exc}")
    worker.close()
    print(json.dumps(worker.out))
    sys.stdout.flush()
    os._exit(0)  # threads of the window (insights, checks) are not waited for


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
