"""Issue 12 item 4: the agenda file holds the public programme; notes only when asked."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtapp.cli import main
from buurtapp.core.exchange.ics import calendar, notes_in_period
from buurtapp.core.storage.database import open_database
from buurtapp.ui import translations
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.settings import Settings
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import Answerer, discard_open_forms

NOTE = "Jan de Vries belt af, 06-12345678"
FIRST, LAST = date(2026, 12, 1), date(2026, 12, 31)


def _note_on_a_session(path: Path) -> tuple[str, int]:
    """Put a note with a name and phone on one December session, and cancel another."""
    con = sqlite3.connect(path)
    with con:
        sid, uid = con.execute(
            "SELECT id, uid FROM sessions WHERE starts_at >= '2026-12-01' ORDER BY starts_at"
        ).fetchone()
        con.execute("UPDATE sessions SET notes = ? WHERE id = ?", (NOTE, sid))
        con.execute(
            "UPDATE sessions SET cancelled = 1 WHERE id = (SELECT id FROM sessions"
            " WHERE starts_at >= '2026-12-01' AND id != ? ORDER BY starts_at LIMIT 1)",
            (sid,),
        )
    con.close()
    return uid, sid


def _texts(data: bytes) -> str:
    cal = Calendar.from_ical(data)
    return "\n".join(str(event.get(key, "")) for event in cal.walk("VEVENT") for key in event)


def test_notes_stay_out_by_default(demo_path) -> None:
    uid, _ = _note_on_a_session(demo_path)
    database = open_database(demo_path)
    try:
        assert notes_in_period(database, FIRST, LAST) == 1
        public = calendar(database, FIRST, LAST)
        text = _texts(public.to_ical())
        assert "06-12345678" not in text and "Jan de Vries" not in text
        event = next(e for e in public.walk("VEVENT") if str(e["uid"]).startswith(uid))
        # the public programme is all there: title, time, place, initiative, status
        assert event["summary"] and event["dtstart"] and event["dtend"]
        assert str(event["description"]).strip()  # the initiative's name
        assert {str(e["status"]) for e in public.walk("VEVENT")} == {"CONFIRMED", "CANCELLED"}
        with_notes = _texts(calendar(database, FIRST, LAST, with_notes=True).to_ical())
        assert NOTE in with_notes
    finally:
        database.close()


def test_cli_with_notes_flag(demo_path, tmp_path, capsys) -> None:
    _note_on_a_session(demo_path)
    base = ["export", "ics", "--db", str(demo_path), "--from", "2026-12-01", "--to", "2026-12-31"]
    assert main([*base, "-o", str(tmp_path / "public.ics")]) == 0
    assert "06-12345678" not in _texts((tmp_path / "public.ics").read_bytes())
    assert main([*base, "--with-notes", "-o", str(tmp_path / "notes.ics")]) == 0
    assert NOTE in _texts((tmp_path / "notes.ics").read_bytes())
    capsys.readouterr()


def _note_in_coming_weeks(path: Path) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "UPDATE sessions SET notes = ? WHERE id = (SELECT id FROM sessions"
            " WHERE starts_at >= '2026-11-26' ORDER BY starts_at LIMIT 1)",
            (NOTE,),
        )
    con.close()


def test_window_asks_and_no_is_the_default(qapp, qtbot, demo_path, tmp_path) -> None:
    _note_in_coming_weeks(demo_path)
    loaded = translations.install(qapp, "nl")
    settings = Settings(QSettings(str(tmp_path / "buurtapp.ini"), QSettings.Format.IniFormat))
    win = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(win, before_close_func=discard_open_forms)
    win.show()
    qtbot.waitExposed(win)
    answer = Answerer(qtbot)
    try:
        answer.next("notes_no")
        path = win.printing.export_ics(tmp_path / "no.ics")
        assert path is not None and "06-12345678" not in _texts(path.read_bytes())
        assert "namen en telefoonnummers" in answer.texts[-1]
        assert "de agenda is bedoeld om te delen" in answer.texts[-1]

        answer.next("notes_yes")
        path = win.printing.export_ics(tmp_path / "yes.ics")
        assert path is not None and NOTE in _texts(path.read_bytes())

        # Enter takes the default button, and that is No
        defaults: list[bool] = []

        def press_default(tries: int = 0) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                if tries < 100:
                    QTimer.singleShot(20, lambda: press_default(tries + 1))
                return
            defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
            box.defaultButton().click()

        QTimer.singleShot(0, press_default)
        path = win.printing.export_ics(tmp_path / "enter.ics")
        assert defaults == [True]
        assert path is not None and "06-12345678" not in _texts(path.read_bytes())
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
