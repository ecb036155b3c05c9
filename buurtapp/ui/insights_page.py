"""Inzichten: the eight lessons of Wij in de wijk made visible for a chosen period.

The numbers are computed off the GUI thread (:class:`InsightsThread`); the page shows a progress
bar meanwhile and stays usable. Every row opens the record it is about. After any change (an
edit, an undo, an import) the page computes again: at once when it is on screen, otherwise when it
is next shown.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.parsing import format_money
from buurtapp.qt_support import to_date
from buurtapp.reports import documents
from buurtapp.reports.labels import enum_label
from buurtapp.ui.funding_timeline import FundingTimeline
from buurtapp.ui.insight_chart import MonthlyChart
from buurtapp.ui.insight_columns import TABLES
from buurtapp.ui.insight_table import InsightTable
from buurtapp.ui.insights_thread import InsightsThread
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
        self.result: dict | None = None
        #: The data changed since the numbers on screen were computed.
        self.stale = False
        self._again = False  # compute once more when the running thread finishes
        self._recompute = QTimer(self, singleShot=True, interval=150)
        self._recompute.timeout.connect(self._compute_if_shown)
        today = workspace.today
        self.first = QDateEdit(QDate(today.year, 1, 1))
        self.first.setCalendarPopup(True)
        self.first.setObjectName("insights_first")
        self.last = QDateEdit(QDate(today.year, today.month, today.day))
        self.last.setCalendarPopup(True)
        self.last.setObjectName("insights_last")
        self.compute_button = QPushButton(self.tr("Show"))
        self.compute_button.setObjectName("insights_compute")
        self.compute_button.clicked.connect(self.compute)
        self.progress = QProgressBar()
        self.progress.setObjectName("insights_progress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("insights_status")
        bar = QHBoxLayout()
        bar.addWidget(heading(self.tr("Insights")), 1)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("until")))
        bar.addWidget(self.last)
        bar.addWidget(self.compute_button)
        bar.addWidget(self.progress)

        self.tables = {
            key: InsightTable(columns, sortable=key != "meeting") for key, columns in TABLES.items()
        }
        for table in self.tables.values():
            table.open_record.connect(self.open_record)
        self.gems = QTextBrowser()
        self.gems.setObjectName("small_gems")
        self.gems.setOpenLinks(False)
        self.gems.anchorClicked.connect(self._link)
        self.print_gems = QPushButton(self.tr("Print small gems…"))
        self.print_gems.setObjectName("print_gems")
        self.print_gems.setEnabled(False)
        self.print_gems.clicked.connect(lambda: self.print_requested.emit(self.gems_job))
        self.ownership_summary, self.meeting_summary = QLabel(), QLabel()
        self.places_summary = QLabel()
        for label in (self.ownership_summary, self.meeting_summary, self.places_summary):
            label.setWordWrap(True)
        self.chart = MonthlyChart()
        self.timeline = FundingTimeline()
        self.timeline.open_record.connect(self.open_record)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("insights_tabs")
        self.tabs.addTab(self._column(self.gems, self.print_gems), self.tr("Small gems"))
        self.tabs.addTab(
            self._column(self.ownership_summary, self.tables["ownership"]), self.tr("Ownership")
        )
        self.tabs.addTab(
            self._split(
                self.tables["workload"],
                self.tables["without_worker"],
                self.tr("Without a community worker"),
            ),
            self.tr("Community work"),
        )
        self.tabs.addTab(
            self._column(self.meeting_summary, self.chart, self.tables["meeting"]),
            self.tr("Meeting"),
        )
        scroll = QScrollArea()
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        self.tabs.addTab(
            self._column(
                QLabel(
                    self.tr(
                        "Funding on a time line (orange: runs "
                        "out within 90 days without a follow-up)"
                    )
                ),
                scroll,
                self.tables["running_out"],
                QLabel(self.tr("Fallen silent")),
                self.tables["silent"],
            ),
            self.tr("Continuity"),
        )
        self.tabs.addTab(
            self._column(
                self.places_summary,
                self.tables["places"],
                QLabel(self.tr("Double bookings")),
                self.tables["conflicts"],
                QLabel(self.tr("Neighbourhoods without a meeting place")),
                self.tables["without_place"],
            ),
            self.tr("Places"),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        workspace.changed.connect(self._data_changed)

    @staticmethod
    def _column(*widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget, 0 if isinstance(widget, QLabel | QPushButton) else 1)
        return box

    def _split(self, left: QWidget, right: QWidget, right_title: str) -> QWidget:
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._column(QLabel(right_title), right))
        return splitter

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
            self._again = True
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

    def _link(self, url: QUrl) -> None:
        kind, _, record_id = url.toString().partition(":")
        if record_id.isdigit():
            self.open_record.emit(kind, int(record_id))

    # -- showing -------------------------------------------------------------------------------
    def _show(self, result: dict) -> None:
        if self.thread_ is None:  # stopped: its database may be closed already
            return
        self.result = result
        insights, details = result["insights"], result["details"]
        names = details["initiative_names"]
        first, last = result["first"], result["last"]
        self.status.setText(
            self.tr("Period %1 – %2; reference date %3.")
            .replace("%1", first.strftime("%d-%m-%Y"))
            .replace("%2", last.strftime("%d-%m-%Y"))
            .replace("%3", result["on"].strftime("%d-%m-%Y"))
        )
        self._show_gems(insights, details, first, last)
        self._show_ownership(insights, names)
        self.tables["workload"].set_rows(
            [{**w, "kind": "participants"} for w in details["workload"]]
        )
        self.tables["without_worker"].set_rows(
            [
                {"kind": "initiatives", "id": i, "name": names.get(i, "")}
                for i in insights["without_community_worker"]
            ]
        )
        self._show_meeting(insights, details, names)
        self._show_continuity(insights, details, names, first, last, result["on"])
        self._show_places(insights, details)
        self.computed.emit()

    def _show_gems(self, insights: dict, details: dict, first: date, last: date) -> None:
        gems = [
            {**g, **details["spotlight"].get(g["id"], {})} for g in insights["small_initiatives"]
        ]
        self.gems_job = documents.small_gems(
            self.workspace.database, gems, first, last, self.workspace.today
        )
        self.gems.setHtml(self.gems_job.html)
        self.print_gems.setEnabled(True)

    def _show_ownership(self, insights: dict, names: dict) -> None:
        rows, counts = [], {"shared": 0, "residents": 0, "professionals": 0, "none": 0}
        for item in insights["ownership"]:
            kinds = set(item["owner_kinds"])
            if item["shared"]:
                counts["shared"] += 1
            elif not kinds:
                counts["none"] += 1
            elif kinds == {"residents"}:
                counts["residents"] += 1
            elif "residents" not in kinds:
                counts["professionals"] += 1
            rows.append(
                {
                    "kind": "initiatives",
                    "id": item["initiative_id"],
                    "name": names.get(item["initiative_id"], ""),
                    "shared": item["shared"],
                    "owners": ", ".join(enum_label("owner_kind", k) for k in item["owner_kinds"]),
                }
            )
        self.tables["ownership"].set_rows(rows)
        self.ownership_summary.setText(
            self.tr(
                "Active initiatives: %1 shared by residents and organisations, %2 owned only by "
                "residents, %3 only by professionals or organisations, %4 without owners."
            )
            .replace("%1", str(counts["shared"]))
            .replace("%2", str(counts["residents"]))
            .replace("%3", str(counts["professionals"]))
            .replace("%4", str(counts["none"]))
        )

    def _show_meeting(self, insights: dict, details: dict, names: dict) -> None:
        bridge = insights["bridging"]
        per_inter = details["intergenerational_per_initiative"]
        rows = {
            p["initiative_id"]: {
                **p,
                "kind": "initiatives",
                "id": p["initiative_id"],
                "name": names.get(p["initiative_id"], ""),
                "intergenerational": per_inter.get(p["initiative_id"], 0),
            }
            for p in bridge["per_initiative"]
        }
        self.tables["meeting"].set_rows(sorted(rows.values(), key=lambda r: -r["pairs"]))
        self.meeting_summary.setText(
            self.tr(
                "Residents who met: %1 contacts, %2 of them bridging (another neighbourhood or "
                "circle), %3 new. Sessions where young and old met: %4."
            )
            .replace("%1", str(bridge["pairs"]))
            .replace("%2", str(bridge["bridging_pairs"]))
            .replace("%3", str(bridge["new_bridging_pairs"]))
            .replace("%4", str(len(insights["intergenerational_sessions"])))
        )
        self.chart.set_months(details["monthly"])

    def _show_continuity(
        self, insights: dict, details: dict, names: dict, first: date, last: date, on: date
    ) -> None:
        self.timeline.set_data(
            details["timeline"],
            set(insights["funding_running_out"]),
            first - timedelta(days=60),
            last + timedelta(days=120),
            on,
        )
        self.tables["running_out"].set_rows(
            [
                {
                    **f,
                    "kind": "initiatives",
                    "id": f["initiative_id"],
                    "amount": format_money(f["amount_cents"]),
                }
                for f in details["running_out"]
            ]
        )
        self.tables["silent"].set_rows(
            [
                {
                    "kind": "initiatives",
                    "id": i,
                    "name": names.get(i, ""),
                    "last": (details["last_sessions"].get(i) or "")[:10],
                }
                for i in insights["fallen_silent"]
            ]
        )

    def _show_places(self, insights: dict, details: dict) -> None:
        self.tables["places"].set_rows([{**p, "kind": "places"} for p in details["place_hours"]])
        self.tables["conflicts"].set_rows(
            [
                {
                    "kind": "initiatives",
                    "id": c["first"]["initiative_id"],
                    "place": c["first"]["place"],
                    "when": c["first"]["starts_at"].replace("T", " "),
                    "first": f"{c['first']['title']} {c['first']['starts_at'][11:16]}–"
                    f"{c['first']['ends_at'][11:16]}",
                    "second": f"{c['second']['title']} {c['second']['starts_at'][11:16]}–"
                    f"{c['second']['ends_at'][11:16]}",
                }
                for c in details["conflicts"]
            ]
        )
        self.tables["without_place"].set_rows(details["without_place"])
        self.places_summary.setText(
            self.tr(
                "%1 double bookings; %2 neighbourhoods whose residents take part have no meeting "
                "place of their own."
            )
            .replace("%1", str(len(insights["place_conflicts"])))
            .replace("%2", str(len(details["without_place"])))
        )
