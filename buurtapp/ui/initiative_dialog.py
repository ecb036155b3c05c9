"""An initiative in one place: its form, and below it who holds which role, its funding and
its activities (lesson 6: whose project is it?)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QSplitter, QTabWidget, QWidget

from buurtapp.core import formatting
from buurtapp.core.model import listings
from buurtapp.core.model.changes import Change
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.reports.catalogue import Request
from buurtapp.reports.labels import describe_rrule, enum_label
from buurtapp.ui import window_geometry
from buurtapp.ui.columns import when
from buurtapp.ui.detail_table import DetailTable, RecordActions
from buurtapp.ui.print_button import PrintButton
from buurtapp.ui.record_dialog import RecordDialog
from buurtapp.ui.record_model import Column
from buurtapp.ui.workspace import Workspace

#: Narrower than this (logical pixels), the tables go below the form instead of beside it.
STACK_BELOW = 960

ROLE_COLUMNS = [
    Column(
        "role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: enum_label("role", r["role"]), 150
    ),
    Column("holder", QT_TRANSLATE_NOOP("Columns", "Held by"), width=220),
    Column(
        "holder_kind",
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        lambda r: enum_label("holder_kind", r["holder_kind"]),
        190,
    ),
    Column("since", QT_TRANSLATE_NOOP("Columns", "Since"), when("since"), 100),
]
FUNDING_COLUMNS = [
    Column("funder", QT_TRANSLATE_NOOP("Columns", "Funder"), width=180),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), width=170),
    Column(
        "amount_cents",
        QT_TRANSLATE_NOOP("Columns", "Amount (€)"),
        lambda r: formatting.amount(r["amount_cents"], symbol=False),
        100,
        True,
    ),
    Column("starts_on", QT_TRANSLATE_NOOP("Columns", "From"), when("starts_on"), 95),
    Column("ends_on", QT_TRANSLATE_NOOP("Columns", "Until"), when("ends_on"), 95),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda r: enum_label("funding_status", r["status"]),
        90,
    ),
]
ACTIVITY_COLUMNS = [
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=180),
    Column(
        "rrule", QT_TRANSLATE_NOOP("Columns", "When"), lambda r: describe_rrule(r["rrule"]), 260
    ),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=170),
    Column("sessions", QT_TRANSLATE_NOOP("Columns", "Sessions"), None, 80, True),
]


class InitiativeDialog(RecordDialog):
    """A new initiative stays open after saving, so its roles and activities can be added.

    ``actions`` open and delete the roles, funding and activities (``record_actions``, which
    opens this form: handed in, not imported, so there is no import cycle).
    """

    def __init__(
        self,
        workspace: Workspace,
        record: Any,
        parent: QWidget | None = None,
        *,
        actions: RecordActions,
    ) -> None:
        self.opener = actions  # before the form is built: extend() fills the tabs
        super().__init__(workspace, record, parent)

    def extend(self) -> None:
        """The form on the left; roles, funding and activities on the right."""
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.hint = QLabel(
            self.tr(
                "Save the initiative first; then add who holds which role, "
                "its funding and its activities here."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setMaximumWidth(260)
        # Side by side on a wide screen, the tabs below the form on a narrow one (issue 14).
        self.outer.removeWidget(self.form_scroll)
        self.panes = QSplitter(Qt.Orientation.Horizontal)
        self.panes.setObjectName("initiative_panes")
        self.panes.setChildrenCollapsible(False)
        for widget in (self.form_scroll, self.tabs, self.hint):
            self.panes.addWidget(widget)
        self.panes.setStretchFactor(1, 1)
        self.outer.insertWidget(0, self.panes, 1)
        # the overview and the participant list, printed from the form itself
        offers = [("initiative", self.print_request), ("participants", self.print_request)]
        self.print_button = PrintButton(offers, self)
        # ResetRole: every platform's button order puts it at the left, away from Save/Cancel
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ResetRole)
        self._fill_tabs()

    def print_request(self) -> Request | None:
        """This initiative (as saved) for a printed document; None before the first save."""
        return Request(initiative=self.record.id) if self.record.id is not None else None

    def _fill_tabs(self) -> None:
        self.tabs.clear()
        initiative_id = self.record.id
        self.hint.setVisible(initiative_id is None)
        self.tabs.setVisible(initiative_id is not None)
        self.print_button.setVisible(initiative_id is not None)
        if initiative_id is None:
            return
        database = self.workspace.database
        for kind, columns, title in (
            ("roles", ROLE_COLUMNS, self.tr("Roles and owners")),
            ("fundings", FUNDING_COLUMNS, self.tr("Funding")),
            ("activities", ACTIVITY_COLUMNS, self.tr("Activities")),
        ):
            table = DetailTable(
                self.workspace,
                kind,
                columns,
                partial(listings.initiative_details, database, kind, initiative_id),
                {"initiative_id": initiative_id},
                self.opener,
                self.tabs,
            )
            table.table.setAccessibleName(title)
            self.tabs.addTab(table, title)
        window_geometry.fit_dialog(self, QSize(max(self.width(), 1120), max(self.height(), 600)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Stack the tabs below the form when the two do not fit side by side."""
        wide = event.size().width() >= STACK_BELOW
        self.panes.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)

    def after_save(self, change: Change) -> None:
        if change.label.startswith("create:"):
            self.setWindowTitle(QCoreApplication.translate("Dialogs", "Initiative"))
            self._fill_tabs()
            return
        self.accept()
