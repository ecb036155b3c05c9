"""Installing the app's own and Qt's translations; Dutch unless the system speaks English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from buurtapp.resource_files import translations_dir

SUPPORTED = ("nl", "en")


def choose_language(requested: str | None = None) -> str:
    """The requested language if supported, else English for an English system, else Dutch."""
    if requested in SUPPORTED:
        return requested
    system = QLocale.system().language()
    return "en" if system == QLocale.Language.English else "nl"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load buurtapp_<lang>.qm and Qt's qtbase_<lang>.qm; returns them so they stay alive."""
    loaded: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(f"buurtapp_{language}", str(translations_dir())):
        app.installTranslator(own)
        loaded.append(own)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        loaded.append(qt)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    return loaded
