"""Beeld > Tekstgrootte (issue 14): the application's font as a percentage of the system's.

The system's own font size is the 100% (someone who set 125% in Windows already gets larger
text); the chosen percentage multiplies it. Widgets that set their own font (headings through
``style.enlarge``) are built from the application font, so the window is rebuilt after a change.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication


def system_font() -> QFont:
    """The font the system (desktop settings, Windows' text size) gives applications."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def font_for(percent: int) -> QFont:
    """The system font at ``percent`` of its size."""
    font = QFont(system_font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * percent / 100))
    return font


def apply(percent: int) -> None:
    """Make ``percent`` the application's text size (for widgets made from now on, and for
    those that did not set a font of their own)."""
    QGuiApplication.setFont(font_for(percent))
