"""Every print says whose it is and whether it is made up (issue 16): the centre's logo in the
header of every page, and on the demo (the example file) an "EXAMPLE — made-up data" mark on
every page, continuation pages too; a real centre's file never shows the mark.

Every document of the catalogue is checked (a new document is covered by being registered),
plus the two made outside it (the inzage and the small gems), each rendered to a PDF and read
back with pypdf: its text, page by page, and the images each page draws.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from buurtapp.cli import main
from buurtapp.core.documents import data
from buurtapp.core.model import app_settings
from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.database import open_database
from buurtapp.reports import catalogue, documents, list_sheets
from buurtapp.reports.catalogue import Need, Request
from buurtapp.reports.html import PrintJob, job_for
from buurtapp.reports.render import pdf_bytes
from buurtapp.reports.texts import texts
from tests.conftest import DEMO_TODAY

MONDAY = date(2026, 11, 30)
#: Made outside the catalogue (from a participant's form and from the insights).
EXTRA = ("person", "small_gems")
#: These copies run over more than one page (60 empty rows on the sign-in sheet; the inzage
#: of the person who came most often).
SEVERAL_PAGES = ("week_large", "signin", "person")


def logo_png(width: int = 300, height: int = 120) -> bytes:
    """A test logo: a blue rectangle with white letters, as PNG bytes."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2a6f97"))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(height // 2)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, "DL")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _busiest(db: Database, sql: str) -> int:
    return int(db.scalar(sql))


def request_for(document: catalogue.Document, db: Database) -> Request:
    """What ``document`` needs, chosen so the copy is as long as the demo allows."""
    request = Request(today=DEMO_TODAY)
    busiest_activity = (
        "SELECT s.activity_id FROM attendance a JOIN sessions s ON s.id = a.session_id "
        "GROUP BY s.activity_id ORDER BY count(DISTINCT a.participant_id) DESC LIMIT 1"
    )
    for need in document.needs:
        if need in (Need.PLACE, Need.LARGE):
            continue  # optional: the whole week, the document's own size
        if need is Need.WEEK:
            request = replace(request, week=MONDAY)
        elif need is Need.SESSION:
            session = _busiest(db, "SELECT id FROM sessions ORDER BY starts_at LIMIT 1")
            request = replace(request, session=session)
        elif need is Need.ACTIVITY:
            request = replace(request, activity=_busiest(db, busiest_activity))
        elif need in (Need.INITIATIVE, Need.INITIATIVE_OR_ACTIVITY):
            request = replace(request, initiative=1)
        elif need is Need.PERSON:
            request = replace(request, person=1)
        elif need is Need.PERIOD:
            request = replace(request, first=date(2026, 1, 1), last=MONDAY)
        else:
            pytest.fail(f"a new need {need}: say here how this test chooses it")
    return request


def make(key: str, db: Database) -> PrintJob:
    if key == "person":  # the inzage of the person who came most often: several pages
        person = _busiest(
            db,
            "SELECT participant_id FROM attendance GROUP BY participant_id "
            "ORDER BY count(*) DESC LIMIT 1",
        )
        return documents.person_record(db, person)
    if key == "small_gems":
        return documents.small_gems(db, [], date(2026, 1, 1), MONDAY, DEMO_TODAY)
    document = catalogue.get(key)
    return catalogue.build(document, db, request_for(document, db))


def normal(text: str) -> str:
    """What a reader sees: ligatures undone, runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_of(job: PrintJob) -> PdfReader:
    made = pdf_bytes(job)
    assert made is not None
    reader = PdfReader(BytesIO(made[0]))
    pages = made[1]
    assert len(reader.pages) == pages
    return reader


def page_texts(reader: PdfReader) -> list[str]:
    return [normal(page.extract_text()) for page in reader.pages]


def image_ids(reader: PdfReader) -> list[list[int]]:
    """Per page, the object numbers of the images it draws."""
    found = []
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject")
        found.append([objects.raw_get(name).idnum for name in objects] if objects else [])
    return found


@pytest.fixture
def files(demo_path: Path, tmp_path: Path) -> Callable[[bool], Database]:
    """``files(example)``: the demo as written (the example), or a copy with the example mark
    taken away (a real centre's file with the same data). Sign-in sheets get 60 empty rows,
    so that one runs over more than a page too."""
    real_path = tmp_path / "real.db"
    shutil.copyfile(demo_path, real_path)
    opened: list[Database] = []

    def open_file(example: bool) -> Database:
        db = open_database(demo_path if example else real_path)
        opened.append(db)
        assert app_settings.is_example(db)  # the demo writer marks its file
        if not example:
            app_settings.set_value(db, "example", "")
        app_settings.set_signin_empty_rows(db, 60)
        return db

    yield open_file
    for db in opened:
        db.close()


ALL = [document.key for document in catalogue.entries()] + list(EXTRA)


@pytest.mark.parametrize("key", ALL)
def test_every_page_of_the_example_says_so_and_a_real_files_never_does(files, key) -> None:
    whole, short = texts()["example_mark"], texts()["example_short"]
    example = pdf_of(make(key, files(True)))
    real = pdf_of(make(key, files(False)))
    marked, plain = page_texts(example), page_texts(real)
    # the mark sits on the header's line: the pages break where they did without it
    assert len(marked) == len(plain)
    if key in SEVERAL_PAGES:  # so continuation pages are checked, painted and HTML
        assert len(marked) >= 2, key
    for number, (with_mark, without) in enumerate(zip(marked, plain, strict=True), start=1):
        assert short in with_mark, (key, number)
        for word in (short, whole, "VOORBEELD", "EXAMPLE"):
            assert word not in without, (key, number)
        assert with_mark.replace(whole, "").replace(short, "").split() == without.split()
    # no logo set: no picture on any page
    assert image_ids(example) == image_ids(real) == [[] for _ in marked]


@pytest.mark.parametrize("key", ALL)
def test_a_logo_is_on_every_page_and_in_the_file_once(files, key) -> None:
    db = files(False)
    app_settings.set_centre_logo(db, logo_png(300, 120))
    reader = pdf_of(make(key, db))
    ids = image_ids(reader)
    assert all(len(page) == 1 for page in ids), ids
    assert len({page[0] for page in ids}) == 1  # one image, drawn on every page
    image = reader.pages[0]["/Resources"]["/XObject"]
    picture = next(iter(image.values())).get_object()
    assert picture["/Width"] / picture["/Height"] == pytest.approx(300 / 120, rel=0.03)
    for text in page_texts(reader):
        assert app_settings.centre_name(db) in text
    # taken away again: the header is as it was, with no picture
    app_settings.set_centre_logo(db, None)
    assert image_ids(pdf_of(make(key, db))) == [[] for _ in ids]


def _long_list(people: int) -> data.ParticipantList:
    listed = tuple(
        data.ListedPerson(f"Persoon {n:03d}", "06-1", "a@b.nl", n % 2 == 0) for n in range(people)
    )
    return data.ParticipantList("Samen koken", "activity", listed)


def layout_lines(job: PrintJob, tmp_path: Path) -> list[list[str]]:
    """Per page, its non-empty lines as poppler lays them out (the header first)."""
    made = pdf_bytes(job)
    assert made is not None
    path = tmp_path / "layout.pdf"
    path.write_bytes(made[0])
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [normal(line) for line in page.splitlines() if line.strip()]
        for page in out.split("\f")
        if page.strip()
    ]


def test_a_long_list_has_logo_and_mark_in_the_header_of_every_continuation_page(
    tmp_path,
) -> None:
    sheet = list_sheets.participants(_long_list(150), 11.0)
    job = PrintJob(
        "Deelnemerslijst · Samen koken", "", "Buurthuis De Linde", 11.0, sheet=sheet,
        logo=logo_png(), example=True,
    )  # fmt: skip
    pages = layout_lines(job, tmp_path)
    assert len(pages) >= 4
    whole = texts()["example_mark"]
    for number, lines in enumerate(pages, start=1):
        # beside the logo: the centre and the mark on the first line, the title on it or under
        assert lines[0].startswith("Buurthuis De Linde") and whole in lines[0], number
        assert "Deelnemerslijst · Samen koken" in " ".join(lines[:2]), number
    assert all(len(page) == 1 for page in image_ids(pdf_of(job)))
    # the logo makes the header taller, the mark does not
    plain = PrintJob("Deelnemerslijst · Samen koken", "", "Buurthuis De Linde", 11.0, sheet=sheet)
    marked = PrintJob(
        "Deelnemerslijst · Samen koken", "", "Buurthuis De Linde", 11.0, sheet=sheet, example=True
    )
    assert len(layout_lines(plain, tmp_path)) == len(layout_lines(marked, tmp_path)) <= len(pages)


def test_when_the_header_line_is_full_the_mark_goes_to_the_footer(tmp_path) -> None:
    """Ever longer centre names in large print: the whole mark on the header's line while it
    fits, then its short form, then the mark in the footer, between date and page; on every page
    the mark is somewhere, and a name too long for the line is cut with "…", never run off
    the page or over the title."""
    words = "Stichting Buurthuis en Wijkcentrum De Lindeboom aan de Oude Haven te Dorpstad"
    sheet = list_sheets.participants(_long_list(40), 16.0)
    whole, short = texts()["example_mark"], texts()["example_short"]
    places = []
    for count in range(2, len(words.split()) + 1):
        centre = " ".join(words.split()[:count])
        assert len(centre) <= app_settings.CENTRE_NAME_MAX
        job = PrintJob("Deelnemerslijst", "", centre, 16.0, sheet=sheet, example=True)
        pages = layout_lines(job, tmp_path)
        assert len(pages) >= 2
        for number, lines in enumerate(pages, start=1):
            header, footer = lines[0], lines[-1]
            shown = (
                centre if header.startswith(centre) else header.split("...")[0]
            )  # NFKC: "…" is "..."
            assert header.startswith(shown), (centre, header)
            assert shown == centre or (len(shown) >= 20 and centre.startswith(shown)), header
            assert header.endswith("Deelnemerslijst"), (centre, header)
            if whole in header:
                place = "header"
            elif short in header:
                place = "short"
            else:
                # whole, or its short form when a long translation leaves no room
                assert short in footer and f"{number} " in footer, (centre, footer)
                place = "footer"
            places.append(place)
    assert places[0] == "header" and places[-1] == "footer"
    assert places == sorted(places, key=["header", "short", "footer"].index)


def test_a_picture_that_is_not_one_prints_no_logo_and_no_gap(tmp_path) -> None:
    """A damaged logo value never stops a print: the header is the one without a logo."""
    sheet = list_sheets.participants(_long_list(10), 11.0)
    broken = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40  # PNG's signature, nothing readable after it
    job = PrintJob("Deelnemerslijst", "", "Buurthuis", 11.0, sheet=sheet, logo=broken)
    plain = PrintJob("Deelnemerslijst", "", "Buurthuis", 11.0, sheet=sheet)
    assert image_ids(pdf_of(job)) == [[]]
    assert layout_lines(job, tmp_path) == layout_lines(plain, tmp_path)


def test_job_for_reads_the_header_from_the_file(files) -> None:
    db = files(False)
    job = job_for(db, "Titel", "<p>x</p>")
    assert (job.centre, job.logo, job.example) == (app_settings.centre_name(db), None, False)
    app_settings.set_centre_logo(db, logo_png())
    app_settings.set_value(db, "example", "1")
    job = job_for(db, "Titel", "<p>x</p>")
    assert job.logo == logo_png() and job.example


def test_the_command_line_prints_the_demo_as_an_example(capsys, tmp_path) -> None:
    """What a person does: write the demo, print the week from it; then make a real file."""
    demo = tmp_path / "demo.db"
    assert main(["demo", "--db", str(demo)]) == 0
    short = texts()["example_short"]
    for argv in (["week", "--week", "2026-W49"], ["week_large", "--week", "2026-W49"]):
        out = tmp_path / f"{argv[0]}.pdf"
        assert main(["print", argv[0], "--db", str(demo), *argv[1:], "-o", str(out)]) == 0
        pages = page_texts(PdfReader(out))
        assert pages and all(short in page for page in pages), argv
    capsys.readouterr()
    real = tmp_path / "real.db"
    shutil.copyfile(demo, real)
    db = open_database(real)
    app_settings.set_value(db, "example", "")
    db.close()
    out = tmp_path / "real.pdf"
    assert main(["print", "week", "--db", str(real), "--week", "2026-W49", "-o", str(out)]) == 0
    assert all(short not in page for page in page_texts(PdfReader(out)))


@pytest.mark.parametrize(
    ("size", "expected_rect"),
    [
        ((2000, 500), (440.0, 110.0)),  # large: made small, once, to the header's size
        ((40, 16), (275.0, 110.0)),  # small: drawn that size, its pixels never enlarged
        ((3000, 100), (600.0, 20.0)),  # very wide: at most the share of the width
    ],
)
def test_a_logo_is_decoded_to_the_headers_size_keeping_its_shape(size, expected_rect) -> None:
    from buurtapp.reports.page_chrome import decoded_logo

    logo = decoded_logo(logo_png(*size), 110.0, 600.0)
    assert logo is not None
    assert (logo.rect.width(), logo.rect.height()) == pytest.approx(expected_rect)
    image = logo.image
    assert image.width() <= size[0] and image.height() <= size[1]  # never enlarged
    assert image.width() <= logo.rect.width() + 1 and image.height() <= logo.rect.height() + 1
    assert image.width() / image.height() == pytest.approx(size[0] / size[1], rel=0.05)
    assert decoded_logo(None, 110.0, 600.0) is None
