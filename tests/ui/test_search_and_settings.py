"""Ctrl+F finds any kind of record and opens it; the window remembers its state."""

from PySide6.QtCore import Qt

from buurtapp.core.storage.database import open_database
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.record_dialog import RecordDialog
from buurtapp.ui.search_box import ID_ROLE, KIND_ROLE
from tests.conftest import DEMO_TODAY


def results(window) -> list[tuple[str, int, str]]:
    model = window.search.results
    return [
        (
            model.index(r, 0).data(KIND_ROLE),
            model.index(r, 0).data(ID_ROLE),
            model.index(r, 0).data(),
        )
        for r in range(model.rowCount())
    ]


def test_search_finds_every_kind_by_part_of_the_name(window, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    for text, kind in [
        ("linde", "places"),
        ("ruil", "activities"),
        ("dorpstad", "organisations"),
        ("koffieocht", "initiatives"),
    ]:
        window.search.clear()
        qtbot.keyClicks(window.search, text)
        window.search.run_search()
        found = results(window)
        assert any(k == kind for k, _, _ in found), (text, found)
        assert all(text in label.casefold() for k, _, label in found if k)
    name = window.database.scalar("SELECT name FROM participants WHERE id = 42")
    window.search.clear()
    qtbot.keyClicks(window.search, name.split()[-1][:5])
    window.search.run_search()
    assert ("participants", 42) in [(k, i) for k, i, _ in results(window)]


def test_choosing_a_result_opens_the_record(window, qtbot) -> None:
    qtbot.keyClicks(window.search, "De Linde")
    window.search.run_search()
    index = window.search.results.index(0, 0)
    assert index.data(KIND_ROLE) == "places"
    window.search.completer_.activated[type(index)].emit(index)
    dialog = window.findChild(RecordDialog)
    assert dialog is not None and dialog.record.name == "Buurthuis De Linde"
    assert window.stack.currentWidget() is window.pages["places"]


def test_search_says_when_nothing_is_found(window, qtbot) -> None:
    qtbot.keyClicks(window.search, "xyzzy")
    window.search.run_search()
    assert results(window) == [(None, None, "Niets gevonden voor ‘xyzzy’")]


def test_search_finds_what_was_just_added_and_forgets_the_anonymised(window, qtbot) -> None:
    from buurtapp.core import operations as ops
    from buurtapp.core.model import records as r

    window.workspace.run(ops.save, r.Participant(name="Henkie Zoekbaar"))
    qtbot.keyClicks(window.search, "zoekbaar")
    window.search.run_search()
    found = [i for k, i, _ in results(window) if k == "participants"]
    assert len(found) == 1
    window.database.conn.execute("INSERT INTO attendance VALUES (1, ?)", (found[0],))
    window.database.conn.commit()
    window.workspace.run(ops.delete, "participants", found[0])
    window.search.run_search()
    assert [k for k, _, _ in results(window) if k == "participants"] == []


def test_window_remembers_geometry_columns_and_recent_files(
    qtbot, demo_path, settings, dutch
) -> None:
    first = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(first)
    first.show_kind("places")
    header = first.pages["places"].table.horizontalHeader()
    header.resizeSection(1, 333)
    first.pages["places"].table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first.resize(1000, 700)
    first.close()
    assert settings.recent_files == [str(demo_path)]
    assert settings.last_file == str(demo_path)

    second = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(second)
    header = second.pages["places"].table.horizontalHeader()
    assert header.sectionSize(1) == 333
    assert header.sortIndicatorSection() == 2
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    recent = second.findChild(type(second.menuBar().actions()[0].menu()), "menu_recent")
    recent.aboutToShow.emit()
    assert [a.text() for a in recent.actions()] == [demo_path.name]
    second.close()
