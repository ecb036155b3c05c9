"""The main window: a sidebar of pages (this week and the lists), menus, search, status bar.

It holds the open :class:`Workspace` and refreshes pages when the workspace reports a change;
everything else is delegated: dialogs to ``record_actions``, files to ``file_actions``, menus
to ``menus``.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import app_settings, listings
from buurtapp.core.opening import open_file
from buurtapp.core.storage.connection import Database
from buurtapp.ui import (
    keyboard,
    menus,
    record_actions,
    window_geometry,
    window_state,
)
from buurtapp.ui.ask import ui_language, warn
from buurtapp.ui.backup_controller import BackupController
from buurtapp.ui.columns import COLUMNS, PAGE_TITLES
from buurtapp.ui.damage_watch import DamageWatch
from buurtapp.ui.list_page import ListPage
from buurtapp.ui.printing import Printing
from buurtapp.ui.search_box import SearchBox
from buurtapp.ui.settings import Settings
from buurtapp.ui.style import enlarge, error_style, show_focus
from buurtapp.ui.week_page import WeekPage
from buurtapp.ui.workspace import Workspace

if TYPE_CHECKING:
    from buurtapp.ui.insights_page import InsightsPage
    from buurtapp.ui.welcome_page import WelcomePage

WEEK = "week"
INSIGHTS = "insights"


class MainWindow(QMainWindow):
    #: Asks the application to show the window again in another language.
    language_changed = Signal(str)
    #: Asks the application to show the window again with another text size (percent).
    text_size_changed = Signal(int)

    def __init__(
        self,
        database: Database | Workspace | None = None,
        settings: Settings | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        self.today = today
        self.workspace: Workspace | None = None
        self.undo_group = QUndoGroup(self)
        window_geometry.fit_first(self)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setAccessibleDescription(self.tr("Choose a page; Ctrl+1 to Ctrl+7 go there"))
        self.sidebar.setMaximumWidth(240)
        self.sidebar.setMinimumWidth(160)
        enlarge(self.sidebar, 1.15)
        self.stack = QStackedWidget()
        self.pages: dict[str, ListPage] = {}
        self.week_page: WeekPage | None = None
        # Index 0 holds the week page, or a hint while no database is open.
        self.week_holder = QStackedWidget()
        placeholder = QLabel(self.tr("Open or create a database to begin (File menu)."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week_holder.addWidget(placeholder)
        self.stack.addWidget(self.week_holder)
        self._add_sidebar_item(self.tr("This week"))
        # Index 1 holds the insights page once a database is open.
        self.insights_holder = QStackedWidget()
        self.insights_holder.addWidget(
            QLabel(self.tr("Open or create a database to begin (File menu)."))
        )
        self._insights_page: InsightsPage | None = None  # made when first shown
        self.stack.addWidget(self.insights_holder)
        self._add_sidebar_item(self.tr("Insights"))
        for kind in listings.KINDS:
            page = ListPage(kind, PAGE_TITLES[kind], COLUMNS[kind])
            page.open.connect(lambda record_id, k=kind: self.open_record(k, record_id))
            page.new.connect(self.new_record)
            page.delete.connect(lambda record_id, k=kind: self.delete_record(k, record_id))
            self.pages[kind] = page
            self.stack.addWidget(page)
            self._add_sidebar_item(QCoreApplication.translate("Pages", PAGE_TITLES[kind]))
        self._stale: set[str] = set()
        self.sidebar.currentRowChanged.connect(self._show_page)
        self._fit_sidebar()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([self._sidebar_width, 10_000])
        self.splitter.setSizes([200, 1040])
        self.setCentralWidget(self.splitter)

        self.search = SearchBox(self)
        self.search.open_record.connect(self.open_record)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        self.file_label = QLabel()
        # a long path must not make the window wider than a small screen: it may be cut
        # (the whole path is in its tooltip and, by name, in the title bar)
        self.file_label.setMinimumWidth(60)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backup_label")
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("read_only_banner")
        self.read_only_label.setStyleSheet(error_style(bold=True))
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self.backups = BackupController(self.backup_label, self)
        self.damage = DamageWatch(self, self.backups)
        self.printing = Printing(self)
        self.actions_ = menus.build(self)
        show_focus(self)  # where the keyboard is shows from the start, not after a Tab
        self._restore_state()
        self.sidebar.setCurrentRow(0)
        #: The first start's page (ui/welcome_page), shown instead of the pages until a file opens.
        self.welcome: WelcomePage | None = None
        if isinstance(database, Workspace):
            self.set_workspace(database)
        else:
            self.set_database(database)

    def _fit_sidebar(self) -> None:
        """As wide as the longest page name at any text size (never "Organisati…") when the
        screen has room: the splitter starts there, and only a too small screen narrows it."""
        metrics = self.sidebar.fontMetrics()
        items = (self.sidebar.item(n).text() for n in range(self.sidebar.count()))
        self._sidebar_width = max(metrics.horizontalAdvance(text) for text in items) + 32
        self.sidebar.setMaximumWidth(max(240, self._sidebar_width))

    def _add_sidebar_item(self, text: str) -> None:
        item = QListWidgetItem(text)
        # as tall as the text needs (Beeld > Tekstgrootte), with the same air as at 100%
        item.setSizeHint(QSize(180, max(36, self.sidebar.fontMetrics().height() + 16)))
        self.sidebar.addItem(item)

    def page_titles(self) -> list[tuple[str, str]]:
        return [(WEEK, self.tr("This week")), (INSIGHTS, self.tr("Insights"))] + [
            (kind, QCoreApplication.translate("Pages", PAGE_TITLES[kind])) for kind in self.pages
        ]

    # -- the open database ---------------------------------------------------------------------
    def set_database(self, database: Database | None, checked: bool = False) -> None:
        """Show ``database``, closing the one shown before. Its full check and opening backup
        run in the background unless it was ``checked`` already."""
        workspace = Workspace(database, self, self.today) if database is not None else None
        if workspace is not None:
            workspace.checked = checked
            if not checked:
                self.damage.file_opened()
        self.set_workspace(workspace)

    def damage_seen(self, problem: str, path: Path | None) -> bool:
        """An error that looks like damage reached the error catcher (see ``DamageWatch``)."""
        return self.damage.seen(problem, path)

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.backups.stop()  # the check of the file shown before is of no use any more
        if self.workspace is not None and self.workspace is not workspace:
            # Release the old file completely: its pages first (typed notes saved, insights
            # cancelled), then its undo stack, signals, parent and database (and lock).
            old = self.workspace
            self._detach_pages()
            self.undo_group.removeStack(old.undo_stack)
            with contextlib.suppress(RuntimeError, TypeError):
                old.changed.disconnect()  # the window, the backups: nobody listens any more
            old.close()
            old.setParent(None)
        self.workspace = workspace
        if workspace is not None and self.welcome is not None:
            self.welcome.leave()  # a file is open: its pages take the welcome page's place
        self.search.set_workspace(workspace)
        for name, action in self.actions_.items():
            if name in ("backup", "backups", "import", "retention") or name.startswith(
                ("print_", "pdf_", "export_")
            ):
                action.setEnabled(workspace is not None)
        self._detach_pages()
        if workspace is None:
            self.setWindowTitle("Buurtapp")
            self.file_label.setText(self.tr("No database open"))
        else:
            workspace.setParent(self)
            self.undo_group.addStack(workspace.undo_stack)
            self.undo_group.setActiveStack(workspace.undo_stack)
            workspace.changed.connect(self._changed)
            path = workspace.database.path
            title = [path.name if path else ""]
            if app_settings.is_example(workspace.database):  # the made-up demo says so
                title.append(self.tr("Example"))
            self.setWindowTitle(" — ".join([*title, "Buurtapp"]))
            self.file_label.setText(str(path))
            self.file_label.setToolTip(str(path))
            if path is not None:
                self.settings.add_recent(str(path))
            self._attach_pages(workspace)
        self.backups.attach(workspace)
        read_only = workspace is not None and workspace.database.read_only
        self.read_only_label.setText(
            self.tr("Read-only: changes cannot be saved") if read_only else ""
        )
        self.stack.setCurrentIndex(max(self.sidebar.currentRow(), 0))
        self.refresh()
        keyboard.reading_order(self, self.sidebar, self.stack, self.search)
        if workspace is not None:  # keyboard first: the page's list has the keys at once
            self.focus_page(max(self.sidebar.currentRow(), 0))

    def show_welcome(self, message: str = "") -> None:
        """No file to show: the welcome page (``message``: why, e.g. the last file is missing)."""
        from buurtapp.ui.welcome_page import show_welcome

        show_welcome(self, message)

    @property
    def current_file(self) -> Path | None:
        """The file shown (None when none is open or it lives in memory)."""
        database = self.database
        return database.path if database is not None else None

    @property
    def database(self) -> Database | None:
        return self.workspace.database if self.workspace else None

    def detach_workspace(self) -> Workspace | None:
        """Hand the open workspace to another window (after a change of language)."""
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            self.undo_group.removeStack(workspace.undo_stack)
            workspace.changed.disconnect(self._changed)
            workspace.setParent(None)
        return workspace

    # -- pages ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list on screen now; the others when they are next shown."""
        self._stale = set(self.pages)
        self._load_current()

    def current_kind(self) -> str:
        """The page on screen: 'week' or one of the list kinds."""
        return self._current_kind()

    @property
    def insights_page(self) -> InsightsPage | None:
        """The insights of the open file, made when first asked for (it brings the charts
        and the eight lessons' figures: not needed for the first frame)."""
        if self._insights_page is None and self.workspace is not None:
            from buurtapp.ui.insights_page import InsightsPage

            page = InsightsPage(self.workspace)
            page.open_record.connect(self.open_record)
            page.print_requested.connect(self.printing.preview_job)
            self.insights_holder.addWidget(page)
            self.insights_holder.setCurrentWidget(page)
            self._insights_page = page
        return self._insights_page

    def _attach_pages(self, workspace: Workspace) -> None:
        """The pages that belong to one open file: this week (the insights follow when first
        shown)."""
        self.week_page = WeekPage(workspace, today=workspace.today)
        self.week_holder.addWidget(self.week_page)
        self.week_holder.setCurrentWidget(self.week_page)
        self.week_page.print_requested.connect(self.printing.print_document)

    def _detach_pages(self) -> None:
        if self.week_page is not None:
            self.week_page.flush()  # nothing typed is lost
            self.week_holder.removeWidget(self.week_page)
            self.week_page.deleteLater()
            self.week_page = None
        if self._insights_page is not None:
            self._insights_page.stop()
            self.insights_holder.removeWidget(self._insights_page)
            self._insights_page.deleteLater()
            self._insights_page = None

    def _current_kind(self) -> str:
        row = max(self.sidebar.currentRow(), 0)
        return [WEEK, INSIGHTS, *self.pages][row]

    def _load_current(self) -> None:
        kind = self._current_kind()
        if kind == INSIGHTS:
            page = self.insights_page
            if page is not None and page.result is None:
                page.compute()
            return
        if kind in self._stale:
            self._stale.discard(kind)
            self.pages[kind].set_rows(listings.rows(self.database, kind) if self.database else [])

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(max(row, 0))
        self._load_current()

    def _changed(self, _tables: set) -> None:
        # Lists show names of related records, so any change may touch any list.
        self.refresh()

    def show_kind(self, kind: str) -> None:
        self.sidebar.setCurrentRow([WEEK, INSIGHTS, *self.pages].index(kind))

    # -- records -------------------------------------------------------------------------------
    def open_record(self, kind: str, record_id: int) -> None:
        if self.workspace is None:
            return
        self.show_kind(kind)
        self.pages[kind].select_id(record_id)
        record_actions.open_existing(self.workspace, kind, record_id, self)

    def new_record(self) -> None:
        """Ctrl+N: a new record of the list on screen (a participant on the week page)."""
        kind = self._current_kind()
        if self.workspace is not None:
            kind = "participants" if kind in (WEEK, INSIGHTS) else kind
            record_actions.open_new(self.workspace, kind, self)

    def delete_record(self, kind: str, record_id: int) -> None:
        if self.workspace is not None:
            record_actions.delete(self.workspace, kind, record_id, self)

    def import_spreadsheet(self) -> QDialog | None:
        if self.workspace is None:
            return None
        from buurtapp.ui.import_dialog import ImportDialog

        kind = self._current_kind()
        dialog = ImportDialog(
            self.workspace,
            self,
            kind
            if kind in ("participants", "places", "organisations", "activities")
            else "participants",
        )
        dialog.backup = self.backups.backup_now
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_list(self, file_format: str, path: Path | None = None) -> Path | None:
        """The list on screen (or participants) to CSV or Excel."""
        if self.workspace is None:
            return None
        kind = self._current_kind()
        kind = kind if kind in self.pages else "participants"
        if path is None:
            title = QCoreApplication.translate("Pages", PAGE_TITLES[kind])
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export %1").replace("%1", title),
                f"{title.lower()}.{file_format}",
                "CSV (*.csv)" if file_format == "csv" else "Excel (*.xlsx)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        from buurtapp.core.exchange.exporting import export

        try:
            count = export(self.workspace.database, kind, path, file_format, ui_language())
        except BuurtappError as error:
            warn(self, error)
            return None
        self.statusBar().showMessage(
            self.tr("%n row(s) exported to %1", "", count).replace("%1", str(path)),
            8000,
        )
        return path

    def show_backups(self) -> QDialog | None:
        if self.workspace is None:
            return None
        from buurtapp.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def restore_backup(self, backup: Path) -> bool:
        """Put ``backup`` back in place of the open file (which is kept as a backup too). The
        file stays locked throughout, so no other Buurtapp opens it half-way."""
        if self.workspace is None or self.workspace.database.path is None:
            return False
        from buurtapp.core.restoring import restore

        path = self.workspace.database.path
        held = self.workspace.database.take_lock()
        self.set_database(None)
        try:
            kept = restore(backup, path)
            self.set_database(open_file(path, lock=held or True))
            if kept is not None:  # the file as it was: in the second backup folder too
                self.backups.copy_to_second(kept)
        except BuurtappError as error:
            try:  # the backup was refused before the file changed: show the file again
                self.set_database(open_file(path, lock=held or True))
            except BuurtappError:
                if held is not None:
                    held.release()
                self.show_welcome(error.message(ui_language()))  # no file to show any more
            warn(self, error)
            return False
        self.statusBar().showMessage(self.tr("Backup put back."), 8000)
        return True

    def review_retention(self) -> QDialog | None:
        if self.workspace is None:
            return None
        from buurtapp.ui.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.workspace, self)
        dialog.backup = self.backups.backup_now
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def focus_page(self, row: int) -> None:
        """Ctrl+1…7: show page ``row`` and put the keyboard in its main list."""
        self.sidebar.setCurrentRow(row)
        page = self.stack.widget(row)
        if isinstance(page, QStackedWidget):  # the week and insights pages live in holders
            page = page.currentWidget()
        if page is not None:
            keyboard.focus_main_list(page)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def choose_language(self, code: str) -> None:
        self.settings.language = code
        self.language_changed.emit(code)

    def choose_text_size(self, percent: int) -> None:
        """Beeld > Tekstgrootte: remembered, and applied at once (the application rebuilds
        the window, as for a language, so headings follow too)."""
        self.settings.text_size = percent
        self.text_size_changed.emit(percent)

    # -- state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        window_state.restore(self, self.settings, self.splitter, self.pages)

    def save_state(self) -> None:
        window_state.save(self, self.settings, self.splitter, self.pages)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not record_actions.close_forms(self):  # unsaved forms: save, discard or cancel
            event.ignore()
            return
        self.save_state()
        self.backups.stop()  # the check and backup in the background: interrupted, not awaited
        self._detach_pages()  # saves typed notes; cancels the insights before the file closes
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)
