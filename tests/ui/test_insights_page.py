"""The Inzichten page: computed off the GUI thread, every lesson shown, rows open records."""

from PySide6.QtCore import QDate, QUrl

from buurtapp.core import formatting
from buurtapp.core.i18n import translate
from buurtapp.core.insights.report import as_json, compute
from buurtapp.core.storage.database import open_database
from buurtapp.ui.record_dialog import RecordDialog
from tests.conftest import DEMO_TODAY


def computed_page(window, qtbot):
    page = window.insights_page
    with qtbot.waitSignal(page.computed, timeout=30_000):
        window.show_kind("insights")
        assert page.progress.isVisible() or page.result is not None
        assert not page.compute_button.isEnabled() or page.result is not None
    return page


def test_page_shows_the_same_numbers_as_the_command(window, qtbot, demo_path) -> None:
    page = computed_page(window, qtbot)
    with open_database(demo_path) as db:
        expected = compute(db, DEMO_TODAY.replace(month=1, day=1), DEMO_TODAY)
    assert as_json(page.result.insights) == expected
    table = page.tables
    assert table["ownership"].model_.rowCount() == len(expected["ownership"])
    assert table["without_community_worker"].model_.rowCount() == len(
        expected["without_community_worker"]
    )
    assert table["fallen_silent"].model_.rowCount() == len(expected["fallen_silent"])
    assert table["funding_running_out"].model_.rowCount() == len(expected["funding_running_out"])
    assert table["place_conflicts"].model_.rowCount() == len(expected["place_conflicts"])
    assert table["bridging"].model_.rowCount() == len(expected["bridging"]["per_initiative"])
    assert table["core_groups"].model_.rowCount() == len(expected["core_groups"])
    assert table["without_place"].model_.index(0, 0).data() == "De Akkers"
    text = page.gems.toPlainText()
    for gem in expected["small_initiatives"]:
        assert gem["name"] in text
    position = 0
    for gem in expected["small_initiatives"]:  # in spotlight order, never by reach
        position = text.index(gem["name"] + "\n", position)
    assert "Kleine parels" in text and "keer bijeen" in text
    assert page.chart.series["new_pairs"].count() >= 10
    months = page.result.monthly
    assert sum(m.new_bridging_pairs for m in months) == expected["bridging"]["new_bridging_pairs"]
    assert sum(m.intergenerational for m in months) == len(expected["intergenerational_sessions"])
    bridge = expected["bridging"]
    assert page.tabs.sections["bridging"].summary.text() == translate(
        "Contacts between residents: {pairs}, bridging: {bridging} (new: {new})"
    ).format(
        pairs=bridge["pairs"], bridging=bridge["bridging_pairs"], new=bridge["new_bridging_pairs"]
    )


def test_cells_are_shaped_by_the_formatting_module(window, qtbot) -> None:
    page = computed_page(window, qtbot)
    conflicts = page.tables["place_conflicts"].model_
    row = conflicts.row(0)
    start, end = row["first_time"]
    assert conflicts.index(0, 0).data() == formatting.day(start)  # 27-11-2026, not ISO
    assert conflicts.index(0, 3).data() == formatting.time_span(start, end)
    assert "T" not in conflicts.index(0, 0).data()
    funding = page.tables["funding_running_out"].model_
    assert funding.index(0, 3).data() == formatting.amount(funding.row(0)["amount_cents"])
    assert funding.index(0, 2).data() == formatting.day(funding.row(0)["ends_on"])


def test_rows_and_spotlight_links_open_the_record(window, qtbot) -> None:
    page = computed_page(window, qtbot)
    gem = page.result.insights["small_initiatives"].items[0]
    page.gems.anchorClicked.emit(QUrl(f"initiatives:{gem.id}"))
    dialog = window.findChild(RecordDialog)
    assert dialog is not None and dialog.record.id == gem.id
    dialog.done(0)
    table = page.tables["fallen_silent"]
    table.activated.emit(table.model_.index(0, 0))
    opened = [d for d in window.findChildren(RecordDialog) if d.isVisible()]
    assert (
        opened and opened[-1].record.id == page.result.insights["fallen_silent"].initiatives[0].id
    )


def test_bad_period_is_said_and_a_new_period_recomputes(window, qtbot) -> None:
    page = computed_page(window, qtbot)
    page.first.setDate(QDate(2026, 12, 1))
    page.last.setDate(QDate(2026, 1, 1))
    page.compute()
    assert "ligt voor het begin" in page.status.text()
    page.first.setDate(QDate(2026, 10, 1))
    page.last.setDate(QDate(2026, 10, 31))
    with qtbot.waitSignal(page.computed, timeout=30_000):
        page.compute()
    assert page.result.first.isoformat() == "2026-10-01"
    assert "01-10-2026 – 31-10-2026" in page.status.text()


def test_print_small_gems_opens_a_preview(window, qtbot) -> None:
    page = computed_page(window, qtbot)
    assert page.print_gems.isEnabled()
    page.print_gems.click()
    preview = window.printing.preview
    qtbot.waitUntil(preview.isVisible)
    assert preview.windowTitle() == "Kleine parels"
    preview.close()
