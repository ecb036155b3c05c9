"""The catalogue of printable documents is the one list: the File menu, the ``print`` command
and the PDF all follow it, also for a document registered while the test runs."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from buurtapp.cli import main
from buurtapp.core.storage.connection import Database
from buurtapp.core.storage.database import open_database
from buurtapp.reports import catalogue
from buurtapp.reports.catalogue import Document, Need, Request
from buurtapp.ui import translations
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.settings import Settings
from tests.conftest import DEMO_TODAY

#: Arguments of the small demo for each need (the optional ones are left out).
DEMO_ARGS: dict[Need, list[str]] = {
    Need.WEEK: ["--week", "2026-W49"],
    Need.PLACE: [],
    Need.LARGE: [],
    Need.SESSION: ["--session", "5"],
    Need.ACTIVITY: ["--activity", "2"],
    Need.INITIATIVE: ["--initiative", "1"],
    Need.INITIATIVE_OR_ACTIVITY: ["--initiative", "1"],
    Need.PERSON: ["--participant", "10"],
    Need.PERIOD: ["--from", "2026-01-01", "--to", "2026-11-25"],
}


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def plain(menu_text: str) -> str:
    return menu_text.replace("&", "")


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    loaded = translations.install(qapp, "nl")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)


@pytest.fixture
def make_window(qtbot, demo_path, tmp_path, dutch):
    def make() -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / "buurtapp.ini"), QSettings.Format.IniFormat))
        window = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
        qtbot.addWidget(window)
        return window

    return make


def menu_texts(window: MainWindow, submenu: str) -> dict[str, str]:
    """The actions of File > Print (or Save as PDF) as the user sees them: name -> text."""
    menu = window.menuBar().findChild(QMenu, submenu)
    assert menu is not None, submenu
    return {a.objectName(): plain(a.text()) for a in menu.actions() if isinstance(a, QAction)}


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def help_of(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def cli_argv(document: Document, db: Path, output: Path) -> list[object]:
    extra = [arg for need in document.needs for arg in DEMO_ARGS[need]]
    return ["print", document.key, "--db", db, *extra, "-o", output]


# -- every document of the catalogue ------------------------------------------------------------
def test_the_catalogue_holds_the_documents_of_the_file_menu() -> None:
    keys = [d.key for d in catalogue.entries()]
    # the documents the window always offered (more may be added without touching this test)
    assert {"week", "week_large", "signin", "initiative", "participants"} <= set(keys)
    assert len(set(keys)) == len(keys)
    assert all(key.isidentifier() and key.islower() for key in keys)  # usable as a command


def test_every_document_is_in_the_file_menu(make_window) -> None:
    window = make_window()
    printed = menu_texts(window, "menu_print")
    saved = menu_texts(window, "menu_pdf")
    for document in catalogue.entries():
        text = plain(document.translated_menu())
        assert printed.get(f"action_print_{document.key}") == text, document.key
        assert saved.get(f"action_pdf_{document.key}") == text, document.key
    # and nothing else: the menus are the catalogue
    assert len(printed) == len(saved) == len(list(catalogue.entries()))


def test_every_document_is_a_print_command(capsys) -> None:
    listed = help_of(capsys, "print")
    for document in catalogue.entries():
        assert document.key in listed
        own = help_of(capsys, "print", document.key)
        for need in document.needs:
            for option in DEMO_ARGS[need][::2]:
                assert option in own, (document.key, option)


@pytest.mark.parametrize("key", [d.key for d in catalogue.entries()])
def test_every_document_prints_from_the_demo(capsys, demo_path, tmp_path, key) -> None:
    document = catalogue.get(key)
    output = tmp_path / f"{key}.pdf"
    code, _, err = run(capsys, *cli_argv(document, demo_path, output))
    assert code == 0, err
    text = pdf_text(output)
    assert "Buurthuis De Linde" in text  # the centre, in the header
    assert document.translated_title() in text, (document.translated_title(), text[:200])


def test_a_suggested_file_name_says_document_subject_and_date(demo_path) -> None:
    with open_database(demo_path) as db:
        request = Request(initiative=1, first=DEMO_TODAY.replace(month=1, day=1), last=DEMO_TODAY)
        job = catalogue.build("initiative", db, request)
        name = db.scalar("SELECT name FROM initiatives WHERE id = 1")
    assert job.file_name.endswith(".pdf")
    assert catalogue.get("initiative").translated_title() in job.file_name
    assert str(name).split()[0] in job.file_name
    assert "/" not in job.file_name and "·" not in job.file_name


# -- a document added while the test runs ----------------------------------------------------
@dataclass(frozen=True)
class PlaceCount:
    initiative: str
    places: int


def place_count(database: Database, request: Request) -> PlaceCount:
    name = database.scalar("SELECT name FROM initiatives WHERE id = ?", (request.initiative,))
    places = database.scalar("SELECT count(*) FROM places")
    return PlaceCount(str(name), int(places or 0))


@pytest.fixture
def extra_document(tmp_path) -> Iterator[Document]:
    template = tmp_path / "templates" / "place_count.html"
    template.parent.mkdir()
    template.write_text(
        '{% extends "base.html" %}{% block body %}'
        "<h1>Place count: {{ initiative }}</h1><p>{{ T.known }}: {{ places }}</p>"
        "{% endblock %}",
        encoding="utf-8",
    )
    document = catalogue.register(
        Document(
            key="place_count",
            title="Place count",
            menu="Place &count of the chosen initiative",
            help="how many places there are, for one initiative",
            needs=(Need.INITIATIVE,),
            data=place_count,
            template=template,
            subject=lambda counted: counted.initiative,
            words={"known": "Places known"},
        )
    )
    yield document
    catalogue.unregister(document.key)


def test_a_registered_document_appears_in_menu_and_command_line(
    make_window, capsys, demo_path, tmp_path, extra_document
) -> None:
    window = make_window()
    assert menu_texts(window, "menu_print")["action_print_place_count"] == (
        "Place count of the chosen initiative"
    )
    assert "action_pdf_place_count" in menu_texts(window, "menu_pdf")
    assert "place_count" in help_of(capsys, "print")
    assert "--initiative" in help_of(capsys, "print", "place_count")

    output = tmp_path / "count.pdf"
    code, _, err = run(capsys, *cli_argv(extra_document, demo_path, output))
    assert code == 0, err
    with open_database(demo_path) as db:
        places = db.scalar("SELECT count(*) FROM places")
        name = db.scalar("SELECT name FROM initiatives WHERE id = 1")
    text = pdf_text(output)
    assert f"Place count: {name}" in text
    assert f"Places known: {places}" in text


def test_a_registered_document_prints_from_the_window(
    make_window, tmp_path, extra_document
) -> None:
    window = make_window()
    window.show_kind("initiatives")
    window.pages["initiatives"].select_id(1)
    path = window.printing.save_pdf("place_count", tmp_path / "from_window.pdf")
    assert path is not None
    name = window.workspace.database.scalar("SELECT name FROM initiatives WHERE id = 1")
    assert f"Place count: {name}" in pdf_text(path)


def test_a_key_is_registered_once(extra_document) -> None:
    with pytest.raises(ValueError, match="already registered"):
        catalogue.register(extra_document)
    catalogue.unregister("no_such_document")  # harmless
    assert catalogue.get("place_count") is extra_document
