"""File > New, Open and Backup: the dialogs around ``core.database`` and ``core.backup``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from buurtapp.core import backup, database
from buurtapp.core.errors import BuurtappError
from buurtapp.core.i18n import DEFAULT

if TYPE_CHECKING:
    from buurtapp.ui.main_window import MainWindow


def ui_language() -> str:
    """The language the window speaks, for messages that come from the core."""
    from PySide6.QtCore import QLocale

    return "en" if QLocale().language() == QLocale.Language.English else DEFAULT


def show_error(parent: QWidget, error: BuurtappError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("FileActions", "Buurtapp"), error.message(ui_language())
    )


def _filter() -> str:
    return QCoreApplication.translate(
        "FileActions", "Buurtapp database (*.db *.sqlite);;All files (*)"
    )


def new_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("FileActions", "New database"), "buurthuis.db", _filter()
    )
    if not path:
        return
    try:
        window.set_database(database.create_database(Path(path)))
    except BuurtappError as exc:
        show_error(window, exc)


def open_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("FileActions", "Open database"), "", _filter()
    )
    if not path:
        return
    try:
        window.set_database(database.open_database(Path(path)))
    except BuurtappError as exc:
        show_error(window, exc)


def make_backup(window: MainWindow) -> None:
    if window.database is None or window.database.path is None:
        return
    suggestion = backup.default_backup_path(window.database.path)
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("FileActions", "Make a backup"),
        str(suggestion),
        _filter(),
    )
    if not path:
        return
    try:
        target = backup.backup(window.database.path, Path(path))
    except BuurtappError as exc:
        show_error(window, exc)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("FileActions", "Backup made: %1").replace("%1", str(target)),
        8000,
    )
