"""The window on demo data: every list filled, filterable and sortable, in Dutch."""

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtapp.core.storage.database import open_database
from buurtapp.ui.main_window import MainWindow

LISTS = ["initiatives", "activities", "participants", "places", "organisations"]


def show(window, kind: str) -> None:
    window.show_kind(kind)


def test_every_list_shows_the_database(window) -> None:
    db = window.database
    assert window.pages["participants"].model.rowCount() == 0  # loaded when first shown
    for kind in LISTS:
        show(window, kind)
        assert window.pages[kind].model.rowCount() == db.scalar(f"SELECT count(*) FROM {kind}")
    assert window.pages["participants"].count.text() == "300 rijen"


def test_sidebar_and_menus_in_dutch(window, qtbot, tmp_path) -> None:
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == [
        "Deze week",
        "Inzichten",
        "Initiatieven",
        "Activiteiten",
        "Deelnemers",
        "Plekken",
        "Organisaties",
    ]
    assert window.stack.currentIndex() == 0  # the week comes first
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["places"]
    assert window.pages["places"].model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "Beel&d", "&Help"]
    assert window.grab().save(str(tmp_path / "plekken.png"))


def test_filter_as_you_type(window, qtbot) -> None:
    show(window, "participants")
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
    show(window, "initiatives")
    page = window.pages["initiatives"]
    qtbot.keyClicks(page.filter, "gepauzeerd")
    paused = window.database.scalar("SELECT count(*) FROM initiatives WHERE status = 'paused'")
    assert page.proxy.rowCount() == paused > 0


def test_header_click_sorts_and_survives_reload(window) -> None:
    show(window, "places")
    page = window.pages["places"]
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # capacity

    def capacities():
        return [
            page.proxy.index(r, 3).data(Qt.ItemDataRole.UserRole + 2)
            for r in range(page.proxy.rowCount())
        ]

    assert capacities() == sorted(capacities(), reverse=True)
    window.refresh()
    assert capacities() == sorted(capacities(), reverse=True)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_activities_show_plain_dutch_rules(window) -> None:
    show(window, "activities")
    page = window.pages["activities"]
    column = [c.key for c in page.model.columns].index("rrule")
    texts = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert any(t.startswith("elke week op ") for t in texts), texts


def test_window_without_database(qtbot, settings, dutch) -> None:
    win = MainWindow(None, settings)
    qtbot.addWidget(win)
    assert win.file_label.text() == "Geen database geopend"
    assert not win.actions_["backup"].isEnabled()
    assert all(page.model.rowCount() == 0 for page in win.pages.values())


def test_record_model_passes_qt_model_tester(qtmodeltester, window) -> None:
    show(window, "activities")
    qtmodeltester.check(window.pages["activities"].model)
    qtmodeltester.check(window.pages["activities"].proxy)


def test_app_starts_on_demo_data_and_quits(tmp_path) -> None:
    """What the README's first command does, with a timer that closes the window."""
    env = dict(
        os.environ,
        BUURTAPP_AUTOQUIT_MS="800",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
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
