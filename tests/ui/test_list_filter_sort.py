"""A list page shows exactly the rows a plain computation says, whatever is typed, sorted,
edited or deleted, and the highlighted record stays the one the user chose.

The page filters and sorts through precomputed texts and orders (ui/record_filter.py,
ui/row_texts.py) for speed; these tests compare it with the obvious reference: every column's
text joined and casefolded, ``needle in text``, sorted by ``sort_key`` of the stored value.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QTest

from buurtapp.ui.columns import COLUMNS, when
from buurtapp.ui.list_page import ListPage
from buurtapp.ui.record_model import ROW_ROLE, Column, RecordFilterProxy, RecordTableModel
from buurtapp.ui.row_texts import RowTexts
from buurtapp.ui.table_column import sort_key, sort_order


def extra_columns() -> list[Column]:
    """A number (right-aligned, empty allowed) and a date shown in the window's language."""
    return [
        Column("sessions", "Sessions", None, 90, True),
        Column("since", "Since", when("since"), 100, per_value=True),
    ]


LETTERS = "aAeéËbz -"
TYPED = "aeéEbz "
names = st.text(alphabet=LETTERS, max_size=6)
maybe_text = st.none() | st.text(alphabet="aAbé ", max_size=3)


@st.composite
def participant(draw, record_id: int) -> dict:
    return {
        "id": record_id,
        "name": draw(names),
        "neighbourhood": draw(maybe_text),
        "circle": draw(maybe_text),
        "age_group": draw(st.sampled_from([None, "child", "youth", "adult", "senior"])),
        "phone": draw(st.none() | st.sampled_from(["06 1", "06 2", "010"])),
        "email": draw(st.none() | st.sampled_from(["a@b.nl", "Zoë@x.nl"])),
        "is_worker": draw(st.sampled_from([0, 1])),
        "anonymised_on": draw(st.sampled_from([None, None, None, "2026-01-02"])),
        "sessions": draw(st.none() | st.integers(min_value=-3, max_value=1500)),
        "since": draw(st.sampled_from([None, "2026-01-02", "2025-12-31", "2026-01-02T10:30"])),
    }


def shown_ids(page: ListPage) -> list[int]:
    proxy = page.proxy
    return [proxy.index(row, 0).data(ROW_ROLE)["id"] for row in range(proxy.rowCount())]


def highlighted(page: ListPage) -> list[int]:
    return [i.data(ROW_ROLE)["id"] for i in page.table.selectionModel().selectedRows()]


def reference(
    rows: list[dict], columns: list[Column], text: str, column: int, descending: bool
) -> list[int]:
    """The ids a list must show: the obvious way, one row at a time."""
    order = list(range(len(rows)))
    if column >= 0:
        key = columns[column].key
        order = sorted(order, key=lambda n: sort_key(rows[n].get(key)), reverse=descending)
    needle = text.strip().casefold()
    return [
        rows[n]["id"]
        for n in order
        if needle in " ".join(c.text(rows[n]) for c in columns).casefold()
    ]


class ListMachine(RuleBasedStateMachine):
    """Types, erases, sorts, selects, moves with the keyboard, edits, deletes and adds."""

    def __init__(self, qtbot) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.columns = COLUMNS["participants"] + extra_columns()
        self.page = ListPage("participants", "Participants", self.columns)
        qtbot.addWidget(self.page)
        self.page.resize(900, 400)
        self.page.show()
        self.rows: list[dict] = []
        self.next_id = 1
        self.column, self.descending = -1, False
        self.chosen: int | None = None
        self.opened: list[int] = []
        self.page.open.connect(self.opened.append)

    def expected(self) -> list[int]:
        return reference(
            self.rows, self.columns, self.page.filter.text(), self.column, self.descending
        )

    @initialize(data=st.data(), count=st.integers(min_value=0, max_value=25))
    def load(self, data, count: int) -> None:
        for _ in range(count):
            self.rows.append(data.draw(participant(self.next_id)))
            self.next_id += 1
        self.page.set_rows(list(self.rows))

    @rule(char=st.sampled_from(TYPED))
    def type_char(self, char: str) -> None:
        QTest.keyClick(self.page.filter, char)

    @rule()
    def backspace(self) -> None:
        QTest.keyClick(self.page.filter, Qt.Key.Key_Backspace)

    @rule()
    def clear_filter(self) -> None:
        self.page.filter.clear()

    @rule(column=st.integers(min_value=-1, max_value=8), descending=st.booleans())
    def sort(self, column: int, descending: bool) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.page.table.sortByColumn(column, order)
        self.column, self.descending = column, descending

    @precondition(lambda self: self.page.proxy.rowCount() > 0)
    @rule(data=st.data())
    def select(self, data) -> None:
        row = data.draw(st.integers(min_value=0, max_value=self.page.proxy.rowCount() - 1))
        self.page.table.selectRow(row)
        self.chosen = self.expected()[row]

    @precondition(lambda self: self.chosen in self.expected()[:-1])
    @rule()
    def key_down(self) -> None:
        QTest.keyClick(self.page.table, Qt.Key.Key_Down)
        shown = self.expected()
        self.chosen = shown[shown.index(self.chosen) + 1]

    @precondition(lambda self: self.chosen in self.expected())
    @rule()
    def enter_opens_the_chosen(self) -> None:
        self.opened.clear()
        QTest.keyClick(self.page.table, Qt.Key.Key_Return)
        assert self.opened == [self.chosen]

    @rule()
    def delete_key_asks_for_the_chosen_only(self) -> None:
        asked: list[int] = []
        self.page.delete.connect(asked.append)
        QTest.keyClick(self.page.table, Qt.Key.Key_Delete)
        self.page.delete.disconnect(asked.append)
        assert asked == ([self.chosen] if self.chosen in self.expected() else [])

    @precondition(lambda self: self.rows)
    @rule(data=st.data())
    def edit(self, data) -> None:
        """Another value for a record, then the refresh the window does after a change."""
        n = data.draw(st.integers(min_value=0, max_value=len(self.rows) - 1))
        changed = data.draw(participant(self.rows[n]["id"]))
        self.rows[n] = changed
        self.page.set_rows(list(self.rows))

    @precondition(lambda self: self.rows)
    @rule(data=st.data())
    def delete(self, data) -> None:
        n = data.draw(st.integers(min_value=0, max_value=len(self.rows) - 1))
        del self.rows[n]
        self.page.set_rows(list(self.rows))

    @rule(data=st.data(), at=st.integers(min_value=0, max_value=30))
    def add(self, data, at: int) -> None:
        self.rows.insert(min(at, len(self.rows)), data.draw(participant(self.next_id)))
        self.next_id += 1
        self.page.set_rows(list(self.rows))

    @invariant()
    def shows_the_reference_rows_in_order(self) -> None:
        assert shown_ids(self.page) == self.expected()
        # the view itself has as many rows as the model (its row header follows the filter)
        assert self.page.table.verticalHeader().count() == len(self.expected())

    @invariant()
    def cells_show_the_column_texts(self) -> None:
        proxy = self.page.proxy
        by_id = {row["id"]: row for row in self.rows}
        for row in range(min(proxy.rowCount(), 4)):
            record = by_id[proxy.index(row, 0).data(ROW_ROLE)["id"]]
            for number, column in enumerate(self.columns):
                assert proxy.index(row, number).data() == column.text(record)

    @invariant()
    def the_chosen_record_stays_highlighted_while_shown(self) -> None:
        shown = self.chosen is not None and self.chosen in self.expected()
        assert highlighted(self.page) == ([self.chosen] if shown else [])
        assert self.page.current_id() == (self.chosen if shown else None)

    @invariant()
    def count_says_how_many(self) -> None:
        shown, total = len(self.expected()), len(self.rows)
        text = self.page.count.text()
        assert text.startswith(str(shown) if shown != total else str(total)), text


def test_list_page_machine(qtbot) -> None:
    run_state_machine_as_test(
        lambda: ListMachine(qtbot),
        settings=settings(
            max_examples=40,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )


values = st.none() | st.just("") | st.text(alphabet="aAbBéÉ ", max_size=3)


@given(st.lists(values, max_size=40), st.booleans())
def test_sort_order_is_the_sort_key_order_ties_kept(column_values, descending) -> None:
    rows = [{"v": v} for v in column_values]
    expected = sorted(range(len(rows)), key=lambda n: sort_key(rows[n]["v"]), reverse=descending)
    assert list(sort_order(rows, "v", descending)) == expected


@given(st.lists(st.none() | st.integers(-5, 5), max_size=40), st.booleans())
def test_numbers_sort_as_numbers(column_values, descending) -> None:
    rows = [{"v": v} for v in column_values]
    expected = sorted(range(len(rows)), key=lambda n: sort_key(rows[n]["v"]), reverse=descending)
    assert list(sort_order(rows, "v", descending)) == expected


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data(), st.permutations(range(12)))
def test_prepared_texts_are_the_column_texts_also_after_a_reorder(qapp, data, order) -> None:
    columns = COLUMNS["participants"] + extra_columns()
    rows = [data.draw(participant(n)) for n in range(12)]
    texts = RowTexts(columns, rows)
    for rows_now in (rows, [rows[n] for n in order]):
        assert [list(t) for t in texts.texts] == [[c.text(r) for r in rows_now] for c in columns]
        assert list(texts.haystacks) == [
            " ".join(c.text(r) for c in columns).casefold() for r in rows_now
        ]
        texts.reorder(order)


def test_a_table_that_sorts_itself_keeps_texts_and_selection(qapp) -> None:
    """Detail tables sort in the model itself: texts and persistent indexes follow the rows,
    also through a filter model on top."""
    model = RecordTableModel([Column("name", "Name"), Column("n", "N")])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([{"id": i, "name": f"p{(i * 7) % 10}", "n": -i} for i in range(10)])
    model.texts()  # made before the sort: they must move with the rows
    proxy.set_filter_text("p")
    held = [QPersistentModelIndex(proxy.index(row, 0)) for row in range(10)]
    ids = [index.data(ROW_ROLE)["id"] for index in held]
    for column in (0, 1):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            assert [index.data(ROW_ROLE)["id"] for index in held] == ids
            for row in range(model.rowCount()):
                assert model.index(row, 0).data() == model.row(row)["name"]
    proxy.set_filter_text("p3")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["p3"]


def test_filtering_to_nothing_keeps_the_column_widths(qtbot) -> None:
    """Widths the user gave the columns survive filters that hide every row (and the first
    row, on which Qt's header may note a resized section) and sorting."""
    columns = COLUMNS["participants"]
    page = ListPage("participants", "Participants", columns)
    qtbot.addWidget(page)
    page.show()
    page.set_rows([{"id": n, "name": f"Naam {n}"} for n in range(50)])
    page.table.setColumnWidth(1, 333)
    page.table.setColumnWidth(2, 77)
    for text in ("Naam 4", "zzz", "", "7", ""):
        page.filter.setText(text)
        assert (page.table.columnWidth(1), page.table.columnWidth(2)) == (333, 77), text
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert (page.table.columnWidth(1), page.table.columnWidth(2)) == (333, 77)


def test_filter_model_passes_the_model_tester_while_filtering(qtmodeltester, qapp) -> None:
    model = RecordTableModel(COLUMNS["participants"])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([{"id": n, "name": f"Naam {n % 7}", "is_worker": n % 2} for n in range(30)])
    qtmodeltester.check(proxy)
    for text in ("naam 3", "naam", "", "zzz", "ja"):
        proxy.set_filter_text(text)
        qtmodeltester.check(proxy)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(proxy)
    model.set_rows([{"id": 1, "name": "Een"}])
    qtmodeltester.check(proxy)


@pytest.mark.parametrize("kind", ["initiatives", "activities", "participants", "places"])
def test_every_list_of_the_demo_filters_and_sorts_like_the_reference(window, kind) -> None:
    window.show_kind(kind)
    page = window.pages[kind]
    rows = [page.model.row(n) for n in range(page.model.rowCount())]
    columns = page.model.columns
    for column in range(-1, len(columns)):
        for descending in (False, True):
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            page.table.sortByColumn(column, order)
            for text in ("", "e", "ja", "de ", "  Van  "):
                page.filter.setText(text)
                assert shown_ids(page) == reference(rows, columns, text, column, descending)
