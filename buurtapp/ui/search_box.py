"""One search field for everything (Ctrl+F): results appear as you type, Enter opens one."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from buurtapp.core.errors import BuurtappError
from buurtapp.core.model.search import search
from buurtapp.ui.columns import PAGE_TITLES
from buurtapp.ui.workspace import Workspace

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SearchBox(QLineEdit):
    """Emits ``open_record(kind, id)`` when a result is chosen."""

    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_box")
        self.setAccessibleName(self.tr("Search everything"))
        self.setPlaceholderText(self.tr("Search everything (Ctrl+F)…"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.workspace: Workspace | None = None
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(16)
        self.completer_.setWidget(self)
        # PySide6's stubs do not know the overloaded signal's [QModelIndex] form.
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        # No waiting after a keystroke: a search takes a few milliseconds even on 20,000
        # participants (core.model.search). The zero timer only lets keys that are already
        # queued (a paste, fast typing) arrive before searching, so they make one search.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.clear()
        self.results.clear()

    def run_search(self) -> None:
        """Fill the result list for the current text and show it."""
        self._timer.stop()
        self.results.clear()
        text = self.text().strip()
        if not text or self.workspace is None:
            if (popup := self.completer_.popup()) is not None:
                popup.hide()
            return
        try:
            hits = search(self.workspace.database, text)
        except (BuurtappError, sqlite3.Error) as error:  # the list says so; never a traceback
            logging.getLogger("buurtapp.search").warning("search for %r failed: %s", text, error)
            failed = QStandardItem(self.tr("Searching failed; try other words."))
            failed.setEnabled(False)
            self.results.appendRow(failed)
            self.completer_.complete()
            return
        for hit in hits:
            kind = QCoreApplication.translate("Pages", PAGE_TITLES[hit.kind])
            item = QStandardItem(f"{hit.text}   —   {kind}")
            item.setData(hit.kind, KIND_ROLE)
            item.setData(hit.record_id, ID_ROLE)
            self.results.appendRow(item)
        if not hits:
            empty = QStandardItem(self.tr("Nothing found for “%1”").replace("%1", text))
            empty.setEnabled(False)
            self.results.appendRow(empty)
        self.completer_.complete()

    def _chosen(self, index: QModelIndex) -> None:
        kind, record_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        QTimer.singleShot(0, self.clear)
        if kind:
            self.open_record.emit(kind, int(record_id))
