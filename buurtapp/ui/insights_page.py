"""Inzichten: the eight lessons of Wij in de wijk made visible for a chosen period.

The numbers are computed off the GUI thread (:class:`InsightsThread`) and each figure is shown
as soon as it is computed, the cheap ones first; the others say calmly that they are being
computed (on the large demo the first figure shows after a few ms, all after about 2.4 s).
Every row opens the record it is about. After any change (an edit, an undo, an import) the
page computes again: at once when it is on screen, otherwise when it is next shown. A change
of data or of period during a run cancels that run (none of its numbers is shown after) and
starts a new one as soon as it has stopped.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
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
from buurtapp.core.insights.registry import entries
from buurtapp.qt_support import to_date
from buurtapp.ui.insight_parts import Part
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
        self._asked: tuple[date, date, tuple[str, ...]] | None = None  # of the running thread
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
        for field in (self.first, self.last):  # another period can be asked during a run
            field.dateChanged.connect(self._update_button)
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

    def _question(self) -> tuple[date, date, tuple[str, ...]]:
        """What a computation answers: the period and the insights registered."""
        first, last = self.period()
        return first, last, tuple(e.key for e in entries())

    def compute(self) -> None:
        """Start computing in the background; each figure is shown as soon as it is computed
        and ``computed`` is emitted when all are.

        Asked while a computation runs: when it answers the same question about the same data
        it goes on; otherwise it is cancelled (nothing of it is shown any more) and a new one
        starts as soon as it has stopped, so a recompute asked meanwhile is never lost.
        """
        first, last = self.period()
        if last < first:
            self.status.setText(self.tr("The end of the period lies before its start."))
            return
        running = self.thread_ is not None and self.thread_.isRunning()
        if running and not self.stale and self._asked == self._question():
            return
        if running:
            self._cancel_run()
            self._again = True  # started by _finished, once the cancelled run has stopped
            self.stale = True
            return
        path = self.workspace.database.path
        if path is None:
            return
        self.stale = False
        self._again = False
        self._asked = self._question()
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Computing…"))
        self.tabs.begin(first, last, last)
        thread = InsightsThread(
            path, first, last, last, self.workspace.today, QFont(self.tabs.gems.font())
        )
        self.thread_ = thread
        thread.progress.connect(lambda percent: self._progress(thread, percent))
        thread.part.connect(lambda part: self._part(thread, part))
        thread.done.connect(lambda result: self._show(thread, result))
        thread.failed.connect(lambda message: self._failed(thread, message))
        thread.finished.connect(lambda: self._finished(thread))
        thread.start()
        self._update_button()

    def _update_button(self) -> None:
        """Let "Show" be pressed, unless it would ask what the running computation answers."""
        running = self.thread_ is not None and self.thread_.isRunning()
        self.compute_button.setEnabled(not running or self._question() != self._asked)

    def _current(self, thread: InsightsThread) -> bool:
        """Whether what ``thread`` sends still counts (it is the page's run, not cancelled)."""
        return thread is self.thread_ and not thread.cancelled

    def _cancel_run(self) -> None:
        """Cancel the run without waiting for it: its queued figures are ignored from now."""
        if self.thread_ is not None:
            self.thread_.cancel()

    def _progress(self, thread: InsightsThread, percent: int) -> None:
        if self._current(thread):
            self.progress.setValue(percent)

    def _part(self, thread: InsightsThread, part: Part) -> None:
        if self._current(thread):
            self.tabs.show_part(part)

    def _finished(self, thread: InsightsThread) -> None:
        if thread is not self.thread_:
            return  # a run the page let go of (stopped)
        self.progress.hide()
        self.compute_button.setEnabled(True)
        if self._again:
            self._again = False
            self._recompute.start()

    def _failed(self, thread: InsightsThread, message: str) -> None:
        if self._current(thread):
            self.status.setText(message)

    def _data_changed(self, _tables: set) -> None:
        self.stale = True
        if self.thread_ is not None and self.thread_.isRunning():
            self._cancel_run()  # its numbers would be old: the next run starts when it stopped
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
        thread.cancel()
        thread.wait()
        self.compute_button.setEnabled(True)
        self.progress.hide()

    # -- showing -------------------------------------------------------------------------------
    @property
    def tables(self) -> dict[str, InsightTable]:
        """The page's tables: each registry insight's by its key, and the detail tables."""
        return self.tabs.tables

    def _show(self, thread: InsightsThread, result: Bundle) -> None:
        """Every figure has been shown: keep the whole result and say which period it is."""
        if not self._current(thread):  # stopped or cancelled: its database may be closed
            return
        self.result = result
        self.progress.hide()  # all shown (the thread may take a moment more to end)
        self.status.setText(
            self.tr("Period %1 – %2; reference date %3.")
            .replace("%1", formatting.day(result.first))
            .replace("%2", formatting.day(result.last))
            .replace("%3", formatting.day(result.on))
        )
        self.computed.emit()
