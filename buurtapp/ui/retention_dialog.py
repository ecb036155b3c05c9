"""Bewaartermijn: people not seen for longer than the retention period, to forget in bulk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import formatting
from buurtapp.core.model.app_settings import (
    RETENTION_MAX,
    RETENTION_MIN,
    retention_years,
    set_retention_years,
)
from buurtapp.core.privacy.forgetting import retention_review
from buurtapp.ui import window_geometry
from buurtapp.ui.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RetentionDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Retention period"))
        self.workspace = workspace
        #: Called with a reason before forgetting (the window makes a backup).
        self.backup: Callable[[str], bool] | None = None
        self.years = QSpinBox()
        self.years.setObjectName("retention_years")
        self.years.setRange(RETENTION_MIN, RETENTION_MAX)
        self.years.setSuffix(" " + self.tr("years"))
        self.years.setValue(retention_years(workspace.database))
        self.years.valueChanged.connect(self._years_changed)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("retention_list")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("People to review"))
        self.list.setAccessibleDescription(
            self.tr("Space ticks or unticks a person; the ticked people are forgotten")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.forget_button = self.buttons.addButton(
            self.tr("Forget the ticked people…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.forget_button.setObjectName("retention_forget")
        self.forget_button.clicked.connect(self.forget_ticked)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        label = QLabel(self.tr("Not seen (no attendance, no role) for more than"))
        label.setBuddy(self.years)  # what a screen reader says for the number of years
        row.addWidget(label)
        row.addWidget(self.years)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        window_geometry.fit_dialog(self, QSize(560, 520))  # no larger than the screen
        self.reload()

    def _years_changed(self, years: int) -> None:
        set_retention_years(self.workspace.database, years)
        self.reload()

    def reload(self) -> None:
        self.model.clear()
        people = retention_review(self.workspace.database, self.workspace.today, self.years.value())
        for person in people:
            seen = formatting.day(person["last_seen"]) or self.tr("never")
            last = self.tr("last seen: %1").replace("%1", seen)
            item = QStandardItem(person["name"] + "  ·  " + last)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(person["id"], ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.summary.setText(
            self.tr(
                "%n person(s) to review. Forgetting keeps their "
                "attendance in the counts, without a name.",
                "",
                len(people),
            )
        )
        self.forget_button.setEnabled(bool(people))

    def ticked(self) -> list[int]:
        return [
            self.model.item(n).data(ID_ROLE)
            for n in range(self.model.rowCount())
            if self.model.item(n).checkState() == Qt.CheckState.Checked
        ]

    def forget_ticked(self) -> int:
        """Forget the ticked people the one way (``record_actions.forget_people``)."""
        from buurtapp.ui.record_actions import forget_people

        done = forget_people(self.workspace, self.ticked(), self, self.backup)
        if done is None:
            return 0
        self.reload()
        return done.count
