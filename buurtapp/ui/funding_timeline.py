"""Funding per initiative as bars on a time line (lesson 8); funding that runs out without a
follow-up is drawn in orange. Double-click a bar to open the initiative."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from buurtapp.core import clock, formatting
from buurtapp.core.insights.details import FundingSpan
from buurtapp.ui.style import error_colour

ROW = 22
LABEL = 230
MAX_ROWS = 300


class FundingTimeline(QWidget):
    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funding_timeline")
        self.rows: list[FundingSpan] = []
        self.running_out: set[int] = set()
        self.first = self.last = self.today = clock.today()

    def set_data(
        self,
        rows: Sequence[FundingSpan],
        running_out: set[int],
        first: date,
        last: date,
        today: date,
    ) -> None:
        self.rows = list(rows[:MAX_ROWS])
        self.running_out = running_out
        starts = [r.starts_on for r in self.rows] or [first]
        ends = [r.ends_on for r in self.rows] or [last]
        self.first, self.last, self.today = min(min(starts), first), max(max(ends), last), today
        self.setMinimumHeight(ROW * (len(self.rows) + 2))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, ROW * (len(self.rows) + 2))

    def _x(self, day: date) -> float:
        span = max(1, (self.last - self.first).days)
        width = max(10, self.width() - LABEL - 10)
        return LABEL + width * (day - self.first).days / span

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        painter.setPen(text)
        painter.drawText(
            QRectF(LABEL, 0, 200, ROW),
            Qt.AlignmentFlag.AlignVCenter,
            formatting.day(self.first),
        )
        painter.drawText(
            QRectF(self.width() - 210, 0, 200, ROW),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            formatting.day(self.last),
        )
        for n, row in enumerate(self.rows):
            top = ROW * (n + 1)
            painter.setPen(text)
            painter.drawText(
                QRectF(4, top, LABEL - 8, ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                row.initiative,
            )
            left = self._x(row.starts_on)
            right = self._x(row.ends_on)
            colour = (
                QColor("#e07b00")
                if row.id in self.running_out
                else QColor("#4a78a8")
                if row.status == "granted"
                else QColor("#a9c0d8")
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(left, top + 5, max(2.0, right - left), ROW - 10), 3, 3)
        if self.first <= self.today <= self.last:
            x = self._x(self.today)
            painter.setPen(QPen(QColor(error_colour()), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, ROW), QPointF(x, ROW * (len(self.rows) + 1)))
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        n = int(event.position().y() // ROW) - 1
        if 0 <= n < len(self.rows):
            self.open_record.emit("initiatives", self.rows[n].initiative_id)
