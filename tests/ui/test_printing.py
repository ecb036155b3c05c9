"""Printing from the window: the document that fits what is on screen, as PDF or preview."""

import unicodedata

from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt

from buurtapp.ui.week_page import SESSION_ROLE


def text_of(path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).replace("ﬃ", "ffi").split())


def test_week_programme_of_the_week_on_screen(window, qtbot, tmp_path) -> None:
    qtbot.mouseClick(window.week_page.next, Qt.MouseButton.LeftButton)
    path = window.printing.save_pdf("week", tmp_path / "week.pdf")
    assert path is not None
    assert "Weekprogramma · Week 49" in text_of(path)


def test_signin_needs_a_session_then_prints_it(window, answer, tmp_path) -> None:
    # The window opens on today's first session (keyboard first); with none chosen, the
    # sheet asks for one.
    window.week_page.tree.setCurrentIndex(QModelIndex())
    assert window.week_page.panel.session is None
    answer.next("warning_ok")
    assert window.printing.save_pdf("signin", tmp_path / "s.pdf") is None
    assert "Kies eerst een bijeenkomst" in answer.texts[0]
    week = window.week_page
    first = next(
        r for r in range(week.model.rowCount()) if week.model.index(r, 0).data(SESSION_ROLE)
    )
    week.tree.setCurrentIndex(week.model.index(first, 0))
    title = week.panel.title.text()
    path = window.printing.save_pdf("signin", tmp_path / "s.pdf")
    assert f"Presentielijst: {title}" in text_of(path)


def test_initiative_overview_asks_the_period(window, answer, tmp_path) -> None:
    window.show_kind("initiatives")
    page = window.pages["initiatives"]
    page.select_id(1)
    answer.next("period_ok")
    path = window.printing.save_pdf("initiative", tmp_path / "i.pdf")
    name = window.database.scalar("SELECT name FROM initiatives WHERE id = 1")
    text = text_of(path)
    assert f"Initiatiefoverzicht: {name}" in text
    assert "1 januari 2026 – 25 november 2026" in text


def test_participant_list_of_the_chosen_activity(window, tmp_path) -> None:
    window.show_kind("activities")
    window.pages["activities"].select_id(2)
    path = window.printing.save_pdf("participants", tmp_path / "p.pdf")
    title = window.database.scalar("SELECT title FROM activities WHERE id = 2")
    assert f"Deelnemerslijst: {title}" in text_of(path)


def test_print_preview_keeps_its_printer(window, qtbot) -> None:
    preview = window.printing.print_document("week")
    qtbot.waitUntil(preview.isVisible)
    assert window.printing.printer is not None
    preview.close()


def test_agenda_export(window, tmp_path) -> None:
    path = window.printing.export_ics(tmp_path / "agenda.ics")
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    expected = window.database.scalar(
        "SELECT count(*) FROM sessions WHERE starts_at >= '2026-11-25' "
        "AND starts_at < date('2026-11-25', '+92 days')"
    )
    assert len(events) == expected > 0
