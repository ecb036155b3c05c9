"""F1: which page of the manual fits where the coordinator is, and the key that opens it.

A coordinator who presses F1 wants help with what is on screen, not a table of contents. The
page is found by walking up from the widget with the keyboard focus: a widget (or any of its
parents) may name its page in the dynamic property ``help_page``; otherwise its class says it
(:data:`BY_CLASS`, so dialogs written by others need no change to get the right page); a list
page by what it lists. Nothing found: the page the main window shows.

Record dialogs are window-modal (``open()``), so the main window's own F1 shortcut does not
reach them: :class:`HelpKey`, an application-wide event filter, catches F1 in every window
that belongs to the main window (its dialogs) and opens the viewer there. The viewer itself
(``help_viewer``, with QTextBrowser) is imported only when it is first opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from buurtapp.ui.help_pages import BY_CLASS, BY_KIND, PAGES

__all__ = ["BY_CLASS", "BY_KIND", "PAGES", "HelpKey", "page_for", "show_help"]


def page_of_widget(widget: QWidget | None) -> str | None:
    """The manual's page for ``widget``: its own or its nearest parent's, across dialogs up to
    the main window; None when nothing on the way names one."""
    seen = 0
    while widget is not None and seen < 200:
        named = widget.property("help_page")
        if isinstance(named, str) and named in PAGES:
            return named
        for cls in type(widget).__mro__:
            if cls.__name__ in BY_CLASS:
                return BY_CLASS[cls.__name__]
        kind = getattr(widget, "kind", None)
        if type(widget).__name__ == "ListPage" and kind in BY_KIND:
            return BY_KIND[kind]
        widget = widget.parentWidget()
        seen += 1
    return None


def page_for(window: QWidget, focus: QWidget | None = None) -> str:
    """The page that fits ``focus`` (the widget with the keyboard; by default the
    application's), else the page the main window shows, else the table of contents."""
    focus = focus if focus is not None else QApplication.focusWidget()
    found = page_of_widget(focus)
    if found is not None:
        return found
    if getattr(window, "workspace", None) is None:
        return "start"  # no file open: how to begin
    current_kind = getattr(window, "current_kind", None)
    kind = current_kind() if callable(current_kind) else ""
    return BY_KIND.get(kind, "index")


def show_help(window: QWidget, page: str | None = None) -> QWidget:
    """Open the manual (one viewer per main window, raised when already open) at ``page``,
    by default the page that fits where the keyboard is."""
    from buurtapp.ui.help_viewer import HelpViewer

    name = page or page_for(window)
    modal = QApplication.activeModalWidget()
    if modal is not None and modal.windowModality() == Qt.WindowModality.ApplicationModal:
        # A question or a file dialog (exec) blocks every other window, the shared viewer
        # too: this page opens in a viewer of the dialog's own, gone when it is closed.
        own = HelpViewer(parent=modal)
        own.setWindowFlag(Qt.WindowType.Window)
        own.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        own.open_from(modal)
        own.show_page(name)
        own.show()
        own.browser.setFocus()
        return own
    viewer = getattr(window, "_help_viewer", None)
    if viewer is None:
        viewer = HelpViewer()
        # a window of its own, without parent: a window-modal dialog then never blocks it
        window.destroyed.connect(viewer.deleteLater)
        viewer.destroyed.connect(lambda: setattr(window, "_help_viewer", None))
        window._help_viewer = viewer  # type: ignore[attr-defined]
    viewer.open_from(QApplication.activeWindow() or window)
    viewer.show_page(name)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    viewer.browser.setFocus()  # the arrows and PgDn read on at once
    return viewer


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` lies in a dialog (or a dialog of a dialog) of ``window``."""
    top: QWidget | None = widget.window()
    seen = 0
    while top is not None and seen < 50:
        if top is window:
            return True
        parent = top.parentWidget()
        top = parent.window() if parent is not None else None
        seen += 1
    return False


class HelpKey(QObject):
    """F1 in any dialog of the main window opens the page that fits that dialog.

    Installed on the application (modal dialogs would stop the window's own shortcut); the
    main window itself keeps Help > Handleiding's F1 shortcut, so the filter leaves it alone.
    Parented to the window: it goes when the window goes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QKeyEvent) or not event.matches(
            QKeySequence.StandardKey.HelpContents
        ):
            return False
        if watched.window() is self.window or not _belongs_to(watched, self.window):
            return False
        show_help(self.window, page_for(self.window, watched))
        return True
