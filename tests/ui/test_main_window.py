"""The first window on demo data: every list filled, filterable and sortable, in Dutch."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtapp.core.database import open_database
from buurtapp.ui import translations
from buurtapp.ui.main_window import MainWindow


@pytest.fixture(scope="module", autouse=True)
def dutch(qapp):
    loaded = translations.install(qapp, "nl")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, demo_path):
    win = MainWindow(open_database(demo_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_list_shows_the_database(window) -> None:
    db = window.database
    assert window.pages["participants"].model.rowCount() == 0  # loaded when first shown
    for number, (kind, page) in enumerate(window.pages.items()):
        window.sidebar.setCurrentRow(number)
        assert page.model.rowCount() == db.scalar(f"SELECT count(*) FROM {kind}"), kind
    assert window.pages["participants"].count.text() == "300 rijen"


def test_sidebar_switches_pages_in_dutch(window, qtbot, tmp_path) -> None:
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Initiatieven", "Activiteiten", "Deelnemers", "Plekken", "Organisaties"]
    window.sidebar.setCurrentRow(2)
    assert window.stack.currentWidget() is window.pages["participants"]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["places"]
    header = window.pages["places"].model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Naam"
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert window.grab().save(str(tmp_path / "plekken.png"))


def test_filter_as_you_type(window, qtbot) -> None:
    window.sidebar.setCurrentRow(2)
    page = window.pages["participants"]
    name = page.model.row(0)["name"]
    qtbot.keyClicks(page.filter, name[:4].upper())
    assert 0 < page.proxy.rowCount() < page.model.rowCount()
    for row in range(page.proxy.rowCount()):
        text = " ".join(
            str(page.proxy.index(row, c).data()) for c in range(page.proxy.columnCount())
        )
        assert name[:4].casefold() in text.casefold()
    assert "van 300 getoond" in page.count.text()
    page.filter.clear()
    assert page.proxy.rowCount() == 300


def test_filter_matches_translated_values(window, qtbot) -> None:
    page = window.pages["initiatives"]
    qtbot.keyClicks(page.filter, "gepauzeerd")
    paused = window.database.scalar("SELECT count(*) FROM initiatives WHERE status = 'paused'")
    assert page.proxy.rowCount() == paused > 0


def test_header_click_sorts(window, qtbot) -> None:
    window.sidebar.setCurrentRow(3)
    page = window.pages["places"]
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # capacity
    values = [
        page.proxy.index(r, 3).data(Qt.ItemDataRole.UserRole + 2)
        for r in range(page.proxy.rowCount())
    ]
    assert values == sorted(values, reverse=True)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_activities_show_plain_dutch_rules(window) -> None:
    window.sidebar.setCurrentRow(1)
    page = window.pages["activities"]
    column = [c.key for c in page.model.columns].index("rrule")
    texts = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert any(t.startswith("elke week op ") for t in texts), texts
    assert "eenmalig" in texts or any("van de maand" in t for t in texts)


def test_window_without_database(qtbot) -> None:
    win = MainWindow(None)
    qtbot.addWidget(win)
    assert win.file_label.text() == "Geen database geopend"
    assert not win.backup_action.isEnabled()
    assert all(page.model.rowCount() == 0 for page in win.pages.values())


def test_record_model_passes_qt_model_tester(qtmodeltester, window) -> None:
    window.sidebar.setCurrentRow(1)
    qtmodeltester.check(window.pages["activities"].model)
    qtmodeltester.check(window.pages["activities"].proxy)


def test_app_starts_on_demo_data_and_quits(tmp_path) -> None:
    """What the README's first command does, with a timer that closes the window."""
    env = dict(
        os.environ,
        BUURTAPP_AUTOQUIT_MS="800",
        XDG_DATA_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-m", "buurtapp", "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    demo = tmp_path / "data" / "Buurtapp" / "demo.db"
    assert demo.exists()
    with open_database(demo) as db:
        assert db.scalar("SELECT count(*) FROM initiatives") == 30
    QApplication.processEvents()
