"""Small shared looks: headings, so every page speaks with the same voice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def enlarge(widget: QWidget, scale: float, bold: bool = False) -> None:
    """Make ``widget``'s font ``scale`` times larger (and bold if asked)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def heading(text: str = "", scale: float = 1.5) -> QLabel:
    """A bold page or section heading."""
    label = QLabel(text)
    enlarge(label, scale, bold=True)
    return label


#: Where the keyboard is, always visible (issue 14): a list, table or the sidebar with focus
#: gets a frame in the highlight colour (same width without focus, so nothing shifts).
FOCUS_RULES = """
QAbstractItemView { border: 2px solid palette(mid); }
QAbstractItemView:focus { border: 2px solid palette(highlight); }
QHeaderView { border: none; }
"""


def error_colour() -> str:
    """The colour of an error or a warning word: a deep red on a light palette, a light red on
    a dark or high-contrast one, so it can be read on either (never a fixed colour)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return "#ff8a80" if window.lightness() < 128 else "#b00020"


def error_style(bold: bool = False) -> str:
    return f"color: {error_colour()};" + (" font-weight: bold;" if bold else "")


def show_focus(window: QWidget) -> None:
    """Show keyboard focus on ``window`` from the start: frames on focused lists, and the
    style's focus marks on buttons and check boxes without waiting for a first Tab."""
    window.setStyleSheet(window.styleSheet() + FOCUS_RULES)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
