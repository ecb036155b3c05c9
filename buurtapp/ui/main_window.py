"""The main window: a sidebar of lists, the list pages, the File menu and the status bar.

It knows which database is open and refreshes the pages from ``core.listings``; opening,
creating and backing up files is done by :mod:`buurtapp.ui.file_actions`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from buurtapp.core import listings
from buurtapp.core.database import Database
from buurtapp.ui import file_actions
from buurtapp.ui.columns import COLUMNS, PAGE_TITLES
from buurtapp.ui.list_page import ListPage


class MainWindow(QMainWindow):
    def __init__(self, database: Database | None = None) -> None:
        super().__init__()
        self.database: Database | None = None
        self.setObjectName("main_window")
        self.resize(QSize(1200, 760))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMaximumWidth(240)
        font = QFont(self.sidebar.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.sidebar.setFont(font)
        self.stack = QStackedWidget()
        self.pages: dict[str, ListPage] = {}
        for kind in listings.KINDS:
            page = ListPage(kind, PAGE_TITLES[kind], COLUMNS[kind])
            self.pages[kind] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(QCoreApplication.translate("Pages", PAGE_TITLES[kind]))
            item.setSizeHint(QSize(180, 36))
            self.sidebar.addItem(item)
        self._stale: set[str] = set()
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setCurrentRow(0)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 1000])
        self.setCentralWidget(splitter)

        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self._build_menu()
        self.set_database(database)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))

        def action(
            text: str,
            slot,
            shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
            name: str = "",
        ) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        action(
            self.tr("&New database…"),
            lambda: file_actions.new_database(self),
            QKeySequence.StandardKey.New,
            "action_new",
        )
        action(
            self.tr("&Open…"),
            lambda: file_actions.open_database(self),
            QKeySequence.StandardKey.Open,
            "action_open",
        )
        menu.addSeparator()
        self.backup_action = action(
            self.tr("Make a &backup…"),
            lambda: file_actions.make_backup(self),
            None,
            "action_backup",
        )
        menu.addSeparator()
        action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "action_quit")
        # Switch lists with Ctrl+1 … Ctrl+5.
        for number in range(len(self.pages)):
            switch = QAction(self)
            switch.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            switch.triggered.connect(lambda _=False, n=number: self.sidebar.setCurrentRow(n))
            self.addAction(switch)

    def set_database(self, database: Database | None) -> None:
        """Show ``database`` (closing the one shown before) and refresh every list."""
        if self.database is not None and self.database is not database:
            self.database.close()
        self.database = database
        self.backup_action.setEnabled(database is not None)
        if database is None:
            self.setWindowTitle("Buurtapp")
            self.file_label.setText(self.tr("No database open"))
        else:
            name = database.path.name if database.path else ""
            self.setWindowTitle(f"{name} — Buurtapp")
            self.file_label.setText(str(database.path))
        self.refresh()

    def refresh(self) -> None:
        """Reload the list on screen now; the others when they are next shown."""
        self._stale = set(self.pages)
        self._load(self._current_kind())

    def _current_kind(self) -> str:
        return list(self.pages)[max(self.sidebar.currentRow(), 0)]

    def _load(self, kind: str) -> None:
        if kind in self._stale:
            self._stale.discard(kind)
            self.pages[kind].set_rows(listings.rows(self.database, kind) if self.database else [])

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if row >= 0:
            self._load(self._current_kind())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None
        super().closeEvent(event)
