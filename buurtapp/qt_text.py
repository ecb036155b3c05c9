"""Qt's translation helpers, typed as ``str``: PySide6 declares ``QT_TRANSLATE_NOOP`` as
returning ``object``. lupdate finds the texts by the helpers' names, which stay the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it untranslated."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, always a ``str``."""
    return str(QCoreApplication.translate(context, text, disambiguation, n))
