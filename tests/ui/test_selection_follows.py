"""The selection follows the record through sorting, filtering and refreshing, and Delete,
Open and printing act on the record the user sees highlighted."""

import dataclasses

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from buurtapp.core import operations as ops
from buurtapp.core.model.repository import Repositories
from buurtapp.ui.record_model import ROW_ROLE, Column, RecordFilterProxy, RecordTableModel

CHOSEN = 133


def _highlighted(page) -> list[int]:
    return [index.data(ROW_ROLE)["id"] for index in page.table.selectionModel().selectedRows()]


@pytest.fixture
def participants(window):
    window.show_kind("participants")
    page = window.pages["participants"]
    assert page.select_id(CHOSEN)
    assert _highlighted(page) == [CHOSEN]
    return page


def test_model_sort_moves_persistent_indexes(qapp) -> None:
    model = RecordTableModel([Column("name", "Name"), Column("n", "N")])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([{"id": i, "name": f"p{(i * 7) % 10}", "n": -i} for i in range(10)])
    held = [QPersistentModelIndex(proxy.index(row, 0)) for row in range(10)]
    ids = [index.data(ROW_ROLE)["id"] for index in held]
    for column in (0, 1):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            assert [index.data(ROW_ROLE)["id"] for index in held] == ids


def test_sorting_by_every_column_keeps_the_chosen_record(window, participants, qtbot) -> None:
    page = participants
    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.table.sortByColumn(column, order)
            assert _highlighted(page) == [CHOSEN], (column, order)
            assert page.current_id() == CHOSEN
            assert page.table.currentIndex().data(ROW_ROLE)["id"] == CHOSEN


def test_delete_after_sorting_acts_on_the_highlighted_record(
    window, participants, qtbot, answer
) -> None:
    page = participants
    name = Repositories(window.database).participants.get(CHOSEN).name
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    others = window.database.query("SELECT * FROM participants WHERE id != ?", (CHOSEN,))
    answer.next("confirm_yes")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert name in answer.texts[0]
    gone = window.database.query("SELECT anonymised_on FROM participants WHERE id = ?", (CHOSEN,))
    assert not gone or gone[0]["anonymised_on"]  # deleted, or anonymised when they came
    assert window.database.query("SELECT * FROM participants WHERE id != ?", (CHOSEN,)) == others


def test_open_after_sorting_opens_the_highlighted_record(window, participants) -> None:
    page = participants
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    opened = []
    page.open.connect(opened.append)
    page.open_current()
    assert opened == [CHOSEN]


def test_filter_then_clear_keeps_the_chosen_record(window, participants, qtbot) -> None:
    page = participants
    name = Repositories(window.database).participants.get(CHOSEN).name
    page.filter.setText(name)
    assert _highlighted(page) == [CHOSEN]
    page.filter.setText("zzz-niemand-heet-zo")
    assert page.proxy.rowCount() == 0
    assert page.current_id() is None  # nothing highlighted: Delete does nothing
    page.filter.clear()
    assert _highlighted(page) == [CHOSEN]
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.filter.setText(name[:3])
    page.filter.clear()
    assert _highlighted(page) == [CHOSEN]


def test_a_change_elsewhere_keeps_the_chosen_record(window, participants) -> None:
    page = participants
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    repos = Repositories(window.database)
    other = repos.participants.get(CHOSEN + 1)
    window.workspace.run(ops.save, dataclasses.replace(other, name="Aaaa Eerst"))
    assert _highlighted(page) == [CHOSEN]
    window.actions_["undo"].trigger()
    assert _highlighted(page) == [CHOSEN]
    window.refresh()
    assert _highlighted(page) == [CHOSEN]


def test_print_the_chosen_record_uses_the_highlighted_one(window, participants) -> None:
    page = participants
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert page.current_id() == CHOSEN
    page.table.selectionModel().clearSelection()  # the current cell stays, nothing highlighted
    assert page.current_id() is None
