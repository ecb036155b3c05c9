"""Month by month: new contacts, new bridging contacts, intergenerational sessions (QtCharts),
with the same numbers as a table: a chart says nothing to a screen reader or to someone who
cannot tell the lines apart, so the button below it shows the table instead."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import formatting
from buurtapp.core.insights.details import Month

#: The lines of the chart and the columns of the table, in this order.
KEYS = ("new_pairs", "new_bridging_pairs", "intergenerational")


def _first_day(month: str) -> date:
    """``2026-11`` -> 1 November 2026 (the insights' months are ``YYYY-MM``)."""
    year, number = month.split("-")[:2]
    return date(int(year), int(number), 1)


class MonthlyChart(QWidget):
    """The chart, or (button "Show as table") a table with one row per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthly_chart")
        self.view = QChartView()
        self.view.setObjectName("monthly_chart_view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.view.setAccessibleName(self.tr("Chart of contacts and sessions per month"))
        self.view.setAccessibleDescription(
            self.tr("The same numbers are in a table: press Show as table")
        )
        self.chart_ = QChart()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view.setChart(self.chart_)
        self.series: dict[str, QLineSeries] = {}
        self._follow_palette()

        self.table = QTableWidget(0, len(KEYS))
        self.table.setObjectName("monthly_table")
        self.table.setAccessibleName(self.tr("Contacts and sessions per month"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(240)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(self.tr("Show as table"))
        self.toggle.setObjectName("chart_as_table")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.show_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)

    def _follow_palette(self) -> None:
        """A dark chart on a dark (or high-contrast dark) system palette, a light one else."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.chart_.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()
        super().changeEvent(event)

    def titles(self) -> dict[str, str]:
        return {
            "new_pairs": self.tr("new contacts"),
            "new_bridging_pairs": self.tr("of which bridging"),
            "intergenerational": self.tr("sessions young and old"),
        }

    def show_table(self, table: bool) -> None:
        """The table (True) or the chart; the button says what it will show next."""
        self.stack.setCurrentWidget(self.table if table else self.view)
        self.toggle.setText(self.tr("Show as chart") if table else self.tr("Show as table"))

    def set_months(self, months: list[Month]) -> None:
        self._fill_chart(months)
        self._fill_table(months)

    def _fill_table(self, months: list[Month]) -> None:
        titles = self.titles()
        self.table.setRowCount(len(months))
        self.table.setHorizontalHeaderLabels([titles[key] for key in KEYS])
        self.table.setVerticalHeaderLabels([formatting.month(_first_day(m.month)) for m in months])
        for row, month in enumerate(months):
            for column, key in enumerate(KEYS):
                value = int(getattr(month, key))
                item = QTableWidgetItem(formatting.count(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def _fill_chart(self, months: list[Month]) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        categories = QBarCategoryAxis()
        categories.append([formatting.month_short(_first_day(m.month)) for m in months])
        categories.setLabelsAngle(-45 if len(months) > 6 else 0)  # long periods: no "2026-…"
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        top = 1
        self.series = {}
        for key, title in self.titles().items():
            series = QLineSeries()
            series.setName(title)
            for n, month in enumerate(months):
                value = getattr(month, key)
                series.append(n, value)
                top = max(top, value)
            chart.addSeries(series)
            series.attachAxis(categories)
            series.attachAxis(values)
            self.series[key] = series
        values.setRange(0, top * 1.1)
        values.applyNiceNumbers()
