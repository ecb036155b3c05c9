"""Every printed document, read back from the PDF and compared with the database."""

import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from buurtapp.core.model import app_settings
from buurtapp.core.model import records as r
from buurtapp.core.model.attendance import set_attendance
from buurtapp.core.model.repository import Repositories
from buurtapp.core.storage.database import open_database
from buurtapp.reports import documents
from buurtapp.reports.render import write_pdf
from buurtapp.ui import translations

MONDAY = date(2026, 11, 30)


@pytest.fixture
def db(demo_path, qapp):
    loaded = translations.install(qapp, "nl")
    database = open_database(demo_path)
    yield database
    database.close()
    for translator in loaded:
        qapp.removeTranslator(translator)


def pdf_text(job, tmp_path, name="out.pdf") -> tuple[str, int]:
    path = tmp_path / name
    pages = write_pdf(job, path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Fonts set "ffi" as one ligature glyph; compare what a reader sees.
    text = unicodedata.normalize("NFKC", text).replace("ﬃ", "ffi")
    return " ".join(text.split()), pages


def test_week_programme_lists_exactly_the_weeks_sessions_in_order(db, tmp_path) -> None:
    sessions = db.query(
        "SELECT s.id, s.starts_at, s.ends_at, a.title FROM sessions s "
        "JOIN activities a ON a.id = s.activity_id "
        "WHERE s.starts_at >= '2026-11-30' AND s.starts_at < '2026-12-07' "
        "ORDER BY s.starts_at, a.title COLLATE NOCASE, s.id"
    )
    cancelled = sessions[1]
    db.conn.execute("UPDATE sessions SET cancelled = 1 WHERE id = ?", (cancelled["id"],))
    db.conn.commit()
    text, _ = pdf_text(documents.week_programme(db, MONDAY), tmp_path)
    assert "Weekprogramma · Week 49" in text
    assert "Buurthuis De Linde · Dorpstad" in text
    assert "Pagina 1 van 1" in text and "Afgedrukt op" in text
    times = re.findall(r"\d\d:\d\d–\d\d:\d\d", text)
    assert len(times) == len(sessions)
    position = 0
    for day in ("Maandag 30 november", "Dinsdag 1 december", "Zondag 6 december"):
        assert day in text
    for session in sessions:
        entry = f"{session['starts_at'][11:16]}–{session['ends_at'][11:16]} {session['title']}"
        found = text.find(entry, position)
        assert found >= 0, entry
        position = found
    assert f"{cancelled['title']} AFGELAST" in text
    assert text.count("AFGELAST") == 1


def test_week_programme_for_one_place_and_in_large_print(db, tmp_path) -> None:
    one = documents.week_programme(db, MONDAY, place_id=1)
    text, _ = pdf_text(one, tmp_path)
    assert "Alleen op Buurthuis De Linde" in text
    expected = db.scalar(
        "SELECT count(*) FROM sessions s JOIN activities a ON a.id = s.activity_id "
        "WHERE coalesce(s.place_id, a.place_id) = 1 "
        "AND s.starts_at >= '2026-11-30' AND s.starts_at < '2026-12-07'"
    )
    assert len(re.findall(r"\d\d:\d\d–\d\d:\d\d", text)) == expected
    normal = documents.week_programme(db, MONDAY)
    large = documents.week_programme(db, MONDAY, large=True)
    assert large.base_pt >= 16
    _, normal_pages = pdf_text(normal, tmp_path, "n.pdf")
    _, large_pages = pdf_text(large, tmp_path, "l.pdf")
    assert large_pages > normal_pages


def test_signin_sheet_names_and_empty_rows(db, tmp_path) -> None:
    app_settings.set_signin_empty_rows(db, 7)
    session = db.scalar(
        "SELECT id FROM sessions WHERE starts_at > '2026-11-26' "
        "AND activity_id = 1 ORDER BY starts_at LIMIT 1"
    )
    from buurtapp.core.documents.data import signin_sheet

    data = signin_sheet(db, session)
    assert data.names, "the demo activity has regulars"
    text, _ = pdf_text(documents.signin_sheet(db, session), tmp_path)
    assert "Presentielijst" in text
    position = 0
    for number, name in enumerate(data.names, start=1):
        found = text.find(f"{number} {name}", position)
        assert found >= 0, name
        position = found
    total = len(data.names) + 7
    numbers = [
        int(n)
        for n in re.findall(
            r"(?<![\d:-])(\d{1,2})(?![\d:-])", text[position:].split("Deze lijst")[0]
        )
    ]
    assert max(numbers) == total
    assert "Deze lijst" in text  # the privacy line


def test_participant_list_hides_contact_details_without_consent(db, tmp_path) -> None:
    repos = Repositories(db)
    open_person = repos.participants.add(
        r.Participant(
            name="Open Olga", phone="06-11112222", email="olga@voorbeeld.nl", consent_contact=1
        )
    )
    closed = repos.participants.add(
        r.Participant(
            name="Gesloten Gijs", phone="06-99998888", email="gijs@voorbeeld.nl", consent_contact=0
        )
    )
    odd = repos.participants.add(r.Participant(name="<b>Zoë & 'Öztürk'</b> Ağaoğlu Łódź &amp;"))
    session = db.scalar("SELECT id FROM sessions WHERE activity_id = 1 LIMIT 1")
    for person in (open_person, closed, odd):
        set_attendance(db, session, person.id, True)
    text, _ = pdf_text(documents.participant_list(db, activity_id=1), tmp_path)
    assert "06-11112222" in text and "olga@voorbeeld.nl" in text
    assert "Gesloten Gijs" in text
    assert "06-99998888" not in text and "gijs@voorbeeld.nl" not in text
    # Printed literally, not as markup (pypdf may put spaces between glyph runs).
    assert "<b>Zoë&'Öztürk'</b>Ağaoğlu Łódź&amp;".replace(" ", "") in text.replace(" ", "")


def test_initiative_overview_says_what_the_data_says(db, tmp_path) -> None:
    from buurtapp.core.documents.data import initiative_overview

    first, last = date(2026, 1, 1), date(2026, 11, 25)
    data = initiative_overview(db, 1, first, last)
    text, pages = pdf_text(documents.initiative_overview(db, 1, first, last), tmp_path)
    assert pages <= 2
    assert f"Initiatiefoverzicht: {data.initiative.name}" in text
    assert "1 januari 2026 – 25 november 2026" in text
    for label, key in [
        ("Gehouden bijeenkomsten", "sessions_held"),
        ("Verschillende deelnemers", "participants"),
        ("Bijeenkomsten waar jong en oud elkaar troffen", "intergenerational"),
    ]:
        assert f"{label} {getattr(data, key)}" in text
    assert data.initiative.story and data.initiative.story.split(".")[0] in text
    assert "€ 1.500,00" in text


def test_unwritable_path_is_a_clear_error(db, tmp_path) -> None:
    from buurtapp.core.errors import BuurtappError

    with pytest.raises(BuurtappError) as err:
        write_pdf(documents.week_programme(db, MONDAY), tmp_path / "nope" / "x.pdf")
    assert "de map bestaat niet" in err.value.message("nl")
