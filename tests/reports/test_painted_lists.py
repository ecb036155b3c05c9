"""The list-like documents painted directly (issue 15): read back from real PDFs, every page has
the centre and title on top, "Pagina x van y" at the bottom and the table's header; nothing is
lost, nothing comes twice, long names wrap inside their column and closing notes stay with the
table's last row."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtapp.core.documents import data
from buurtapp.core.model.app_settings import centre_name
from buurtapp.core.storage.database import open_database
from buurtapp.reports import catalogue, list_sheets
from buurtapp.reports.catalogue import Request
from buurtapp.reports.html import PrintJob
from buurtapp.reports.render import pdf_bytes, write_pdf
from buurtapp.reports.texts import texts
from buurtapp.ui import translations

#: Names as a Dutch centre has them: diaeresis, cedilla, the ij ligature, long ones.
FIRST_NAMES = ("Zoë", "Aylin Çelik", "Ĳsbrand", "Fenna", "Mohammed", "Anouk", "Łukasz", "Sanne")


def normal(text: str) -> str:
    """What a reader sees: ligatures apart, whitespace as single spaces."""
    text = unicodedata.normalize("NFKC", text).replace("ﬃ", "ffi")
    return " ".join(text.split())


def pages_of(pdf: bytes | Path) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [normal(page.extract_text()) for page in PdfReader(source).pages]


@pytest.fixture
def dutch(qapp):
    loaded = translations.install(qapp, "nl")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)


def add_initiative_with(db_path: Path, names: list[str]) -> int:
    """A new initiative whose one session was attended by people called ``names``."""
    with open_database(db_path) as db, db.atomic() as conn:
        initiative = conn.execute(
            "INSERT INTO initiatives (name, status) VALUES ('Grote groep', 'active')"
        ).lastrowid
        activity = conn.execute(
            "INSERT INTO activities (initiative_id, title) VALUES (?, 'Iedereen')", (initiative,)
        ).lastrowid
        session = conn.execute(
            "INSERT INTO sessions (activity_id, starts_at, ends_at) "
            "VALUES (?, '2026-11-20T10:00', '2026-11-20T12:00')",
            (activity,),
        ).lastrowid
        for number, name in enumerate(names):
            person = conn.execute(
                "INSERT INTO participants (name, phone, email, consent_contact) "
                "VALUES (?, ?, ?, ?)",
                (name, f"06-{number:08d}", f"p{number}@voorbeeld.nl", number % 3 != 0),
            ).lastrowid
            conn.execute("INSERT INTO attendance VALUES (?, ?)", (session, person))
    assert initiative is not None
    return initiative


def thousand() -> list[str]:
    return [f"Deelnemer {n:04d} {FIRST_NAMES[n % len(FIRST_NAMES)]}" for n in range(1000)]


def test_a_thousand_people_every_page_framed_every_name_once_in_order(
    demo_path, tmp_path, dutch
) -> None:
    initiative = add_initiative_with(demo_path, thousand())
    with open_database(demo_path) as db:
        job = catalogue.build("participants", db, Request(initiative=initiative))
        listed = data.participant_list(db, initiative)
        centre = centre_name(db)
    assert job.sheet is not None, "the participant list is painted, not HTML"
    pages = write_pdf(job, tmp_path / "list.pdf")
    texts_ = pages_of(tmp_path / "list.pdf")
    assert len(texts_) == pages > 20
    for number, text in enumerate(texts_, start=1):
        assert text.startswith(centre), number
        assert "Deelnemerslijst · Grote groep" in text, number  # the header
        assert f"Pagina {number} van {pages}" in text, number  # the footer
        assert "Afgedrukt op" in text, number
        assert "Naam Telefoon E-mail" in text, number  # the table header, on every page
    whole = " ".join(texts_)
    names = [normal(person.name) for person in listed.people]  # Ĳ reads as IJ
    assert len(names) == 1000
    position = 0
    for name in names:
        assert whole.count(name) == 1, name
        found = whole.find(name, position)
        assert found >= 0, f"{name} missing or out of order"
        position = found
    assert "Zoë" in whole and "Çelik" in whole and normal("Ĳsbrand") in whole
    assert "geen toestemming om contactgegevens te delen" in whole  # no consent: no details
    assert "06-00000000" not in whole  # person 0 gave no consent
    note = normal(texts()["participants_privacy"])
    assert note in texts_[-1] and names[-1] in texts_[-1]


def _words_in_boxes(pdf: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of every word on the pages, from poppler's pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [
        (float(a), float(b), word)
        for a, b, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"'
            r' yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]


@pytest.mark.parametrize("spaces", [True, False], ids=["words", "one_long_word"])
def test_a_name_of_300_characters_wraps_within_its_column(
    demo_path, tmp_path, dutch, spaces
) -> None:
    word = "Maria-Ĳsbrand Zoë Çelik van den Bogaerde " if spaces else "Zoëçelikĳsbrand"
    long_name = (word * 40)[:300].strip()
    initiative = add_initiative_with(demo_path, ["Anna Aalders", long_name, "Zeno Zwart"])
    with open_database(demo_path) as db:
        job = catalogue.build("participants", db, Request(initiative=initiative))
    path = tmp_path / "long.pdf"
    write_pdf(job, path)
    a4_width, margin = 595.28, 15 / 25.4 * 72
    name_column_end = margin + 0.40 * (a4_width - 2 * margin)
    words = _words_in_boxes(path)
    assert words and max(right for _, right, _ in words) <= a4_width - margin + 0.5
    name_words = [(left, right) for left, right, w in words if w and w in long_name and len(w) > 3]
    assert len(name_words) >= 4  # wrapped over several lines
    assert all(right <= name_column_end + 0.5 for _, right in name_words)
    assert normal(long_name).replace(" ", "") in "".join(pages_of(path)).replace(" ", "")


def _participants(count: int) -> data.ParticipantList:
    people = tuple(
        data.ListedPerson(f"Persoon {n:03d}", "06-1", "a@b.nl", n % 2 == 0) for n in range(count)
    )
    return data.ParticipantList("Samen koken", "activity", people)


def test_the_participants_note_is_on_the_page_of_the_last_row(dutch) -> None:
    """Every length from one page to well over two: the note ends where the last row is."""
    note = normal(texts()["participants_privacy"])
    counts = set()
    for size in range(25, 90):
        sheet = list_sheets.participants(_participants(size), 11.0)
        made = pdf_bytes(PrintJob("Deelnemerslijst", "", "Buurthuis", 11.0, sheet=sheet))
        assert made is not None
        pages = pages_of(made[0])
        counts.add(len(pages))
        last = f"Persoon {size - 1:03d}"
        row_page = next(n for n, text in enumerate(pages) if last in text)
        assert row_page == len(pages) - 1, size
        assert note in pages[row_page], size
    assert counts >= {1, 2, 3}


@pytest.mark.parametrize("count", [0, 1, 30, 61])
def test_signin_sheets_number_every_row_and_repeat_the_header(count, dutch) -> None:
    names = tuple(f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {n:02d}" for n in range(count))
    sheet = data.SigninSheet(
        "Samen koken", "Eettafel", date(2026, 12, 2), "10:00–12:00", "Buurthuis", names, 10, False
    )
    made = pdf_bytes(
        PrintJob(
            "Presentielijst", "", "Buurthuis De Linde", 12.0, sheet=list_sheets.signin(sheet, 12.0)
        )
    )
    assert made is not None
    pages = pages_of(made[0])
    assert len(pages) == made[1]
    for number, text in enumerate(pages, start=1):
        assert text.startswith("Buurthuis De Linde"), number
        assert "# Naam Aanwezig / handtekening" in text, number
        assert f"Pagina {number} van {len(pages)}" in text, number
    whole = " ".join(pages)
    position = 0
    for number, name in enumerate(names, start=1):
        found = whole.find(f"{number} {normal(name)}", position)
        assert found >= 0, name
        position = found
    last_number = f" {count + 10} "
    assert last_number in f" {pages[-1]} "
    assert normal(texts()["signin_privacy"]) in pages[-1]
    assert "Presentielijst: Samen koken" in pages[0] and "woensdag 2 december 2026" in pages[0]


def test_a_long_week_keeps_every_session_in_order_and_days_headed(dutch) -> None:
    monday = date(2026, 11, 30)
    days = []
    expected = []
    for offset in range(7):
        sessions = []
        for n in range(40 if offset in (0, 3) else 3):
            title = f"Activiteit {offset}-{n:02d}"
            cancelled = n == 5
            sessions.append(
                data.ProgrammeSession(
                    n,
                    f"{9 + n % 10:02d}:00–{10 + n % 10:02d}:00",
                    title,
                    None,
                    f"Plek {n}",
                    cancelled,
                )
            )
            expected.append(title + (" AFGELAST" if cancelled else ""))
        days.append(data.ProgrammeDay(monday + timedelta(days=offset), tuple(sessions)))
    programme = data.WeekProgramme(
        "2026-W49", monday, monday + timedelta(days=6), None, tuple(days), len(expected)
    )
    for base in (11.0, 16.0):
        sheet = list_sheets.week(programme, base)
        made = pdf_bytes(PrintJob("Weekprogramma · 2026-W49", "", "Buurthuis", base, sheet=sheet))
        assert made is not None
        pages = pages_of(made[0])
        assert len(pages) >= 3
        whole = " ".join(pages)
        position = 0
        for entry in expected:
            assert whole.count(entry) == 1, entry
            found = whole.find(entry, position)
            assert found >= 0, entry
            position = found
        for number, text in enumerate(pages, start=1):
            assert f"Pagina {number} van {len(pages)}" in text
            # a page that goes on with a day says which day it is
            body = text.split(f"Pagina {number} van {len(pages)}", 1)[1]
            assert re.match(r" ?(Weekprogramma|[A-Z][a-z]+dag \d+ \w+)", body), (number, body[:60])
