"""The Inzichten page fills in figure by figure (issue 15, item 2).

A probe insight that waits for the test to let it go stands for a slow figure: while it waits,
every other figure is already on the page and the probe says calmly that it is being computed;
a change of data or of period during the run cancels it and leads to the new numbers (never
the old ones, never lost); leaving during a run is safe and nothing arrives afterwards.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate

from buurtapp.core import operations as ops
from buurtapp.core.i18n import N_
from buurtapp.core.insights import registry
from buurtapp.core.insights.entry import Context, Insight
from buurtapp.core.insights.report import as_json, compute
from buurtapp.core.storage.database import open_database
from tests.conftest import DEMO_TODAY

FIRST = DEMO_TODAY.replace(month=1, day=1)
#: "wordt berekend…" once the lead's lupdate has added its Dutch; the text Qt shows, either way
PENDING = "wordt berekend…"  # the window speaks Dutch (InsightSection "being computed…")


@dataclasses.dataclass(frozen=True)
class Sessions:
    held: int


class Gate:
    """Holds the first computation of the probe (the page's run) until the test opens it
    (never longer than 20 s); the test's own computations pass."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.waiting = threading.Event()

    def __call__(self, ctx: Context) -> Sessions:
        if not self.waiting.is_set():  # the first computation (the page's run) waits
            self.waiting.set()
            self.opened.wait(20)
        held = ctx.database.scalar(
            "SELECT count(*) FROM sessions WHERE cancelled = 0 AND starts_at >= ? "
            "AND starts_at < ?",
            (ctx.first.isoformat(), date.fromordinal(ctx.last.toordinal() + 1).isoformat()),
        )
        return Sessions(int(held or 0))


@pytest.fixture
def gate() -> Iterator[Gate]:
    found = Gate()
    probe = Insight[Sessions](
        key="probe_slow",
        lesson=1,
        title=N_("Probe: a slow figure"),
        explanation=N_("Registered by a test: it waits until the test lets it go."),
        compute=found,
        summary=lambda r, lang: f"Probe sessions: {r.held}",
        to_json=lambda r: {"held": r.held},
        cost=10_000,  # computed last
    )
    registry.register(probe)
    try:
        yield found
    finally:
        found.opened.set()
        registry.unregister(probe.key)


def summaries(page) -> dict[str, str]:
    return {key: s.summary.text() for key, s in page.tabs.sections.items()}


def expected(window, first: date = FIRST, last: date = DEMO_TODAY) -> dict:
    with open_database(window.database.path) as db:
        return compute(db, first, last)


def start(window, qtbot, gate: Gate):
    page = window.insights_page
    window.show_kind("insights")
    assert page.thread_ is not None and page.thread_.isRunning()
    qtbot.waitUntil(gate.waiting.is_set, timeout=20_000)
    return page


def test_each_figure_shows_when_ready_and_the_slow_one_says_so(window, qtbot, gate) -> None:
    page = start(window, qtbot, gate)
    others = [k for k in page.tabs.sections if k != "probe_slow"]
    # every other figure arrives while the probe still waits: the page is not all-or-nothing
    qtbot.waitUntil(lambda: all(summaries(page)[k] != PENDING for k in others), timeout=20_000)
    assert summaries(page)["probe_slow"] == PENDING
    assert page.result is None and page.progress.isVisible()
    want = expected(window)
    for entry in registry.entries():
        if entry.key != "probe_slow":
            assert summaries(page)[entry.key] == entry.summary(page.tabs.shown[entry.key], None)
            assert entry.to_json(page.tabs.shown[entry.key]) == want[entry.key], entry.key
    assert page.tables["ownership"].model_.rowCount() == len(want["ownership"])
    assert "Kleine parels" in page.gems.toPlainText()
    with qtbot.waitSignal(page.computed, timeout=20_000):
        gate.opened.set()
    assert summaries(page)["probe_slow"] == f"Probe sessions: {want['probe_slow']['held']}"
    assert as_json(page.result.insights) == want
    assert not page.progress.isVisible()


def test_an_edit_during_a_run_leads_to_the_new_numbers(window, qtbot, gate) -> None:
    page = start(window, qtbot, gate)
    first_run = page.thread_
    before = expected(window)
    role = window.database.scalar(
        "SELECT r.id FROM roles r JOIN participants p ON p.id = r.participant_id "
        "JOIN initiatives i ON i.id = r.initiative_id WHERE r.role = 'community_worker' "
        "AND p.is_worker = 1 AND i.status = 'active' ORDER BY r.id LIMIT 1"
    )
    window.workspace.run(ops.delete, "roles", role)
    assert first_run.cancelled  # its numbers would be old: none of them is shown any more
    after = expected(window)
    assert after["without_community_worker"] != before["without_community_worker"]
    gate.opened.set()
    with qtbot.waitSignal(page.computed, timeout=30_000):
        pass
    assert page.thread_ is not first_run
    assert as_json(page.result.insights) == after
    line = registry.entry("without_community_worker").summary(
        page.result.insights["without_community_worker"], None
    )
    assert summaries(page)["without_community_worker"] == line


def test_another_period_during_a_run_restarts_with_that_period(window, qtbot, gate) -> None:
    page = start(window, qtbot, gate)
    first_run = page.thread_
    assert not page.compute_button.isEnabled()  # nothing new to ask yet
    page.first.setDate(QDate(2026, 10, 1))
    page.last.setDate(QDate(2026, 10, 31))
    assert page.compute_button.isEnabled()  # another period: it can be asked at once
    page.compute()
    assert first_run.cancelled
    gate.opened.set()
    with qtbot.waitSignal(page.computed, timeout=30_000):
        pass
    assert page.result.first == date(2026, 10, 1) and page.result.last == date(2026, 10, 31)
    assert as_json(page.result.insights) == expected(window, date(2026, 10, 1), date(2026, 10, 31))
    assert "01-10-2026 – 31-10-2026" in page.status.text()


def test_asking_the_same_during_a_run_does_not_restart_it(window, qtbot, gate) -> None:
    page = start(window, qtbot, gate)
    running = page.thread_
    page.compute()  # the same period, the same data: the run goes on
    window.show_kind("places")
    window.show_kind("insights")
    assert page.thread_ is running and not running.cancelled
    with qtbot.waitSignal(page.computed, timeout=20_000):
        gate.opened.set()
    assert as_json(page.result.insights) == expected(window)


@pytest.mark.parametrize("how", ["close", "stop"])
def test_leaving_during_the_fill_is_safe_and_nothing_arrives_after(
    window, qtbot, gate, how
) -> None:
    page = start(window, qtbot, gate)
    qtbot.waitUntil(lambda: summaries(page)["ownership"] != PENDING, timeout=20_000)
    thread = page.thread_
    gate.opened.set()  # the probe may finish; what it computed must not be shown
    started = time.monotonic()
    if how == "close":
        window.close()
    else:
        page.stop()
    assert time.monotonic() - started < 1.0
    assert thread.isFinished() and thread.cancelled
    if how == "close":  # the page goes (deleted later); nothing may arrive meanwhile
        qtbot.wait(200)  # (pytest-qt fails the test on an error in a slot)
        return
    shown = summaries(page)
    qtbot.wait(200)  # nothing queued arrives at a page that let its run go
    assert summaries(page) == shown
    assert page.result is None
