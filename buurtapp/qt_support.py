"""Qt set-up shared by the window and the command line: translations (Qt's and the core's
gettext language together), and an application object for printing that works without a screen
(over SSH, in CI)."""

from __future__ import annotations

import os
import sys
from datetime import date, time
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from buurtapp.core import i18n
from buurtapp.fonts import register_fonts
from buurtapp.resource_files import translations_dir

SUPPORTED = ("nl", "en")


def to_date(value: QDate) -> date:
    """``value.toPython()``: a ``datetime.date``, which the PySide6 stubs call ``object``."""
    return cast(date, value.toPython())


def to_time(value: QTime) -> time:
    """``value.toPython()``: a ``datetime.time``, which the PySide6 stubs call ``object``."""
    return cast(time, value.toPython())


#: Qt's own texts that the Dutch ``qtbase_nl.qm`` shipped with Qt 6 lacks: Qt 6 gave them
#: a shortcut letter ("&Look in:" was "Look in:"), so the old translation no longer matches
#: and the non-native file dialog said "Look in:" in the Dutch app. (context, source) -> Dutch.
QT_DUTCH_MISSING: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
    ("QPrintSettingsOutput", "Double Sided Printing"): "Dubbelzijdig afdrukken",
    ("QPrintSettingsOutput", "Off"): "Uit",
    ("QPrintSettingsOutput", "Long side binding"): "Binden langs de lange kant",
    ("QPrintSettingsOutput", "Short side binding"): "Binden langs de korte kant",
    ("QPrintSettingsOutput", "Page &Set:"): "&Pagina's:",
    ("QPageSetupWidget", "Page &order:"): "Pagina&volgorde:",
    ("QPageSetupWidget", "Pages &per sheet:"): "Pagina's &per vel:",
    ("QPageSetupWidget", "Millimeters (mm)"): "Millimeter (mm)",
}


class QtTextsDutch(QTranslator):
    """The few Qt texts of :data:`QT_DUTCH_MISSING`; every other text is left to the .qm
    files (None = "not mine": Qt then asks the next translator or keeps the English)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return QT_DUTCH_MISSING.get((context, source))

    def isEmpty(self) -> bool:
        return False


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load buurtapp_<lang>.qm and Qt's qtbase_<lang>.qm (plus the Dutch that qtbase lacks);
    returns them so they stay alive.

    The core's texts (error messages, labels) follow the same language: the gettext catalogue
    of :mod:`buurtapp.core.i18n` is switched here too, so the window never mixes languages.
    Qt's own dialogs (file, print, message box buttons) made after this speak it too.
    """
    i18n.set_language(language)
    loaded: list[QTranslator] = []
    if language == "nl":
        missing = QtTextsDutch(app)  # installed first, so asked last
        app.installTranslator(missing)
        loaded.append(missing)
    own = QTranslator(app)
    if own.load(f"buurtapp_{language}", str(translations_dir())):
        app.installTranslator(own)
        loaded.append(own)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        loaded.append(qt)
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return loaded


def gui_application(language: str) -> QCoreApplication:
    """A QGuiApplication for printing from the command line; offscreen without a display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
        register_fonts()  # a print needs a font even where the system has none
        install_translations(app, language)
    return app
