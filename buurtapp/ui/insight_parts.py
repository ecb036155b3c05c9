"""One figure of the Inzichten page made ready to show, off the GUI thread.

Turning a computed figure into what the page shows costs time too: 1,862 core-group rows
become dicts (``dataclasses.asdict``) in 20 ms, the small gems' page of 814 stories is rendered
from its template in 170 ms and laid out as a ``QTextDocument`` in 60–100 ms. :class:`Preparer`
does that in the computing thread (a ``QTextDocument`` may be built outside the GUI thread; it
is then moved to it), so the GUI thread only hands finished rows to a table model and a
finished document to the browser, each figure well within a frame.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument

from buurtapp.core.insights.bundle import Gem
from buurtapp.core.insights.registry import entries
from buurtapp.core.storage.connection import Database
from buurtapp.reports import documents
from buurtapp.reports.html import PrintJob
from buurtapp.ui.insight_cells import table_rows


@dataclass(frozen=True)
class Part:
    """One figure to show: its key (a registry key, or a detail of ``progressive.DETAILS``,
    or ``"gems"`` for the small gems' page), its value, and what is shown of it."""

    key: str
    value: Any
    summary: str | None = None  # a registry insight's line, in the chosen language
    rows: list[dict[str, Any]] = field(default_factory=list)  # its table, ready for the model
    job: PrintJob | None = None  # the small gems' page (and its print)
    document: QTextDocument | None = None  # that page laid out, living in the GUI thread


def _detail_rows(key: str, value: Any) -> list[dict[str, Any]]:
    if key == "workload":
        return [{**asdict(w), "kind": "participants"} for w in value]
    if key == "place_hours":
        return [{**asdict(p), "kind": "places"} for p in value]
    if key == "without_place":
        return [asdict(n) for n in value]
    return []


def gems(small: Any, spotlight: Any) -> list[Gem]:
    """The small gems in spotlight order with their story and start (``Bundle.gems()``)."""
    found = []
    for gem in small.items if small is not None else ():
        told = spotlight.get(gem.id)
        story, started = (told.story, told.started_on) if told else (None, None)
        found.append(Gem(gem.id, gem.name, gem.participants, gem.sessions, story, started))
    return found


class Preparer:
    """Makes the :class:`Part` s of each computed figure (called from the computing lanes)."""

    def __init__(
        self, database: Database, first: date, last: date, today: date, font: QFont | None = None
    ) -> None:
        self.database = database  # the attendance lane's: the gems' page is made there
        self.first, self.last, self.today = first, last, today
        self.font = font  # the browser's, so the page reads as it did when set there
        self.registered = {e.key: e for e in entries()}
        self._values: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __call__(self, key: str, value: Any) -> list[Part]:
        with self._lock:
            self._values[key] = value
        insight = self.registered.get(key)
        if insight is not None:
            rows = table_rows(insight.rows(value)) if insight.columns else []
            return [Part(key, value, insight.summary(value, None), rows)]
        shown = [Part(key, value, rows=_detail_rows(key, value))]
        if key == "spotlight":  # it follows the small gems in their lane
            small = self._values.get("small_initiatives")
            job = documents.small_gems(
                self.database, gems(small, value), self.first, self.last, self.today
            )
            shown.append(Part("gems", value, job=job, document=self.document(job.html)))
        return shown

    def document(self, html: str) -> QTextDocument:
        """``html`` parsed into a document here, then handed to the GUI thread."""
        document = QTextDocument()
        if self.font is not None:
            document.setDefaultFont(self.font)
        document.setHtml(html)
        application = QCoreApplication.instance()
        if application is not None:
            document.moveToThread(application.thread())
        return document
