"""Automatic backups while the window is open: when a file is opened, every 30 minutes while
it changes, and before imports and bulk forgetting; the status bar tells when the last was."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from buurtapp.core import clock, formatting
from buurtapp.core.errors import BuurtappError
from buurtapp.core.storage.backups import make_backup
from buurtapp.ui.workspace import Workspace

INTERVAL_MS = 30 * 60 * 1000


class BackupController(QObject):
    def __init__(self, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.workspace: Workspace | None = None
        self.dirty = False
        self.last: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.dirty = False
        self.last = None
        if workspace is None or workspace.database.read_only:
            self.timer.stop()
            self.label.clear()
            return
        workspace.changed.connect(self._changed)
        self.timer.start()
        self.backup_now("openen")

    def _changed(self, _tables: set) -> None:
        self.dirty = True

    def _tick(self) -> None:
        if self.dirty:
            self.backup_now("auto")

    def backup_now(self, reason: str) -> bool:
        """Make a verified backup now; the status bar says when, or that it failed."""
        if self.workspace is None or self.workspace.database.read_only:
            return False
        try:
            make_backup(self.workspace.database, reason)
        except BuurtappError as error:
            from buurtapp.ui.ask import ui_language

            self.label.setText(
                self.tr("Backup failed: %1").replace("%1", error.message(ui_language()))
            )
            return False
        self.dirty = False
        self.last = clock.now()
        self.label.setText(
            self.tr("Last backup: %1").replace("%1", formatting.time_of_day(self.last))
        )
        return True
