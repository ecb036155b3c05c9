"""Small shared looks: headings, so every page speaks with the same voice."""

from __future__ import annotations

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
