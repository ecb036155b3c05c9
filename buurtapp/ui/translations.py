"""The window's language: Dutch unless the system (or the setting) asks for English."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from buurtapp.qt_support import SUPPORTED, install_translations

__all__ = ["QTranslator", "choose_language", "install"]

install = install_translations


def choose_language(requested: str | None = None) -> str:
    """The requested language if supported, else English for an English system, else Dutch."""
    if requested in SUPPORTED:
        return requested
    system = QLocale.system().language()
    return "en" if system == QLocale.Language.English else "nl"
