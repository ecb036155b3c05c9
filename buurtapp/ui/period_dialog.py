"""Asking for a period (from – until), e.g. for an initiative's overview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from buurtapp.qt_support import to_date


class PeriodDialog(QDialog):
    """Defaults to this calendar year up to today, the period most reports ask for."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_dialog")
        self.setWindowTitle(self.tr("Period"))
        self.first = QDateEdit(QDate(today.year, 1, 1))
        self.first.setCalendarPopup(True)
        self.first.setObjectName("period_first")
        self.last = QDateEdit(QDate(today.year, today.month, today.day))
        self.last.setCalendarPopup(True)
        self.last.setObjectName("period_last")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
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
        if last < first:
            self.error.setText(self.tr("The end lies before the start."))
            self.error.show()
            return
        self.accept()
