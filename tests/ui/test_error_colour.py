"""Error words stay readable on a light and on a dark (or high-contrast) palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from buurtapp.ui.style import error_colour


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(
            c.blueF()
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_error_colour_can_be_read_on_light_and_dark_windows(qapp) -> None:
    original = QApplication.palette()
    try:
        for background in ("#ffffff", "#efefef", "#000000", "#2b2b2b"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            QApplication.setPalette(palette)
            # WCAG AA for normal text: a contrast of at least 4.5
            assert _contrast(QColor(error_colour()), QColor(background)) >= 4.5, background
    finally:
        QApplication.setPalette(original)
