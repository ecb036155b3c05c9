"""One registry insight on the Inzichten page: its title, its line, what it means, its table.

Everything shown comes from the insight's registry entry, so a new entry gets a section without
any change here; extra widgets (the small gems' spotlight, say) can be placed inside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from buurtapp.core.i18n import translate
from buurtapp.core.insights.entry import Insight
from buurtapp.ui.insight_cells import table_columns, table_rows
from buurtapp.ui.insight_table import InsightTable
from buurtapp.ui.style import heading

TABLE_HEIGHT = 200


class InsightSection(QFrame):
    """Shows one insight; ``open_record(kind, id)`` when a row is opened."""

    open_record = Signal(str, int)

    def __init__(
        self,
        insight: Insight[Any],
        extras: Sequence[QWidget] = (),
        with_table: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.insight = insight
        self.setObjectName(f"insight_{insight.key}")
        self.title = heading(translate(insight.title), 1.15)
        self.title.setObjectName(f"insight_title_{insight.key}")
        self.summary = QLabel()
        self.summary.setObjectName(f"insight_summary_{insight.key}")
        self.summary.setWordWrap(True)
        self.explanation = QLabel(translate(insight.explanation))
        self.explanation.setWordWrap(True)
        self.explanation.setEnabled(False)  # drawn as secondary text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        for widget in (self.title, self.summary, self.explanation, *extras):
            layout.addWidget(widget)
        self.table: InsightTable | None = None
        if with_table and insight.columns:
            self.table = InsightTable(table_columns(insight.columns))
            self.table.setMinimumHeight(TABLE_HEIGHT)
            self.table.open_record.connect(self.open_record)
            layout.addWidget(self.table, 1)

    def show_value(self, value: Any) -> None:
        """Show the insight's computed value (its registry dataclass)."""
        self.show_ready(self.insight.summary(value, None), table_rows(self.insight.rows(value)))

    def show_ready(self, summary: str, rows: list[dict[str, Any]]) -> None:
        """Show a value made ready off the GUI thread: its line and its table's rows."""
        self.summary.setEnabled(True)
        self.summary.setText(summary)
        if self.table is not None:
            self.table.set_rows(rows)
            self.table.setEnabled(True)

    def pending(self) -> None:
        """A new computation runs: no number of the old one stays on screen, and the line
        says calmly that this one is on its way."""
        self.summary.setText(self.tr("being computed…"))
        self.summary.setEnabled(False)  # drawn as secondary text, like the explanation
        if self.table is not None:
            self.table.set_rows([])
            self.table.setEnabled(False)
