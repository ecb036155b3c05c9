"""Asking for a period (from – until), e.g. for an initiative's overview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from buurtapp.core import formatting
from buurtapp.qt_support import to_date
from buurtapp.ui.moment_fields import DateField
from buurtapp.ui.style import error_style


class PeriodDialog(QDialog):
    """Defaults to this calendar year up to today, the period most reports ask for."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_dialog")
        self.setWindowTitle(self.tr("Period"))
        # typed at the first click (issue 14); a calendar from the button or Alt+Down
        self.first = DateField()
        self.first.setDate(QDate(today.year, 1, 1))
        self.first.setObjectName("period_first")
        self.last = DateField()
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.last.setObjectName("period_last")
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("period_ok")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("Until"), self.last)
        form.addRow(self.error)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return to_date(self.first.date()), to_date(self.last.date())

    def _check(self) -> None:
        first, last = self.period()
        if self.first.unreadable or self.last.unreadable:  # never a date the user did not see
            self.error.setText(
                self.tr("Type a date such as %1.").replace("%1", formatting.day(first))
            )
            self.error.show()
            return
        if last < first:
            self.error.setText(self.tr("The end lies before the start."))
            self.error.show()
            return
        self.accept()
