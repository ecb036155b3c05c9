"""Windows that fit the screen they open on (issue 14): a 1366x768 laptop at 150% text leaves
only 911x512 logical pixels, and a geometry saved on a big office screen must not put the
window's buttons and status bar off a small one."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The size the main window likes on a screen with room to spare.
PREFERRED = QSize(1240, 780)
#: Room for the window manager's frame and title bar (not part of a widget's own size).
FRAME = QSize(16, 40)
#: Of that, the part above the window (the title bar).
TITLE = 32


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen (or the primary screen) not taken by task bars."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(wanted: QSize, room: QRect) -> QSize:
    """``wanted`` made no larger than ``room`` less the frame."""
    limit = QSize(max(room.width() - FRAME.width(), 1), max(room.height() - FRAME.height(), 1))
    return wanted.boundedTo(limit)


def fit_first(widget: QWidget, wanted: QSize = PREFERRED) -> None:
    """Size a window opened for the first time: ``wanted`` or the screen, centred."""
    room = available(widget)
    size = fitted_size(wanted, room)
    widget.resize(size)
    widget.move(
        room.x() + (room.width() - size.width()) // 2,
        room.y() + TITLE + (room.height() - FRAME.height() - size.height()) // 2,
    )


def restore(widget: QWidget, saved: QByteArray | None, wanted: QSize = PREFERRED) -> None:
    """Put back a saved geometry, then pull it onto the screen there is now."""
    if saved is None or not widget.restoreGeometry(saved):
        fit_first(widget, wanted)
        return
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Shrink and move ``widget`` (a top-level, not shown yet: its geometry is that of its
    inside) so that all of it, frame and title bar included, is on its screen."""
    room = available(widget)
    size = fitted_size(widget.size(), room)
    if size != widget.size():
        widget.resize(size)
    side = FRAME.width() // 2
    x = min(widget.x(), room.right() + 1 - side - size.width())
    y = min(widget.y(), room.bottom() + 1 - (FRAME.height() - TITLE) - size.height())
    x, y = max(x, room.x() + side), max(y, room.y() + TITLE)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)


def fit_dialog(widget: QWidget, wanted: QSize) -> None:
    """Open a dialog at ``wanted`` (its own idea of a good size), but never larger than the
    screen it opens on: Qt does not shrink an explicitly sized dialog by itself."""
    parent = widget.parentWidget()
    room = available(parent.window() if parent is not None else widget)
    widget.resize(fitted_size(wanted, room))
