"""Qt's translation helpers, typed as ``str``: PySide6 declares ``QT_TRANSLATE_NOOP`` as
returning ``object``. lupdate finds the texts by the helpers' names, which stay the same."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it untranslated."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, always a ``str``."""
    return str(QCoreApplication.translate(context, text, disambiguation, n))


def arg(text: str, *values: str) -> str:
    """Qt's ``%1``, ``%2``… filled in ONE pass: a value that itself holds ``%2`` (a folder
    named ``stick %2``) stays as it is, where chained ``replace`` calls would fill it in."""

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return values[n - 1] if 0 < n <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)
