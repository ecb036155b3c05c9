"""Where this computer's settings live (QSettings), shared by the window and the command line.

The window's :class:`buurtapp.ui.settings.Settings` gives them types and defaults; the command
line (``buurtapp settings --language``, …) writes the same keys into the same file without
loading the window. Only QtCore, and only when the file is opened: building the command
line's parser (which reads the choices below) loads no Qt at all.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

#: As ``ui/app.py`` names the application: QSettings finds its file by these names.
ORGANISATION = APPLICATION = "Buurtapp"

LANGUAGE = "preferences/language"
TEXT_SIZE = "preferences/text_size"
SECOND_BACKUP_FOLDER = "preferences/second_backup_folder"

#: '' follows the system.
LANGUAGES = ("", "nl", "en")
#: Beeld > Tekstgrootte: percentages of the system's font size.
TEXT_SIZES = (100, 125, 150, 175, 200)
DEFAULT_TEXT_SIZE = 100


def user_store() -> QSettings:
    """The settings file the window uses on this computer. On Linux the path is worked out
    from ``XDG_CONFIG_HOME`` each time (Qt remembers it from its first use in a process,
    so a test that points it elsewhere would otherwise write into the old place)."""
    from PySide6.QtCore import QSettings

    if sys.platform.startswith(("win", "darwin")):
        return QSettings(ORGANISATION, APPLICATION)
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    path = Path(config) / ORGANISATION / f"{APPLICATION}.conf"
    return QSettings(str(path), QSettings.Format.IniFormat)
