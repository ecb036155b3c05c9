"""What the window's parts (menus, printing, file actions, the backups dialog) may use of it.

The parts are built by ``main_window`` and must not import it back: that made the window and
its parts one knot that could only be read, tested or changed together. They see the window
through :class:`Window`, the few attributes and methods they actually use; ``MainWindow``
satisfies it without naming it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QDialog, QListWidget, QMainWindow, QMenuBar, QStatusBar

from buurtapp.core.storage.connection import Database
from buurtapp.ui.backup_controller import BackupController
from buurtapp.ui.list_page import ListPage
from buurtapp.ui.print_button import DocumentOutput as PrintsDocuments
from buurtapp.ui.settings import Settings
from buurtapp.ui.week_page import WeekPage
from buurtapp.ui.workspace import Workspace


class DocumentOutput(PrintsDocuments, Protocol):
    """The window's printing: documents of the catalogue by key (as the print buttons use
    them), and the agenda."""

    def export_ics(
        self, path: Path | None = None, with_notes: bool | None = None
    ) -> Path | None: ...


class Window(Protocol):
    """The main window as its parts know it."""

    @property
    def workspace(self) -> Workspace | None: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def backups(self) -> BackupController: ...

    @property
    def week_page(self) -> WeekPage | None: ...

    @property
    def pages(self) -> dict[str, ListPage]: ...

    @property
    def sidebar(self) -> QListWidget: ...

    @property
    def undo_group(self) -> QUndoGroup: ...

    @property
    def printing(self) -> DocumentOutput: ...

    def statusBar(self) -> QStatusBar: ...

    def menuBar(self) -> QMenuBar: ...

    def close(self) -> bool: ...

    def current_kind(self) -> str: ...

    def page_titles(self) -> list[tuple[str, str]]: ...

    def set_database(self, database: Database | None, checked: bool = False) -> None: ...

    def restore_backup(self, backup: Path) -> bool: ...

    def show_welcome(self, message: str = "") -> None: ...

    def review_retention(self) -> QDialog | None: ...

    def show_backups(self) -> QDialog | None: ...

    def new_record(self) -> None: ...

    def focus_search(self) -> None: ...

    def focus_page(self, row: int) -> None: ...

    def choose_language(self, code: str) -> None: ...

    def choose_text_size(self, percent: int) -> None: ...

    def import_spreadsheet(self) -> QDialog | None: ...

    def export_list(self, file_format: str, path: Path | None = None) -> Path | None: ...


def widget_of(window: Window) -> QMainWindow:
    """``window`` as the Qt window it is (for parents of dialogs, actions and objects)."""
    if not isinstance(window, QMainWindow):
        raise TypeError("the window is not a QMainWindow")
    return window
