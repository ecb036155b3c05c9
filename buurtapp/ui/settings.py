"""The window's settings, declared once with their types and defaults (QSettings underneath).

User preferences (language, text size) and window state (geometry, columns, recent files) live
in the same file but in separate groups. Tests point QSettings at a temporary folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QByteArray, QSettings

from buurtapp.computer_settings import (
    DEFAULT_TEXT_SIZE,
    LANGUAGE,
    LANGUAGES,
    SECOND_BACKUP_FOLDER,
    TEXT_SIZE,
    TEXT_SIZES,
)

__all__ = ["DEFAULT_TEXT_SIZE", "MAX_RECENT", "TEXT_SIZES", "Settings"]

MAX_RECENT = 8


class Settings:
    """Typed access to the few things Buurtapp remembers between runs."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    # -- preferences -----------------------------------------------------------------------
    @property
    def language(self) -> str:
        """'' follows the system; otherwise 'nl' or 'en'."""
        value = str(self.store.value(LANGUAGE, "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue(LANGUAGE, value)

    @property
    def text_size(self) -> int:
        """Text size in percent of the system's own font size (one of ``TEXT_SIZES``)."""
        value = str(self.store.value(TEXT_SIZE, DEFAULT_TEXT_SIZE))
        return int(value) if value.isdigit() and int(value) in TEXT_SIZES else DEFAULT_TEXT_SIZE

    @text_size.setter
    def text_size(self, value: int) -> None:
        self.store.setValue(TEXT_SIZE, value if value in TEXT_SIZES else DEFAULT_TEXT_SIZE)

    @property
    def second_backup_folder(self) -> str:
        """A folder (a USB stick, a network share) that gets a copy of every automatic backup
        too; '' for none. Per computer: another laptop has another stick."""
        return str(self.store.value(SECOND_BACKUP_FOLDER, "") or "")

    @second_backup_folder.setter
    def second_backup_folder(self, value: str) -> None:
        self.store.setValue(SECOND_BACKUP_FOLDER, value)

    # -- files -------------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        # QSettings gives a list for a list (one lone entry comes back as a string, above).
        return [str(v) for v in cast(Iterable[object], value or [])][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self.store.setValue("files/recent", files[:MAX_RECENT])
        self.store.setValue("files/last", path)

    def forget_recent(self, path: str) -> None:
        self.store.setValue("files/recent", [p for p in self.recent_files if p != path])

    @property
    def last_file(self) -> str:
        return str(self.store.value("files/last", "") or "")

    # -- window state ------------------------------------------------------------------------
    def state(self, key: str) -> QByteArray | None:
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.store.sync()
