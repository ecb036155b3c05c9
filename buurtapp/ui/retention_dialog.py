"""Bewaartermijn: people not seen for longer than the retention period, to forget in bulk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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

from buurtapp.core.errors import BuurtappError
from buurtapp.core.privacy import (
    forget,
    not_scrubbed,
    retention_review,
    retention_years,
    set_retention_years,
)
from buurtapp.ui.ask import confirm, warn
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
        self.years.setRange(1, 20)
        self.years.setSuffix(" " + self.tr("years"))
        self.years.setValue(retention_years(workspace.database))
        self.years.valueChanged.connect(self._years_changed)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("retention_list")
        self.list.setModel(self.model)
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
        row.addWidget(QLabel(self.tr("Not seen (no attendance, no role) for more than")))
        row.addWidget(self.years)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self.reload()

    def _years_changed(self, years: int) -> None:
        set_retention_years(self.workspace.database, years)
        self.reload()

    def reload(self) -> None:
        self.model.clear()
        people = retention_review(self.workspace.database, self.workspace.today, self.years.value())
        for person in people:
            seen = (person["last_seen"] or "")[:10] or self.tr("never")
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
        ids = self.ticked()
        if not ids or not confirm(
            self,
            self.tr("Forget these people?"),
            self.tr("%n person(s) will be anonymised. This cannot be undone.", "", len(ids)),
            self.tr("Forget"),
            informative=self.tr(
                "Older backups still hold the old data until they are rotated away."
            ),
        ):
            return 0
        if self.backup is not None:
            self.backup("voor-vergeten")
        try:
            done = forget(self.workspace.database, ids, self.workspace.today)
        except BuurtappError as error:  # a full disk: nothing changed
            warn(self, error)
            return 0
        # Undo must never bring the old data back: forgetting closes the undo history.
        self.workspace.fence({"participants"})
        self.reload()
        if not done.scrubbed:
            warn(self, not_scrubbed(len(ids)))
        return len(ids)
