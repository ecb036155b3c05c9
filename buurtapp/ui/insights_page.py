"""Inzichten: the eight lessons of Wij in de wijk made visible for a chosen period.

The numbers are computed off the GUI thread (:class:`InsightsThread`); the page shows a progress
bar meanwhile and stays usable. Every row opens the record it is about. After any change (an
edit, an undo, an import) the page computes again: at once when it is on screen, otherwise when it
is next shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import formatting
from buurtapp.core.insights.bundle import Bundle
from buurtapp.qt_support import to_date
from buurtapp.ui.insight_table import InsightTable
from buurtapp.ui.insight_tabs import InsightTabs
from buurtapp.ui.insights_thread import InsightsThread
from buurtapp.ui.moment_fields import DateField
from buurtapp.ui.style import heading
from buurtapp.ui.workspace import Workspace


class InsightsPage(QWidget):
    open_record = Signal(str, int)
    computed = Signal()
    print_requested = Signal(object)  # a PrintJob

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_insights")
        self.workspace = workspace
        self.thread_: InsightsThread | None = None
        self.result: Bundle | None = None
        #: The data changed since the numbers on screen were computed.
        self.stale = False
        self._again = False  # compute once more when the running thread finishes
        self._recompute = QTimer(self, singleShot=True, interval=150)
        self._recompute.timeout.connect(self._compute_if_shown)
        today = workspace.today
        # typed at the first click (issue 14); a calendar from the button or Alt+Down
        self.first = DateField()
        self.first.restore_unreadable = True  # text that is not a date: the last date again
        self.first.setDate(QDate(today.year, 1, 1))
        self.first.setObjectName("insights_first")
        self.first.setAccessibleName(self.tr("First day of the period"))
        self.last = DateField()
        self.last.restore_unreadable = True
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.last.setObjectName("insights_last")
        self.last.setAccessibleName(self.tr("Last day of the period"))
        self.compute_button = QPushButton(self.tr("Show"))
        self.compute_button.setObjectName("insights_compute")
        self.compute_button.clicked.connect(self.compute)
        self.progress = QProgressBar()
        self.progress.setObjectName("insights_progress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("insights_status")
        self.status.setWordWrap(True)
        title = heading(self.tr("Insights"))
        title.setWordWrap(True)
        # The period on a line of its own under the title, the status (wrapping) below it:
        # with large text on a small screen the page is then no wider than the period.
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("until")))
        bar.addWidget(self.last)
        bar.addWidget(self.compute_button)
        bar.addWidget(self.progress)
        bar.addStretch(1)

        self.tabs = InsightTabs()
        self.tabs.open_record.connect(self.open_record)
        self.tabs.print_gems.connect(self.print_requested)
        # The widgets tests and the window reach for, by their old names.
        self.gems = self.tabs.gems
        self.print_gems = self.tabs.print_button
        self.chart = self.tabs.chart
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        workspace.changed.connect(self._data_changed)

    # -- computing -------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return to_date(self.first.date()), to_date(self.last.date())

    def compute(self) -> None:
        """Start computing in the background; ``computed`` is emitted when shown."""
        first, last = self.period()
        if last < first:
            self.status.setText(self.tr("The end of the period lies before its start."))
            return
        if self.thread_ is not None and self.thread_.isRunning():
            # Asked again while a run ends: the follow-up run must happen, not be skipped as
            # "nothing changed" (the running one may have read the period or registry before).
            self._again = True
            self.stale = True
            return
        path = self.workspace.database.path
        if path is None:
            return
        self.stale = False
        self._again = False
        self.compute_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Computing…"))
        self.thread_ = InsightsThread(path, first, last, last)
        self.thread_.progress.connect(self.progress.setValue)
        self.thread_.done.connect(self._show)
        self.thread_.failed.connect(self._failed)
        self.thread_.finished.connect(self._finished)
        self.thread_.start()

    def _finished(self) -> None:
        self.compute_button.setEnabled(True)
        self.progress.hide()
        if self._again:
            self._again = False
            self._recompute.start()

    def _failed(self, message: str) -> None:
        if self.thread_ is not None:
            self.status.setText(message)

    def _data_changed(self, _tables: set) -> None:
        self.stale = True
        if self.thread_ is not None and self.thread_.isRunning():
            self._again = True
        elif self.isVisible():
            self._recompute.start()

    def _compute_if_shown(self) -> None:
        if self.isVisible() and (self.stale or self.result is None):
            self.compute()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and self.result is not None:
            self._recompute.start()

    def stop(self) -> None:
        """Cancel the computation (before the database closes); nothing arrives afterwards."""
        self._recompute.stop()
        self._again = False
        thread, self.thread_ = self.thread_, None
        if thread is None:
            return
        for signal in (thread.progress, thread.done, thread.failed, thread.finished):
            signal.disconnect()
        thread.cancel()
        thread.wait()
        self.compute_button.setEnabled(True)
        self.progress.hide()

    # -- showing -------------------------------------------------------------------------------
    @property
    def tables(self) -> dict[str, InsightTable]:
        """The page's tables: each registry insight's by its key, and the detail tables."""
        return self.tabs.tables

    def _show(self, result: Bundle) -> None:
        if self.thread_ is None:  # stopped: its database may be closed already
            return
        self.result = result
        self.status.setText(
            self.tr("Period %1 – %2; reference date %3.")
            .replace("%1", formatting.day(result.first))
            .replace("%2", formatting.day(result.last))
            .replace("%3", formatting.day(result.on))
        )
        self.tabs.show_bundle(result, self.workspace.database, self.workspace.today)
        self.computed.emit()
