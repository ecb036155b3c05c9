"""Small shared looks: headings, so every page speaks with the same voice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


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
"""


def show_focus(window: QWidget) -> None:
    """Show keyboard focus on ``window`` from the start: frames on focused lists, and the
    style's focus marks on buttons and check boxes without waiting for a first Tab."""
    window.setStyleSheet(window.styleSheet() + FOCUS_RULES)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
