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
from buurtapp.resource_files import translations_dir

SUPPORTED = ("nl", "en")


def to_date(value: QDate) -> date:
    """``value.toPython()``: a ``datetime.date``, which the PySide6 stubs call ``object``."""
    return cast(date, value.toPython())


def to_time(value: QTime) -> time:
    """``value.toPython()``: a ``datetime.time``, which the PySide6 stubs call ``object``."""
    return cast(time, value.toPython())


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load buurtapp_<lang>.qm and Qt's qtbase_<lang>.qm; returns them so they stay alive.

    The core's texts (error messages, labels) follow the same language: the gettext catalogue
    of :mod:`buurtapp.core.i18n` is switched here too, so the window never mixes languages.
    """
    i18n.set_language(language)
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
        install_translations(app, language)
    return app
