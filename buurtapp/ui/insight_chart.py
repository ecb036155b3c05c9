"""Month by month: new contacts, new bridging contacts, intergenerational sessions (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from buurtapp.core.insights.details import Month


class MonthlyChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthly_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.chart_ = QChart()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(self.chart_)
        self.series: dict[str, QLineSeries] = {}

    def set_months(self, months: list[Month]) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        lines = {
            "new_pairs": self.tr("new contacts"),
            "new_bridging_pairs": self.tr("of which bridging"),
            "intergenerational": self.tr("sessions young and old"),
        }
        categories = QBarCategoryAxis()
        categories.append([m.month for m in months])
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        top = 1
        self.series = {}
        for key, title in lines.items():
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
