"""File > New, Open, Open recent and Backup: the dialogs around ``core.database`` and backups."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from buurtapp.core import backup, database
from buurtapp.core.errors import BuurtappError
from buurtapp.ui.ask import confirm, warn

if TYPE_CHECKING:
    from buurtapp.ui.main_window import MainWindow

translate = QCoreApplication.translate


def _filter() -> str:
    return translate("FileActions", "Buurtapp database (*.db *.sqlite);;All files (*)")


def new_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window, translate("FileActions", "New database"), "buurthuis.db", _filter()
    )
    if path:
        open_path(window, Path(path), create=True)


def open_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, translate("FileActions", "Open database"), "", _filter()
    )
    if path:
        open_path(window, Path(path))


def open_path(window: MainWindow, path: Path, create: bool = False) -> bool:
    """Open (or create) ``path`` in the window; a readable message when that is not possible."""
    try:
        opened = database.create_database(path) if create else database.open_database(path)
    except BuurtappError as error:
        warn(window, error)
        if (
            error.code == "db_missing"
            and str(path) in window.settings.recent_files
            and confirm(
                window,
                translate("FileActions", "Forget this file?"),
                translate("FileActions", "Remove %1 from the recent files?").replace(
                    "%1", str(path)
                ),
                translate("FileActions", "Remove from list"),
            )
        ):
            window.settings.forget_recent(str(path))
        return False
    window.set_database(opened)
    return True


def make_backup(window: MainWindow) -> None:
    if window.workspace is None or window.workspace.database.path is None:
        return
    source = window.workspace.database.path
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("FileActions", "Make a backup"),
        str(backup.default_backup_path(source)),
        _filter(),
    )
    if not path:
        return
    try:
        target = backup.backup(source, Path(path))
    except BuurtappError as error:
        warn(window, error)
        return
    window.statusBar().showMessage(
        translate("FileActions", "Backup made: %1").replace("%1", str(target)), 8000
    )
