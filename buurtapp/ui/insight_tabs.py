"""The tabs of the Inzichten page: every registered insight as a section, grouped by lesson.

The tabs group lessons (each of 1..8 has one), so an insight added to the registry lands in the
tab of its lesson without a change here. Beside the sections a few tabs carry what only the
window shows: the small gems' spotlight (and its print), the month-by-month chart, the funding
time line and the detail tables of places and community workers.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.insights.registry import entries
from buurtapp.reports.html import PrintJob
from buurtapp.ui.funding_timeline import FundingTimeline
from buurtapp.ui.insight_cells import table_columns
from buurtapp.ui.insight_chart import MonthlyChart
from buurtapp.ui.insight_columns import DETAIL_TABLES
from buurtapp.ui.insight_parts import Part
from buurtapp.ui.insight_section import TABLE_HEIGHT, InsightSection
from buurtapp.ui.insight_table import InsightTable

#: Tab -> the lessons whose insights it shows (together: every lesson 1..8).
LESSON_TABS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("gems", (4,)),
    ("ownership", (6,)),
    ("community", (2,)),
    ("meeting", (3, 5, 7)),
    ("continuity", (8,)),
    ("places", (1,)),
)


class InsightTabs(QTabWidget):
    """``open_record(kind, id)`` when a row or link is opened; ``print_gems`` asks to print.

    The texts keep the "InsightsPage" context they were translated in before this split."""

    open_record = Signal(str, int)
    print_gems = Signal(object)  # a PrintJob

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insights_tabs")
        self.sections: dict[str, InsightSection] = {}
        self.gems_job: PrintJob | None = None
        self._period = (date.min, date.min, date.min)  # of the computation shown
        self._shown: dict[str, Any] = {}  # the figures shown of it, by key
        self._gems_document: QTextDocument | None = None  # laid out off the GUI thread
        self.gems = QTextBrowser()
        self.gems.setObjectName("small_gems")
        self.gems.setAccessibleName(self.tr("Small gems"))
        # the printed document's own page (its template writes black ink): white paper, also
        # on a dark or high-contrast system palette, where black on dark could not be read
        paper = self.gems.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("white"))
        paper.setColor(QPalette.ColorRole.Text, QColor("black"))
        self.gems.setPalette(paper)
        self.gems.setOpenLinks(False)
        self.gems.setMinimumHeight(260)
        self.gems.anchorClicked.connect(self._link)
        self.print_button = QPushButton(
            QCoreApplication.translate("InsightsPage", "Print small gems…")
        )
        self.print_button.setObjectName("print_gems")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.print_gems.emit(self.gems_job))
        self.chart = MonthlyChart()
        self.timeline = FundingTimeline()
        self.timeline.open_record.connect(self.open_record)
        self.details = {key: self._table(key) for key in DETAIL_TABLES}
        timeline = QScrollArea()
        timeline.setWidget(self.timeline)
        timeline.setWidgetResizable(True)
        timeline.setMinimumHeight(TABLE_HEIGHT)
        titles = {
            "gems": QCoreApplication.translate("InsightsPage", "Small gems"),
            "ownership": QCoreApplication.translate("InsightsPage", "Ownership"),
            "community": QCoreApplication.translate("InsightsPage", "Community work"),
            "meeting": QCoreApplication.translate("InsightsPage", "Meeting"),
            "continuity": QCoreApplication.translate("InsightsPage", "Continuity"),
            "places": QCoreApplication.translate("InsightsPage", "Places"),
        }
        before: dict[str, list[QWidget]] = {
            "community": [self.details["workload"]],
            "continuity": [
                QLabel(
                    QCoreApplication.translate(
                        "InsightsPage",
                        "Funding on a time line (orange: runs "
                        "out within 90 days without a follow-up)",
                    )
                ),
                timeline,
            ],
            "places": [self.details["places"]],
        }
        after: dict[str, list[QWidget]] = {
            "meeting": [self.chart],
            "places": [
                QLabel(
                    QCoreApplication.translate(
                        "InsightsPage", "Neighbourhoods without a meeting place"
                    )
                ),
                self.details["without_place"],
            ],
        }
        self._columns: dict[str, QVBoxLayout] = {}
        self._lesson_tab: dict[int, str] = {}
        for name, lessons in LESSON_TABS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            box = QWidget()
            column = QVBoxLayout(box)
            for widget in before.get(name, []):
                column.addWidget(widget)
            # Sections go before this (empty, fixed) marker; the extras after it.
            column.addSpacerItem(
                QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            )
            for widget in after.get(name, []):
                column.addWidget(widget)
            scroll.setWidget(box)
            self.addTab(scroll, titles[name])
            self._columns[name] = column
            self._lesson_tab.update(dict.fromkeys(lessons, name))
        self.sync()

    def _table(self, key: str) -> InsightTable:
        table = InsightTable(table_columns(DETAIL_TABLES[key]))
        table.setMinimumHeight(TABLE_HEIGHT)
        table.open_record.connect(self.open_record)
        return table

    @property
    def tables(self) -> dict[str, InsightTable]:
        """Every table on the page: the registry insights' by key, then the detail tables."""
        found = {k: s.table for k, s in self.sections.items() if s.table is not None}
        return {**found, **self.details}

    def sync(self) -> None:
        """Give every registered insight a section (in registry order) and drop the others."""
        registered = {e.key: e for e in entries()}
        for key in [k for k in self.sections if k not in registered]:
            self.sections.pop(key).deleteLater()
        for insight in registered.values():
            if insight.key in self.sections:
                continue
            gems = insight.key == "small_initiatives"
            # The small gems read as stories in spotlight order: no table to rank them by reach.
            section = InsightSection(
                insight, [self.gems, self.print_button] if gems else [], with_table=not gems
            )
            section.open_record.connect(self.open_record)
            self.sections[insight.key] = section
            column = self._columns[self._lesson_tab[insight.lesson]]
            column.insertWidget(self._marker(column), section)

    @staticmethod
    def _marker(column: QVBoxLayout) -> int:
        for index in range(column.count()):
            item = column.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                return index
        return column.count()

    def _link(self, url: QUrl) -> None:
        kind, _, record_id = url.toString().partition(":")
        if record_id.isdigit():
            self.open_record.emit(kind, int(record_id))

    def begin(self, first: date, last: date, on: date) -> None:
        """A computation for [first, last] starts: every figure waits for its new value, and
        nothing of an earlier one stays on screen."""
        self.sync()
        self._period = (first, last, on)
        self._shown = {}
        for section in self.sections.values():
            section.pending()
        self.gems_job = None
        self._set_gems_document(None)
        self.gems.setPlainText(QCoreApplication.translate("InsightSection", "being computed…"))
        self.print_button.setEnabled(False)
        self.chart.hide()  # emptying it costs 12 ms; it comes back with the new months
        self.timeline.set_data(
            (), set(), first - timedelta(days=60), last + timedelta(days=120), on
        )
        for table in self.details.values():
            table.set_rows([])

    @property
    def shown(self) -> dict[str, Any]:
        """The figures of the running (or last) computation on screen so far, by key."""
        return dict(self._shown)

    def show_part(self, part: Part) -> None:
        """Show one figure as soon as it is computed (its rows were made off the GUI thread)."""
        self._shown[part.key] = part.value
        section = self.sections.get(part.key)
        if section is not None:
            section.show_ready(part.summary or "", part.rows)
        elif part.key in self.details:
            self.details[part.key].set_rows(part.rows)
        elif part.key == "gems" and part.job is not None:
            self.gems_job = part.job
            if part.document is not None:
                self._set_gems_document(part.document)
            else:
                self.gems.setHtml(part.job.html)
            self.print_button.setEnabled(True)
        elif part.key == "monthly":
            self.chart.set_months(list(part.value))
            self.chart.show()
        if part.key in ("timeline", "funding_running_out"):
            self._show_timeline()

    def _set_gems_document(self, document: QTextDocument | None) -> None:
        """Show a small gems' page laid out off the GUI thread (None: the browser's own again);
        the page shown before is deleted."""
        old = self._gems_document
        if document is not None:
            document.setParent(self.gems)
            self.gems.setDocument(document)
        elif old is not None:
            self.gems.setDocument(QTextDocument(self.gems))
        self._gems_document = document
        if old is not None and old is not document:
            old.deleteLater()

    def _show_timeline(self) -> None:
        """The funding time line, once its bars and the funding running out are both known."""
        bars, running_out = self._shown.get("timeline"), self._shown.get("funding_running_out")
        if bars is None or running_out is None:
            return
        first, last, on = self._period
        self.timeline.set_data(
            bars,
            {f.id for f in running_out.fundings},
            first - timedelta(days=60),
            last + timedelta(days=120),
            on,
        )
