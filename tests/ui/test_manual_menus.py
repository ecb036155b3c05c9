"""Every menu path the manual tells a coordinator to choose exists, spelt as the window shows
it, in Dutch in the Dutch manual and in English in the English one.

The manual marks menu paths as <span class="menu">Bestand &gt; Reservekopieën…</span>; the
window's paths are read from its real menus (QMenu titles and action texts with '&' removed).
A renamed menu item fails here, not in front of someone following the manual.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from buurtapp.core.storage.database import open_database
from buurtapp.ui import translations
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.settings import Settings
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import discard_open_forms

MANUAL = Path(__file__).resolve().parent.parent.parent / "resources" / "manual"
MENU_SPAN = re.compile(r'<span class="menu">(.*?)</span>', re.S)


def manual_paths(lang: str) -> dict[str, list[str]]:
    """Menu path -> the pages that name it."""
    found: dict[str, list[str]] = {}
    for page in sorted((MANUAL / lang).glob("*.html")):
        for raw in MENU_SPAN.findall(page.read_text(encoding="utf-8")):
            path = " > ".join(part.strip() for part in unescape(raw).split(">"))
            found.setdefault(path, []).append(page.name)
    return found


def window_paths(window: MainWindow) -> set[str]:
    """Every menu path of the window: 'Bestand', 'Bestand > Afdrukken > Weekprogramma', …"""
    paths: set[str] = set()

    def walk(menu: QMenu, prefix: str) -> None:
        paths.add(prefix)
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = f"{prefix} > {action.text().replace('&', '')}"
            paths.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), action.text().replace("&", ""))
    return paths


def test_the_dutch_manuals_menu_paths_are_the_dutch_windows(window):
    named = manual_paths("nl")
    assert "Bestand > Reservekopieën…" in named  # the marker is read at all
    missing = {path: pages for path, pages in named.items() if path not in window_paths(window)}
    assert missing == {}


@pytest.fixture
def english_window(qapp, qtbot, demo_path, tmp_path):
    loaded = translations.install(qapp, "en")
    settings = Settings(QSettings(str(tmp_path / "en.ini"), QSettings.Format.IniFormat))
    window = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(window, before_close_func=discard_open_forms)
    yield window
    for translator in loaded:
        qapp.removeTranslator(translator)


def test_the_english_manuals_menu_paths_are_the_english_windows(english_window):
    named = manual_paths("en")
    assert "File > Backups…" in named
    paths = window_paths(english_window)
    missing = {path: pages for path, pages in named.items() if path not in paths}
    assert missing == {}
