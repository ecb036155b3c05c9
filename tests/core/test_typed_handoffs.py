"""What the core hands to the reports and the window is typed (issue 13): frozen dataclasses,
never dicts; and the window and the prints show dates and numbers only through
``core.formatting``, never by slicing ISO text, ``strftime`` or ``QLocale().toString``."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from buurtapp.core import formatting, i18n
from buurtapp.core.documents import data as documents
from buurtapp.core.insights import bundle as insights_bundle
from buurtapp.core.insights.details import FundingSpan, funding_timeline
from buurtapp.core.model.field_spec import FieldSpec
from buurtapp.core.model.fields import fields_of
from buurtapp.core.planning import week
from buurtapp.core.privacy.forgetting import PersonData, person_data, write_person_json
from buurtapp.core.storage.database import open_database
from tests.conftest import DEMO_TODAY

FIRST, LAST = date(2025, 12, 1), DEMO_TODAY
PACKAGE = Path(__file__).resolve().parents[2] / "buurtapp"


@pytest.fixture
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def _frozen(value: object) -> None:
    """``value`` is a frozen dataclass instance: not a dict, and it refuses to change."""
    assert dataclasses.is_dataclass(value) and not isinstance(value, type), type(value)
    assert not isinstance(value, dict)
    name = dataclasses.fields(value)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, name, getattr(value, name))


def test_week_data_are_frozen_and_the_dict_functions_are_gone(demo) -> None:
    sessions = week.week_sessions(demo, FIRST, LAST)
    assert sessions
    for session in sessions[:20]:
        _frozen(session)
        assert isinstance(session.starts_at, datetime)
    info = week.session_details(demo, sessions[0].id)
    assert info is not None
    _frozen(info)
    assert (info.id, info.starts_at, info.place) == (
        sessions[0].id,
        sessions[0].starts_at,
        sessions[0].place,
    )
    assert not hasattr(week, "sessions_between") and not hasattr(week, "session_info")


def test_printed_times_come_from_the_typed_sessions(demo) -> None:
    monday = week.week_start(DEMO_TODAY)
    programme = documents.week_programme(demo, monday)
    listed = week.week_sessions(demo, monday, monday + (programme.last - programme.first))
    shown = [s for day in programme.days for s in day.sessions]
    assert [s.id for s in shown] == [s.id for s in listed] and shown
    for printed, session in zip(shown, listed, strict=True):
        assert printed.time == formatting.time_span(session.starts_at, session.ends_at)
        assert printed.time.count(":") == 2  # 09:30–11:00, not ISO text
    sheet = documents.signin_sheet(demo, listed[0].id, DEMO_TODAY)
    assert sheet.date == listed[0].day
    assert sheet.time == formatting.time_span(listed[0].starts_at, listed[0].ends_at)


def test_gems_and_the_funding_timeline_are_frozen(demo) -> None:
    found = insights_bundle.bundle(demo, FIRST, LAST, LAST)
    gems = found.gems()
    assert gems
    for gem in gems:
        _frozen(gem)
        assert isinstance(gem, insights_bundle.Gem)
        assert gem.started_on is None or isinstance(gem.started_on, date)
    assert any(gem.story for gem in gems)
    spans = funding_timeline(demo, FIRST, LAST)
    assert spans and tuple(spans) == found.timeline
    for span in spans:
        _frozen(span)
        assert isinstance(span, FundingSpan)
        assert span.starts_on <= LAST and span.ends_on >= FIRST


def test_person_data_is_typed_and_its_json_is_the_stored_record(demo, tmp_path) -> None:
    pid = demo.scalar(
        "SELECT participant_id FROM roles WHERE participant_id IS NOT NULL "
        "AND participant_id IN (SELECT participant_id FROM attendance) LIMIT 1"
    )
    data = person_data(demo, pid)
    assert isinstance(data, PersonData)
    _frozen(data)
    for part in (*data.roles, *data.attendance):
        _frozen(part)
    assert all(isinstance(info, FieldSpec) for info, _ in data.fields)
    held = [f.name for f in fields_of("participants") if f.kind == "key" or f.personal]
    assert [info.name for info, _ in data.fields] == held
    # The export holds exactly what the database holds, as it holds it.
    row = demo.query(f"SELECT {', '.join(held)} FROM participants WHERE id = ?", (pid,))[0]
    stored = [
        r["starts_at"]
        for r in demo.query(
            "SELECT s.starts_at FROM attendance t JOIN sessions s ON s.id = t.session_id "
            "WHERE t.participant_id = ? ORDER BY s.starts_at",
            (pid,),
        )
    ]
    path = write_person_json(demo, pid, tmp_path / "inzage.json")
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written == data.as_json()
    assert list(written) == ["participant", "organisation", "roles", "attendance"]
    assert written["participant"] == dict(row)
    assert [a["starts_at"] for a in written["attendance"]] == stored
    assert list(written["attendance"][0]) == ["starts_at", "activity", "initiative", "place"]
    assert list(written["roles"][0]) == ["role", "since", "until", "initiative"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_list_dates_follow_the_chosen_language_and_sort_by_the_stored_value(qtbot, lang) -> None:
    from PySide6.QtCore import Qt

    from buurtapp.ui.backups_dialog import COLUMNS as BACKUP_COLUMNS
    from buurtapp.ui.columns import when
    from buurtapp.ui.record_model import Column, RecordTableModel

    i18n.set_language(lang)
    model = RecordTableModel([Column("next", "Next session", when("next"))])
    stored = ["2026-12-01T10:00", "2027-01-02", "2026-02-13T09:30", None, "kapot"]
    model.set_rows([{"next": value} for value in stored])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [model.index(n, 0).data() for n in range(model.rowCount())]
    # by the stored value (not by the text, where 01-12 would come before 13-02), empty last
    order = ["2026-02-13T09:30", "2026-12-01T10:00", "2027-01-02", "kapot", None]
    assert shown == [formatting.moment(value, lang) for value in order]
    assert shown[0] == {"nl": "13-02-2026 09:30", "en": "13/02/2026 09:30"}[lang]
    made = datetime(2026, 11, 27, 8, 5)
    row = {"made": made, "size": 1_260_000}
    made_column, size_column = BACKUP_COLUMNS[0], BACKUP_COLUMNS[2]
    assert made_column.text(row) == formatting.moment(made, lang)
    assert size_column.text(row) == {"nl": "1,3", "en": "1.3"}[lang]


# -- the source scan ---------------------------------------------------------------------------
#: Showing a date or a number by hand: ``strftime``, ``QLocale().toString`` (Qt's language, not
#: the chosen one) and slicing the date (``[:10]``) or the time (``[11:16]``) out of ISO text.
HAND_FORMATTING = re.compile(
    r"\.strftime\(|QLocale\(\s*\)\s*\.toString\(|\[\s*11\s*:\s*16\s*\]|\[\s*:\s*10\s*\]"
)
#: Known lines in files owned elsewhere, each with why it stays for now (the lead decides).
KNOWN = {
    # compares the days of two stored moments (shows nothing): formatting.as_date would do
    ("ui/activity_dialog.py", "if old and new and old[:10] == new[:10]:"),
}


def hand_formatting(text: str) -> list[str]:
    """The lines of ``text`` that format a date or number by hand."""
    return [line.strip() for line in text.splitlines() if HAND_FORMATTING.search(line)]


def test_window_and_prints_format_only_through_the_formatting_module() -> None:
    found = []
    for folder in ("ui", "reports", "core/documents"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            where = path.relative_to(PACKAGE).as_posix()
            for line in hand_formatting(path.read_text(encoding="utf-8")):
                if (where, line) not in KNOWN:
                    found.append(f"{where}: {line}")
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        'made = backup.made.strftime("%d-%m-%Y %H:%M")',
        'size = QLocale().toString(backup.size / 1e6, "f", 1)',
        'size = QLocale( ).toString(value, "f", 1)',
        'time = row["starts_at"][11:16]',
        "day = row['starts_at'][:10]",
        "day = value[ : 10 ]",
    ],
)
def test_the_scan_catches_hand_formatting(line: str) -> None:
    assert hand_formatting(f"def f(row):\n    {line}\n    return 1\n") == [line]


def test_the_scan_leaves_the_formatting_module_alone() -> None:
    text = (
        "made = formatting.moment(backup.made)\n"
        "size = formatting.number(backup.size / 1e6, 1)\n"
        "first = rows[:100]\n"
        "month = starts[held.session][:7]\n"
    )
    assert hand_formatting(text) == []
