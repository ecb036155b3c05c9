"""Bestand > Reservekopieën: the automatic backups of this file, and putting one back."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from buurtapp.core import formatting
from buurtapp.core.storage.backup_paths import folder_for
from buurtapp.core.storage.backups import list_backups
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.ui import window_geometry
from buurtapp.ui.ask import confirm
from buurtapp.ui.insight_table import InsightTable
from buurtapp.ui.record_model import ROW_ROLE, Column
from buurtapp.ui.window_protocol import Window, widget_of

COLUMNS = [
    # The rows hold the moment and the bytes (so they sort right); the columns show them.
    Column(
        "made", QT_TRANSLATE_NOOP("Columns", "Made on"), lambda r: formatting.moment(r["made"]), 150
    ),
    Column("reason", QT_TRANSLATE_NOOP("Columns", "Why"), width=150),
    Column(
        "size",
        QT_TRANSLATE_NOOP("Columns", "Size (MB)"),
        lambda r: formatting.number(r["size"] / 1e6, 1),
        90,
        True,
    ),
    Column("participants", QT_TRANSLATE_NOOP("Columns", "Participants"), None, 100, True),
    Column("sessions", QT_TRANSLATE_NOOP("Columns", "Sessions"), None, 100, True),
]


class BackupsDialog(QDialog):
    def __init__(self, window: Window) -> None:
        super().__init__(widget_of(window))
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.window_ = window
        path = window.workspace.database.path if window.workspace else None
        self.folder = folder_for(path) if path else None
        self.table = InsightTable(COLUMNS, sortable=False)
        self.table.setObjectName("backups_table")
        self.table.setAccessibleName(self.tr("Backups of this file"))
        self.table.setAccessibleDescription(
            self.tr("The newest first; choose one and press Put this backup back")
        )
        info = QLabel(
            self.tr(
                "Buurtapp makes a checked backup when a file is opened, every "
                "half hour while it changes, and before imports and forgetting "
                "people. Folder: %1"
            ).replace("%1", str(self.folder or ""))
        )
        info.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("Put this backup back…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        window_geometry.fit_dialog(self, QSize(680, 460))  # no larger than the screen
        self.reload()

    def reload(self) -> None:
        rows = []
        for backup in list_backups(self.folder) if self.folder else []:
            counts = backup.counts()
            rows.append(
                {
                    "path": backup.path,
                    "made": backup.made,
                    "reason": backup.reason,
                    "size": backup.size,
                    "participants": counts.get("participants"),  # None: unreadable
                    "sessions": counts.get("sessions"),
                }
            )
        self.table.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(rows))

    def restore_selected(self) -> bool:
        chosen = self.table.selectionModel().selectedRows()  # the row the user sees highlighted
        row = chosen[0].data(ROW_ROLE) if len(chosen) == 1 else None
        if row is None or not confirm(
            self,
            self.tr("Put this backup back?"),
            self.tr(
                "The file goes back to how it was on %1. What changed since then is "
                "kept as a backup too, so nothing is lost."
            ).replace("%1", formatting.moment(row["made"])),
            self.tr("Put back"),
        ):
            return False
        done = self.window_.restore_backup(row["path"])
        self.reload()
        return done
