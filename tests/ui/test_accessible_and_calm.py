"""Issue 14, items 5-7: print from where you are, Qt's own dialogs in Dutch, calm and correct
text, and a window a screen reader can name."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from buurtapp.core.documents.data import SigninSheet
from buurtapp.reports import catalogue, list_sheets
from buurtapp.reports.catalogue import Need, Request
from buurtapp.reports.html import PrintJob
from buurtapp.reports.render import pdf_bytes
from buurtapp.reports.texts import texts
from buurtapp.ui import record_actions, translations, workspace
from buurtapp.ui.print_button import PrintButton
from buurtapp.ui.record_dialog import RecordDialog
from tests.conftest import DEMO_TODAY

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)
FORMS = [("initiatives", 1), ("activities", 2), ("participants", 1), ("places", 1)]


# -- accessible names ----------------------------------------------------------------------------
def _named(widget: QWidget, root: QWidget) -> bool:
    """What a screen reader says for ``widget``: its accessible name, a button's own text, or
    the text of the label whose buddy it is (the line edit of a combo box: the combo's)."""
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if any(label.buddy() is widget and label.text().strip() for label in root.findChildren(QLabel)):
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return _named(parent, root)
    return False


def _nameless(root: QWidget) -> list[str]:
    return sorted(
        f"{type(w).__name__}#{w.objectName()} in {type(w.parentWidget()).__name__}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QScrollBar | QHeaderView)  # parts of their view, named by it
        and w.isVisible()
        and not w.objectName().startswith("qt_")
        and not _named(w, root)
    )


def test_every_control_of_the_window_has_a_name(window, qtbot) -> None:
    seen = 0
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        assert _nameless(window) == [], window.sidebar.item(row).text()
        seen += sum(
            isinstance(w, INTERACTIVE) and w.isVisible() for w in window.findChildren(QWidget)
        )
    assert seen > 50  # the pages were really shown
    assert window.sidebar.accessibleName()  # "Pagina's" (the list of pages)


@pytest.mark.parametrize(("kind", "record_id"), FORMS)
def test_every_control_of_a_form_has_a_name(window, qtbot, kind, record_id) -> None:
    dialog = record_actions.open_existing(window.workspace, kind, record_id, window)
    qtbot.waitExposed(dialog)
    assert _nameless(dialog) == []
    # the form's fields say their label, e.g. "Naam" (a form row's label is no buddy)
    assert dialog.form.controls["name" if kind != "activities" else "title"].accessibleName()
    QDialog.reject(dialog)


def test_no_visible_button_without_text_or_name(window, qtbot) -> None:
    dialogs = [record_actions.open_existing(window.workspace, k, i, window) for k, i in FORMS]
    for root in [window, *dialogs]:
        for button in root.findChildren(QAbstractButton):
            if button.isVisible() and not button.objectName().startswith("qt_"):
                text = button.text().replace("&", "").strip()
                assert text or button.accessibleName().strip(), button.objectName()
    for dialog in dialogs:
        QDialog.reject(dialog)


def _workbook_of_two_sheets(path) -> None:
    """A workbook whose import shows everything: the sheet choice and a mapping row a column."""
    book = Workbook()
    book.active.title = "Toelichting"
    book.active.append(["Deze werkmap komt van de wijkagent."])
    sheet = book.create_sheet("Nieuwe leden")
    sheet.append(["Naam", "Telefoon", "Leeftijdsgroep"])
    sheet.append(["Henk Werkblad", "06-11112222", "senior"])
    book.save(path)


def test_every_control_of_the_file_dialogs_has_a_name(window, qtbot, tmp_path) -> None:
    """Reservekopieën, Bewaartermijn and Importeren, opened from the window's menu actions:
    no control without a name, and the lists say what they hold and how to use them."""
    backups = window.show_backups()
    retention = window.review_retention()
    imported = window.import_spreadsheet()
    for dialog in (backups, retention, imported):
        qtbot.waitExposed(dialog)
        assert _nameless(dialog) == [], dialog.objectName()
    for view in (backups.table, retention.list, imported.preview, imported.problems):
        assert view.accessibleName().strip(), view.objectName()
    for view in (backups.table, retention.list, imported.problems):
        assert view.accessibleDescription().strip(), view.objectName()
    assert retention.years.accessibleName() == "" and not _nameless(retention)  # by its label
    path = tmp_path / "leden.xlsx"
    _workbook_of_two_sheets(path)
    assert imported.load(path)
    imported.sheets.setCurrentIndex(1)
    assert imported.sheets.isVisible() and len(imported.combos) == 3
    assert _nameless(imported) == []  # the sheet choice and each column's mapping too
    for dialog in (backups, retention, imported):
        dialog.reject()


def test_every_control_of_the_period_question_has_a_name(window, qtbot) -> None:
    """The period is asked (modal) when a document needs one, e.g. an initiative overview."""
    seen: dict[str, object] = {}

    def look(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "period_dialog":
            if tries < 200:
                QTimer.singleShot(20, lambda: look(tries + 1))
            return
        seen["nameless"] = _nameless(dialog)
        seen["fields"] = [dialog.first.accessibleDescription(), dialog.last.accessibleDescription()]
        dialog.reject()

    QTimer.singleShot(0, look)
    assert window.printing.print_document("initiative", Request(initiative=1)) is None
    assert seen["nameless"] == []
    assert all("25-11-2026" in text for text in seen["fields"])  # how to type a date


def test_the_chart_has_a_table_with_the_same_numbers(window, qtbot) -> None:
    page = window.insights_page
    with qtbot.waitSignal(page.computed, timeout=30_000):
        window.show_kind("insights")
    chart = page.chart
    table = chart.table
    assert chart.stack.currentWidget() is chart.view
    before = chart.toggle.text()
    chart.toggle.click()
    assert chart.stack.currentWidget() is table
    assert chart.toggle.text() != before  # "Show as chart" now
    series = chart.series["new_pairs"]
    assert table.rowCount() == series.count() >= 10
    for row in range(table.rowCount()):
        assert table.item(row, 0).text() == str(int(series.at(row).y()))
    first = table.verticalHeaderItem(0).text()
    assert re.fullmatch(r"[a-z]+ 20\d\d", first), first  # "januari 2026", not "2026-01"
    chart.toggle.click()
    assert chart.stack.currentWidget() is chart.view


def _back_to_dutch_defaults() -> None:
    """After a test that installed a language itself: the Dutch locale the others expect
    (the translators it installed are removed by the test; the gettext language by conftest)."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


# -- Qt's own dialogs in the chosen language ---------------------------------------------------
def _labels(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_qt_file_dialog_speaks_dutch(dutch, qtbot) -> None:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = _labels(dialog)
    assert "&Zoeken in:" in labels and "Bestanden van &type:" in labels
    assert "Bestands&naam:" in labels
    assert not {"&Look in:", "Files of &type:", "File &name:"} & set(labels)
    printing = QPrintDialog(QPrinter())
    qtbot.addWidget(printing)
    words = [w.title() for w in printing.findChildren(QWidget) if hasattr(w, "title")]
    words += [b.text() for b in printing.findChildren(QAbstractButton)]
    assert "Dubbelzijdig afdrukken" in words and "Double Sided Printing" not in words


def test_qt_file_dialog_speaks_english_in_english(qapp, qtbot) -> None:
    loaded = translations.install(qapp, "en")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert "&Look in:" in _labels(dialog)
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        _back_to_dutch_defaults()


def test_save_as_pdf_suggests_the_documents_name_in_a_dutch_dialog(window, qtbot) -> None:
    """The app's own "Save as PDF": Dutch labels, and the activity and date in the name."""
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen["labels"] = _labels(dialog)
        seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
        dialog.reject()

    QTimer.singleShot(0, look)
    title = window.database.scalar("SELECT title FROM activities WHERE id = 2")
    assert window.printing.save_pdf("participants", request=Request(activity=2)) is None
    assert "&Zoeken in:" in seen["labels"]
    assert seen["name"] == f"Deelnemerslijst {title} {DEMO_TODAY.isoformat()}.pdf"


# -- file names ---------------------------------------------------------------------------------
def _request(window, document: catalogue.Document) -> tuple[Request, str, date]:
    """A request for ``document`` from the demo, the subject its name must show, and the day."""
    db = window.database
    request = Request(today=DEMO_TODAY)
    subject, day = "", DEMO_TODAY
    for need in document.needs:
        if need is Need.WEEK:
            request = replace(request, week=date(2026, 11, 23))
            subject, day = "2026-W48", date(2026, 11, 23)
        elif need is Need.SESSION:
            row = db.query(
                "SELECT s.id, s.starts_at, a.title FROM sessions s JOIN activities a "
                "ON a.id = s.activity_id WHERE s.starts_at >= '2026-12-01' ORDER BY s.starts_at"
            )[0]
            request = replace(request, session=row["id"])
            subject, day = row["title"], date.fromisoformat(row["starts_at"][:10])
        elif need in (Need.INITIATIVE, Need.INITIATIVE_OR_ACTIVITY):
            request = replace(request, initiative=1)
            subject = db.scalar("SELECT name FROM initiatives WHERE id = 1")
        elif need is Need.PERIOD:
            request = replace(request, first=date(2026, 1, 1), last=DEMO_TODAY)
    return request, subject, day


@pytest.mark.parametrize("key", [d.key for d in catalogue.entries()])
def test_file_names_name_the_document_its_subject_and_the_day(window, key) -> None:
    document = catalogue.get(key)
    request, subject, day = _request(window, document)
    name = catalogue.build(document, window.database, request).file_name
    assert name.startswith(document.translated_title() + " "), name
    assert subject and subject in name, name
    assert day.isoformat() in name and name.endswith(".pdf"), name
    assert not set('<>:"/\\|?*') & set(name)


def test_two_sheets_of_one_activity_get_two_names(window) -> None:
    rows = window.database.query(
        "SELECT id FROM sessions WHERE activity_id = 2 ORDER BY starts_at LIMIT 2"
    )
    names = {
        catalogue.build("signin", window.database, Request(session=r["id"])).file_name for r in rows
    }
    assert len(names) == 2


def test_refused_characters_are_replaced_and_parentheses_kept() -> None:
    document = catalogue.get("participants")
    name = catalogue.file_name(document, 'Koken: "samen" (extra) a/b', date(2026, 12, 2))
    assert name == "Deelnemerslijst Koken- -samen- (extra) a-b 2026-12-02.pdf"


# -- the initiative form prints ---------------------------------------------------------------
def test_initiative_form_prints_its_overview_and_participant_list(window, qtbot, answer) -> None:
    dialog = record_actions.open_existing(window.workspace, "initiatives", 1, window)
    qtbot.waitExposed(dialog)
    button = dialog.findChild(PrintButton)
    assert button is not None and button.isVisible()
    name = window.database.scalar("SELECT name FROM initiatives WHERE id = 1")

    button.actions_by_name["print_participants"].trigger()
    preview = window.printing.preview
    qtbot.waitUntil(preview.isVisible)
    assert preview.parent() is dialog  # over the form, not behind it
    assert preview.windowTitle() == f"Deelnemerslijst · {name}"
    preview.close()

    answer.next("period_ok")
    button.actions_by_name["print_initiative"].trigger()
    preview = window.printing.preview
    qtbot.waitUntil(preview.isVisible)
    assert preview.windowTitle() == f"Initiatiefoverzicht · {name}"
    preview.close()
    QDialog.reject(dialog)


def test_a_new_initiative_offers_printing_only_once_saved(window, qtbot) -> None:
    dialog = record_actions.open_new(window.workspace, "initiatives", window)
    qtbot.waitExposed(dialog)
    button = dialog.findChild(PrintButton)
    assert not button.isVisible()
    assert dialog.print_request() is None
    QDialog.reject(dialog)


# -- the sign-in sheet's note stays with its table -----------------------------------------------
def _pages(sheet: SigninSheet) -> list[str]:
    # painted from the sheet's data since issue 15 (reports/list_sheets.py, reports/painted.py)
    painted = list_sheets.signin(sheet, 12.0)
    made = pdf_bytes(PrintJob("Presentielijst", "", "Buurthuis", 12.0, sheet=painted))
    assert made is not None
    pages = PdfReader(io.BytesIO(made[0])).pages
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in pages]


def test_the_privacy_note_stays_on_the_page_of_the_tables_last_row() -> None:
    """Core groups of every size up to two pages: wherever the table ends, the note is on
    that page (it used to go alone onto the next page when the rows filled a page)."""
    note = " ".join(texts()["signin_privacy"].split())
    start, end = note[:25], note[-20:]
    page_counts = set()
    for size in range(0, 46):
        names = tuple(f"Persoon {n:03d}" for n in range(size))
        sheet = SigninSheet("Samen koken", None, date(2026, 12, 2), "10:00", "", names, 10, False)
        pages = _pages(sheet)
        page_counts.add(len(pages))
        last_row = f" {size + 10} "
        row_page = max(n for n, text in enumerate(pages) if last_row in f" {text} ")
        assert start in pages[row_page] and end in pages[row_page], (size, row_page)
        assert row_page == len(pages) - 1, size  # and nothing after it
    assert page_counts >= {1, 2, 3}


# -- calm text -------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["nl", "en"])
def test_undo_texts_are_sentences(qapp, language) -> None:
    loaded = translations.install(qapp, language)
    try:
        for source in workspace._TEXTS.values():
            text = QCoreApplication.translate("Undo", source)
            assert text[:1].isupper() and not text.endswith(" "), text
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        _back_to_dutch_defaults()


def test_the_edit_menu_says_what_undo_does(window, qtbot) -> None:
    dialog = record_actions.open_existing(window.workspace, "places", 1, window)
    dialog.form.controls["capacity"].setText("12")
    dialog.save()
    assert window.actions_["undo"].text() == "Plek wijzigen ongedaan maken"
    assert isinstance(dialog, RecordDialog)
