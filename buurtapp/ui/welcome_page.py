"""The first start: a page that says what Buurtapp is for and offers four ways to begin.

Shown in the main window (not a dialog in the way) while no file is open at start: the first
start, a last file that is missing (a USB stick not plugged in: the message on the page, the
recent files below to choose it once the stick is in), or a file asked for that could not be
opened. The four choices: a new centre (its name and place asked first), the example (the
demo, written the first time), a new centre filled from a spreadsheet (the import wizard on
the new file), or a file that exists (the open dialog, and the recent files, one click each).

Loaded only when needed: a normal start (a file exists) never imports this module. The page
takes the place of the window's pages (the sidebar and lists, which need a file) in a stack
made the first time; it leaves as soon as any file opens, by whatever route (also File >
Open). The menu items that need a file are off already (the window does that with no file);
the search field and the page shortcuts are hidden and off while the page shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.errors import BuurtappError, DatabaseError
from buurtapp.core.storage import paths
from buurtapp.qt_text import QT_TRANSLATE_NOOP, arg
from buurtapp.ui import file_actions
from buurtapp.ui.about import app_icon
from buurtapp.ui.ask import warn
from buurtapp.ui.new_centre_dialog import NewCentreDialog
from buurtapp.ui.style import enlarge, heading
from buurtapp.ui.window_protocol import Window, widget_of


class Host(Window, Protocol):
    """The main window as the page knows it (it does not import the window, which imports
    this module when it shows the page)."""

    welcome: WelcomePage | None
    splitter: QSplitter


translate = QCoreApplication.translate

#: The choices in their order on the page: object name, title (with its Alt+letter), line.
CHOICES = (
    (
        "welcome_new",
        QT_TRANSLATE_NOOP("WelcomePage", "Start a &new centre"),
        QT_TRANSLATE_NOOP(
            "WelcomePage",
            "An empty file for your community centre; you give its name and we begin.",
        ),
    ),
    (
        "welcome_example",
        QT_TRANSLATE_NOOP("WelcomePage", "Look at the e&xample"),
        QT_TRANSLATE_NOOP(
            "WelcomePage",
            "A made-up neighbourhood to look around in and try things; it is marked as example.",
        ),
    ),
    (
        "welcome_import",
        QT_TRANSLATE_NOOP("WelcomePage", "Bring in your &spreadsheet"),
        QT_TRANSLATE_NOOP(
            "WelcomePage",
            "A new file for your centre, filled from the list you keep in Excel or as CSV.",
        ),
    ),
    (
        "welcome_open",
        QT_TRANSLATE_NOOP("WelcomePage", "&Open an existing file"),
        QT_TRANSLATE_NOOP(
            "WelcomePage", "A Buurtapp file on this computer, a USB stick or a network folder."
        ),
    ),
)


class WelcomePage(QScrollArea):
    """Heading, one sentence, the four choices and the recent files; scrolls on a small
    screen or with large text."""

    def __init__(self, window: Host, message: str = "") -> None:
        super().__init__()
        self.setObjectName("welcome_page")
        self.main_window = window
        #: Why the page shows (the last file is missing), kept for a rebuilt window.
        self.message = message
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        column = QWidget()
        column.setObjectName("welcome_column")
        column.setMaximumWidth(column.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        layout.addLayout(self._title_row(window))
        purpose = QLabel(
            self.tr(
                "Buurtapp keeps your community centre's activities, who takes part and who "
                "came, and prints the week programme and sign-in sheets. Everything stays on "
                "this computer. How would you like to begin?"
            )
        )
        purpose.setWordWrap(True)
        layout.addWidget(purpose)
        self.message_label = QLabel(message)
        self.message_label.setObjectName("welcome_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_label.setMargin(8)
        self.message_label.setVisible(bool(message))
        layout.addWidget(self.message_label)

        self.choices: dict[str, QPushButton] = {}
        slots = (self.new_centre, self.show_example, self.import_spreadsheet, self.open_file)
        for (name, title, line), slot in zip(CHOICES, slots, strict=True):
            button, explanation = _choice(
                translate("WelcomePage", title), translate("WelcomePage", line)
            )
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.choices[name] = button
            pair = QVBoxLayout()
            pair.setSpacing(3)
            pair.addWidget(button)
            pair.addWidget(explanation)
            layout.addSpacing(4)
            layout.addLayout(pair)

        self.recent_heading = QLabel(self.tr("Recently opened:"))
        self.recent_heading.setObjectName("welcome_recent_heading")
        self.recent_box = QVBoxLayout()
        self.recent_box.setContentsMargins(24, 0, 0, 0)
        self.recent_box.setSpacing(2)
        self.recent_buttons: list[QPushButton] = []
        layout.addWidget(self.recent_heading)
        layout.addLayout(self.recent_box)
        layout.addStretch(1)
        self.fill_recent()

        body = QWidget()
        centred = QHBoxLayout(body)
        centred.addStretch(1)
        centred.addWidget(column, 100)
        centred.addStretch(1)
        self.setWidget(body)

    def _title_row(self, window: Host) -> QHBoxLayout:
        icon = QLabel()
        icon.setObjectName("welcome_icon")
        icon.setPixmap(app_icon().pixmap(QSize(64, 64), widget_of(window).devicePixelRatioF()))
        title = heading(self.tr("Welcome to Buurtapp"), 1.8)
        title.setObjectName("welcome_heading")
        title.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addSpacing(12)
        row.addWidget(title, 1, Qt.AlignmentFlag.AlignVCenter)
        return row

    def fill_recent(self) -> None:
        """The recent files, newest first, one button each (one click or Enter opens it)."""
        for old in self.recent_buttons:
            self.recent_box.removeWidget(old)
            old.deleteLater()
        self.recent_buttons = []
        for number, path in enumerate(self.main_window.settings.recent_files):
            where = Path(path)
            button = QPushButton()
            button.setObjectName(f"welcome_recent_{number}")
            button.setToolTip(path)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.setAutoDefault(True)
            enlarge(button, 1.05)
            # a deep folder is shortened in its middle (the whole path is the tooltip), so a
            # long path never makes the page wider than a small screen
            metrics = button.fontMetrics()
            folder = metrics.elidedText(
                str(where.parent), Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * 40
            )
            text = arg(self.tr("%1 in %2"), where.name, folder)
            button.setText(text.replace("&", "&&"))  # a name's & is no Alt+letter
            button.clicked.connect(lambda _checked=False, p=path: self.open_recent(Path(p)))
            self.recent_box.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_heading.setVisible(bool(self.recent_buttons))

    # -- the four choices ----------------------------------------------------------------------
    def new_centre(self, then_import: bool = False) -> NewCentreDialog:
        """Name and place first (a small dialog); the file is made and opened when they are
        right, and then (``then_import``) the import wizard opens on it."""
        window = self.main_window
        dialog = file_actions.new_database(window, then_import)
        if then_import:
            dialog.accepted.connect(lambda: bring_in(window))
        return dialog

    def show_example(self) -> bool:
        """The demo: written the first time (a second or two: said in the status bar, with a
        busy cursor), then opened like any file."""
        window = self.main_window
        writing = not paths.demo_database().exists()
        if writing:
            window.statusBar().showMessage(self.tr("Making the example…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            # the message and cursor show before the work starts; clicks wait till after
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            path = file_actions.example_file()
        except BuurtappError as error:
            warn(widget_of(window), error)
            return False
        except OSError as error:
            where = str(paths.demo_database())
            problem = DatabaseError("path_unwritable", path=where, reason=error.strerror)
            warn(widget_of(window), problem)
            return False
        finally:
            if writing:
                QApplication.restoreOverrideCursor()
                window.statusBar().clearMessage()
        return file_actions.open_path(window, path)

    def import_spreadsheet(self) -> NewCentreDialog:
        return self.new_centre(then_import=True)

    def open_file(self) -> None:
        file_actions.open_database(self.main_window)
        self._still_here()

    def open_recent(self, path: Path) -> bool:
        opened = file_actions.open_path(self.main_window, path)
        self._still_here()
        return opened

    def _still_here(self) -> None:
        """Not opened (cancelled, missing, in use): the page stays, with the recent files as
        they are now (one may have been forgotten)."""
        if self.main_window.welcome is self:
            self.fill_recent()

    # -- in and out of the window --------------------------------------------------------------
    def leave(self) -> None:
        """A file is open: the window's pages come back and the page goes."""
        window = self.main_window
        window.welcome = None
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QStackedWidget):
            holder = holder.parentWidget()
        if holder is not None:
            holder.setCurrentWidget(window.splitter)
            holder.removeWidget(self)
        self.hide()
        self.deleteLater()
        _page_tools(window, True)


def _choice(title: str, line: str) -> tuple[QPushButton, QLabel]:
    """A big button (bold, its text from the left, Alt+letter) and its line beneath it (the
    line is the button's description for a screen reader too)."""
    button = QPushButton(title)
    button.setAccessibleDescription(line)
    button.setAutoDefault(True)  # Enter chooses, as Space does
    button.setStyleSheet("text-align: left; padding: 10px 16px;")
    enlarge(button, 1.2, bold=True)
    explanation = QLabel(line)
    explanation.setWordWrap(True)
    explanation.setContentsMargins(18, 0, 0, 0)
    return button, explanation


def show_welcome(window: Host, message: str = "") -> WelcomePage:
    """Put the welcome page in ``window`` in place of its pages (or give the one shown the new
    ``message``); the keyboard on the first choice."""
    page = window.welcome
    if page is not None:
        page.message = message
        page.message_label.setText(message)
        page.message_label.setVisible(bool(message))
        return page
    main = widget_of(window)
    holder = main.centralWidget()
    if not isinstance(holder, QStackedWidget):
        # The splitter (sidebar and pages) into a stack, once: taken out first, because a
        # main window deletes a central widget it is told to replace.
        main.takeCentralWidget()  # the splitter: window.splitter keeps it
        holder = QStackedWidget()
        holder.setObjectName("central_stack")
        holder.addWidget(window.splitter)
        main.setCentralWidget(holder)
        holder.show()  # at once, not at the next turn of the event loop (keyboard focus)
    page = WelcomePage(window, message)
    holder.addWidget(page)
    holder.setCurrentWidget(page)
    window.welcome = page
    _page_tools(window, False)
    page.choices["welcome_new"].setFocus(Qt.FocusReason.OtherFocusReason)
    return page


def _page_tools(window: Host, on: bool) -> None:
    """The search field, Ctrl+F and the page shortcuts (Ctrl+1…7) need the pages."""
    main = widget_of(window)
    toolbar = main.findChild(QToolBar, "search_toolbar")
    if toolbar is not None:
        toolbar.setVisible(on)
    for action in main.findChildren(QAction):
        if action.objectName().startswith("action_page_") or action.objectName() == "action_find":
            action.setEnabled(on)


def bring_in(window: Host) -> None:
    """The import wizard on the file just made. Cancelling it keeps the new (empty) file open,
    without a question: the centre's name and place were chosen on purpose, and the wizard is
    in the File menu for later (the status bar says where)."""
    dialog = window.import_spreadsheet()
    if dialog is None:
        return
    later = translate(
        "WelcomePage",
        "Your new file is open. Bring in a spreadsheet later with File > Import a spreadsheet.",
    )
    dialog.rejected.connect(lambda: window.statusBar().showMessage(later, 20_000))
