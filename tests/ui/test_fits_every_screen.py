"""Every page and every dialog fits a small screen (issue 14, item 1).

A 1366x768 laptop at 133% text leaves a 1024x600 logical screen, at 150% one of 911x512. Each
size runs in its own interpreter, because Qt's offscreen platform takes the screen size from a
config file only when the application starts (``offscreen:configfile=...``). Inside, the real
window opens every page and every dialog it can open and checks, for each top-level:

- its minimum size (``minimumSizeHint``, what the layouts can shrink to) fits the screen, with
  room for a title bar;
- as it opens, at the screen's size and at its minimum size, every visible button lies inside
  the window and inside each widget around it, except where a scroll area around it can scroll
  to it; the buttons of a dialog's button box are never inside a scroll area (always visible).

A screenshot of each is kept under ``tests/artefacts/screens/<size>/`` for a reviewer.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QScrollArea,
    QWidget,
)

from buurtapp.ui import record_actions
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.period_dialog import PeriodDialog
from buurtapp.ui.settings import Settings
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import discard_open_forms

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "tests" / "artefacts" / "screens"
SCREENS = {"1024x600": QSize(1024, 600), "911x512": QSize(911, 512)}
#: Room left for the window manager's title bar above a window.
TITLE_BAR = 24
INNER = "BUURTAPP_FITS_SCREEN"
inside = pytest.mark.skipif(
    INNER not in os.environ, reason="runs in the subprocess of test_fits_every_screen"
)


# -- the outer tests: one interpreter per screen size ------------------------------------------
@pytest.mark.parametrize("size", list(SCREENS))
def test_fits_every_screen(size: str, tmp_path: Path) -> None:
    screen = SCREENS[size]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": screen.width(),
                        "height": screen.height(),
                        "logicalDpi": 96,
                    }
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        INNER: size,
    }
    env.pop("QT_SCALE_FACTOR", None)
    shutil.rmtree(ARTEFACTS / size, ignore_errors=True)  # only this run's screenshots count
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-x",
            __file__,
            "-k",
            "inner",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
    assert "skipped" not in result.stdout.splitlines()[-1], result.stdout[-2000:]
    shots = sorted(p.stem for p in (ARTEFACTS / size).glob("*.png"))
    assert len(shots) >= len(TARGETS), shots


# -- what is checked -------------------------------------------------------------------------
def _fits(size: QSize, screen: QSize) -> bool:
    return size.width() <= screen.width() and size.height() <= screen.height() - TITLE_BAR


def _scroll_area_of(widget: QWidget, top: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _can_scroll_to(area: QScrollArea, button: QWidget) -> bool:
    """The button lies inside the scroll area's content, and the scroll bars reach all of it."""
    content = area.widget()
    if content is None:
        return False
    rect = QRect(button.mapTo(content, button.rect().topLeft()), button.size())
    viewport = area.viewport().size()
    reach = QSize(
        viewport.width() + area.horizontalScrollBar().maximum(),
        viewport.height() + area.verticalScrollBar().maximum(),
    )
    return content.rect().contains(rect) and (
        content.width() <= reach.width() and content.height() <= reach.height()
    )


def button_problems(top: QWidget) -> list[str]:
    """Visible buttons that cannot be seen or reached in ``top`` as it is now."""
    problems = []
    for button in top.findChildren(QAbstractButton):
        if not button.isVisibleTo(top) or button.window() is not top:
            continue
        if any(isinstance(w, QAbstractItemView) for w in _ancestors(button, top)):
            continue  # header and corner buttons scroll with their view
        name = button.objectName() or button.text() or button.toolTip() or type(button).__name__
        subject: QWidget = button
        while (area := _scroll_area_of(subject, top)) is not None:
            if isinstance(subject.parentWidget(), QDialogButtonBox):
                problems.append(f"{name!r}: a dialog button inside a scroll area")
            elif not _can_scroll_to(area, subject):
                problems.append(f"{name!r} cannot be scrolled to")
            subject = area  # the scroll area itself must be in sight
        problems += _clipped(subject, name, top)
    return problems


def _clipped(subject: QWidget, name: str, top: QWidget) -> list[str]:
    """``subject`` drawn outside ``top`` or outside one of the widgets around it."""
    rect = QRect(subject.mapTo(top, subject.rect().topLeft()), subject.size())
    if not top.rect().contains(rect):
        return [f"{name!r} at {rect.getRect()} outside {top.size().toTuple()}"]
    for ancestor in _ancestors(subject, top):
        local = QRect(subject.mapTo(ancestor, subject.rect().topLeft()), subject.size())
        if not ancestor.rect().contains(local):
            return [
                f"{name!r} clipped by {ancestor.objectName() or type(ancestor).__name__} "
                f"{ancestor.size().toTuple()} at {local.getRect()}"
            ]
    return []


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def too_wide(top: QWidget, screen: QSize) -> list[str]:
    """The innermost widgets whose own minimum exceeds the screen (to say where to look)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if not _fits(hint, screen):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {hint.toTuple()}")
    return found[-6:]


def check(top: QWidget, name: str, screen: QSize, qtbot) -> list[str]:
    """All problems of ``top`` on ``screen``; saves its screenshot as ``name``."""
    qtbot.waitExposed(top)
    QApplication.processEvents()
    problems = []
    hint = top.minimumSizeHint().expandedTo(top.minimumSize())
    if not _fits(hint, screen):
        problems.append(f"minimum size {hint.toTuple()} > screen {screen.toTuple()}")
        problems += too_wide(top, screen)
    if not _fits(top.size(), screen):
        problems.append(f"opens at {top.size().toTuple()} > screen {screen.toTuple()}")
    problems += [f"as opened: {p}" for p in button_problems(top)]
    folder = ARTEFACTS / os.environ.get(INNER, "here")
    folder.mkdir(parents=True, exist_ok=True)
    top.grab().save(str(folder / f"{name}.png"))
    for label, size in (
        ("at screen size", QSize(screen.width(), screen.height() - TITLE_BAR)),
        ("at minimum size", hint.boundedTo(screen)),
    ):
        top.resize(size)
        QApplication.processEvents()
        problems += [f"{label}: {p}" for p in button_problems(top)]
    top.resize(QSize(screen.width(), screen.height() - TITLE_BAR))
    QApplication.processEvents()
    return problems


# -- what is opened --------------------------------------------------------------------------
def _page(number: int) -> Callable[[MainWindow, object], QWidget]:
    def show(window: MainWindow, qtbot) -> QWidget:
        window.activateWindow()  # shortcuts reach the active window only
        qtbot.waitUntil(window.isActiveWindow)
        QTest.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.sidebar.currentRow() == number - 1
        return window

    return show


def _new(kind: str, **values) -> Callable[[MainWindow, object], QWidget]:
    return lambda window, qtbot: record_actions.open_new(window.workspace, kind, window, **values)


def _existing(kind: str, record_id: int) -> Callable[[MainWindow, object], QWidget]:
    return lambda window, qtbot: record_actions.open_existing(
        window.workspace, kind, record_id, window
    )


def _insights(window: MainWindow, qtbot) -> QWidget:
    page = window.insights_page
    if page.result is not None:  # computed before: showing it is enough
        window.show_kind("insights")
        return window
    with qtbot.waitSignal(page.computed, timeout=30_000):
        window.show_kind("insights")
    return window


def _insights_tab(number: int) -> Callable[[MainWindow, object], QWidget]:
    def show(window: MainWindow, qtbot) -> QWidget:
        _insights(window, qtbot)
        assert window.insights_page is not None
        window.insights_page.tabs.setCurrentIndex(number)
        return window

    return show


def _period(window: MainWindow, qtbot) -> QWidget:
    dialog = PeriodDialog(DEMO_TODAY, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _settings(window: MainWindow) -> QWidget:
    from buurtapp.ui.settings_dialog import open_settings

    return open_settings(window)


TARGETS: dict[str, Callable[[MainWindow, object], QWidget]] = {
    "page_1_week": _page(1),
    "page_2_insights": _insights,
    **{f"page_2_insights_tab_{n}": _insights_tab(n) for n in range(1, 6)},
    "page_3_initiatives": _page(3),
    "page_4_activities": _page(4),
    "page_5_participants": _page(5),
    "page_6_places": _page(6),
    "page_7_organisations": _page(7),
    "new_place": _new("places"),
    "new_organisation": _new("organisations"),
    "new_participant": _new("participants"),
    "participant": _existing("participants", 10),
    "new_initiative": _new("initiatives"),
    "initiative": _existing("initiatives", 1),
    "new_role": _new("roles", initiative_id=1),
    "new_funding": _new("fundings", initiative_id=1),
    "new_activity": _new("activities"),
    "activity": _existing("activities", 1),
    "backups": lambda window, qtbot: window.show_backups(),
    "retention": lambda window, qtbot: window.review_retention(),
    "settings": lambda window, qtbot: _settings(window),
    "import": lambda window, qtbot: window.import_spreadsheet(),
    "period": _period,
    "print_preview": lambda window, qtbot: window.printing.print_document("week"),
}


@inside
@pytest.mark.parametrize("name", list(TARGETS))
def test_inner_fits(name: str, window: MainWindow, qtbot) -> None:
    screen = SCREENS[os.environ[INNER]]
    available = QGuiApplication.primaryScreen().availableGeometry().size()
    assert available == screen, "the offscreen screen was not set up"
    first = window.size()
    problems = [] if _fits(first, screen) else [f"the window opens at {first.toTuple()}"]
    top = TARGETS[name](window, qtbot)
    assert top is not None
    problems += check(top, name, screen, qtbot)
    if isinstance(top, QDialog):
        QDialog.reject(top)  # without asking about a half-filled form
    assert not problems, "\n".join(problems)


# -- text size (Beeld > Tekstgrootte) ----------------------------------------------------------
def test_text_size_is_remembered_and_relative_to_the_system_font(settings, qapp) -> None:
    from buurtapp.ui import text_size
    from buurtapp.ui.settings import TEXT_SIZES

    assert settings.text_size == 100
    settings.text_size = 175
    settings.sync()
    assert Settings(settings.store).text_size == 175
    settings.text_size = 90  # not on offer: the system's own size
    assert settings.text_size == 100
    base = text_size.system_font().pointSizeF()
    before = QFont(qapp.font())
    try:
        for percent in TEXT_SIZES:
            text_size.apply(percent)
            assert qapp.font().pointSizeF() == pytest.approx(base * percent / 100)
    finally:
        qapp.setFont(before)


@inside
@pytest.mark.parametrize("percent", [125, 150, 175, 200])
def test_inner_text_size_applies_at_once_and_fits(
    percent: int, qapp, qtbot, demo_path, settings, dutch
) -> None:
    from buurtapp.ui import text_size
    from buurtapp.ui.app import Application
    from buurtapp.ui.file_actions import open_path

    size = os.environ[INNER]
    screen = SCREENS[size]
    before = QFont(qapp.font())
    application = Application(qapp, settings)
    first = application.window  # rebuilt and deleted by the change
    first.show()
    open_path(first, demo_path)
    first.sidebar.setCurrentRow(3)
    menu = first.findChild(QMenu, "menu_text_size")
    action = next(a for a in menu.actions() if a.objectName() == f"action_text_size_{percent}")
    try:
        action.trigger()
        window = application.window
        assert window is not first and window.isVisible()
        assert window.workspace is not None and window.sidebar.currentRow() == 3
        assert settings.text_size == percent
        expected = text_size.system_font().pointSizeF() * percent / 100
        assert qapp.font().pointSizeF() == pytest.approx(expected)
        assert window.pages["activities"].table.font().pointSizeF() == pytest.approx(expected)
        problems = []
        for name, show in TARGETS.items():  # every page and dialog again, at this text size
            top = show(window, qtbot)
            problems += [
                f"{name}: {p}" for p in check(top, f"text_{percent}_{name}", screen, qtbot)
            ]
            if isinstance(top, QDialog):
                QDialog.reject(top)
        assert not problems, "\n".join(problems)
    finally:
        discard_open_forms(application.window)
        application.window.close()
        qapp.setFont(before)


@inside
def test_inner_saved_geometry_from_a_big_screen_is_pulled_onto_this_one(
    qtbot, demo_path, settings, dutch
) -> None:
    from buurtapp.core.storage.database import open_database

    screen = SCREENS[os.environ[INNER]]
    big = MainWindow(None, settings, today=DEMO_TODAY)
    qtbot.addWidget(big)
    big.setGeometry(300, 200, 1800, 1000)  # as on a large office screen
    big.save_state()
    window = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(window, before_close_func=discard_open_forms)
    window.show()
    qtbot.waitExposed(window)
    frame = window.frameGeometry()
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.contains(frame), (frame.getRect(), room.getRect())
    assert _fits(window.size(), screen)
    assert not button_problems(window)
