"""The insight registry is the one list the window, ``buurtapp insights`` and its JSON read.

Every entry computes on the small demo and hands back a frozen dataclass; every entry shows on
the Inzichten page (a real widget), in ``--json`` and in the text summary; and an insight
registered at test time shows in all three with no other change.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from buurtapp.cli import main
from buurtapp.core.i18n import N_, translate
from buurtapp.core.insights import registry
from buurtapp.core.insights.entry import CellKind, Column, Context, Insight, Row
from buurtapp.core.insights.report import compute_all
from buurtapp.core.storage.database import open_database
from buurtapp.ui.insights_page import InsightsPage
from buurtapp.ui.workspace import Workspace
from tests.conftest import DEMO_TODAY

FIRST, LAST = date(2026, 1, 1), DEMO_TODAY
PERIOD = ["--from", FIRST.isoformat(), "--to", LAST.isoformat()]


@dataclasses.dataclass(frozen=True)
class PlaceCount:
    places: int
    names: tuple[str, ...]


def count_places(ctx: Context) -> PlaceCount:
    found = tuple(
        r[0] for r in ctx.database.conn.execute("SELECT name FROM places ORDER BY name, id")
    )
    return PlaceCount(len(found), found)


PROBE = Insight[PlaceCount](
    key="probe_places",
    lesson=1,
    title=N_("Probe: places known"),
    explanation=N_("Registered by a test, to prove that one entry is all it takes."),
    compute=count_places,
    summary=lambda r, lang: f"Probe places: {r.places}",
    to_json=lambda r: {"places": r.places},
    columns=(Column("name", N_("Place"), CellKind.TEXT, 200),),
    rows=lambda r: [Row({"name": name}) for name in r.names],
)


@pytest.fixture
def probe() -> Iterator[Insight[PlaceCount]]:
    registry.register(PROBE)
    try:
        yield PROBE
    finally:
        registry.unregister(PROBE.key)


def insights_page(qtbot, demo_path) -> InsightsPage:
    database = open_database(demo_path)
    page = InsightsPage(Workspace(database, today=DEMO_TODAY))
    qtbot.addWidget(page)
    page.show()
    page.first.setDate(FIRST)
    page.last.setDate(LAST)
    with qtbot.waitSignal(page.computed, timeout=30_000):
        page.compute()
    return page


def labels(page: InsightsPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def cli(capsys, demo_path, *more: str) -> str:
    assert main(["insights", "--db", str(demo_path), *PERIOD, *more]) == 0
    return capsys.readouterr().out


def test_every_entry_computes_its_frozen_dataclass_on_the_demo(demo_path) -> None:
    assert len(registry.entries()) >= 10
    assert {e.lesson for e in registry.entries()} <= set(range(1, 9))
    with open_database(demo_path) as db:
        found = compute_all(db, FIRST, LAST)
    assert list(found.values) == [e.key for e in registry.entries()]
    for entry in registry.entries():
        value = found[entry.key]
        assert dataclasses.is_dataclass(value) and not isinstance(value, type), entry.key
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, dataclasses.fields(value)[0].name, None)
        line = entry.summary(value, "en")
        assert line and "\n" not in line and "{" not in line, entry.key
        json.dumps(entry.to_json(value))  # plain JSON, no dataclasses or dates
        keys = {c.key for c in entry.columns}
        for row in entry.rows(value):
            assert keys <= set(row.values), entry.key
    # The demo makes every insight show something, the lesson-5 age mix included.
    assert found["age_mix"].mixed > 0 and found["age_mix"].sessions > found["age_mix"].mixed


def test_every_entry_is_on_the_page_in_the_json_and_in_the_summary(
    qtbot, demo_path, capsys
) -> None:
    page = insights_page(qtbot, demo_path)
    shown = labels(page)
    data = json.loads(cli(capsys, demo_path, "--json"))
    text = cli(capsys, demo_path)
    values = page.result.insights
    for entry in registry.entries():
        assert translate(entry.title) in shown, entry.key
        assert page.tabs.sections[entry.key].summary.text() == entry.summary(
            values[entry.key], None
        )
        assert data[entry.key] == entry.to_json(values[entry.key])
        assert entry.summary(values[entry.key], "nl") in text.splitlines()
    assert list(data) == [e.key for e in registry.entries()]


def test_an_insight_registered_at_test_time_shows_everywhere(qtbot, demo_path, capsys, probe):
    with open_database(demo_path) as db:
        places = db.scalar("SELECT count(*) FROM places")
    assert isinstance(places, int) and places > 0
    page = insights_page(qtbot, demo_path)
    assert translate(probe.title) in labels(page)
    section = page.tabs.sections[probe.key]
    assert section.summary.text() == f"Probe places: {places}"
    assert section.table is not None and section.table.model_.rowCount() == places
    assert page.tables[probe.key] is section.table
    data = json.loads(cli(capsys, demo_path, "--json"))
    assert list(data)[-1] == probe.key and data[probe.key] == {"places": places}
    assert f"Probe places: {places}" in cli(capsys, demo_path).splitlines()


def test_an_unregistered_insight_leaves_the_page(qtbot, demo_path, probe) -> None:
    page = insights_page(qtbot, demo_path)
    assert probe.key in page.tabs.sections
    registry.unregister(probe.key)
    with qtbot.waitSignal(page.computed, timeout=30_000):
        page.compute()
    assert probe.key not in page.tabs.sections and probe.key not in page.tables
    qtbot.waitUntil(lambda: translate(probe.title) not in labels(page))


def test_a_key_is_registered_once_and_lessons_are_one_to_eight() -> None:
    with pytest.raises(ValueError, match="registered already"):
        registry.register(registry.entry("bridging"))
    with pytest.raises(ValueError, match=r"1\.\.8"):
        dataclasses.replace(PROBE, lesson=9)
