"""The title bar says when the file shown is the made-up example (issue 16): a coordinator
who opens the demo to look around must never mistake it for the centre's own records. The
title follows the file: open a real one and the mark goes, open the demo again and it is back."""

from __future__ import annotations

import shutil

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintPreviewWidget

from buurtapp.core.model import app_settings
from buurtapp.reports.texts import texts
from buurtapp.ui.file_actions import open_path
from tests.reports.test_print_marks import logo_png


def example() -> str:
    return QCoreApplication.translate("MainWindow", "Example")


def test_the_title_bar_marks_the_example_and_follows_the_file(window, demo_path, tmp_path):
    assert window.windowTitle() == f"demo.db — {example()} — Buurtapp"
    fresh = tmp_path / "buurthuis.db"
    assert open_path(window, fresh, create=True, centre_name="Buurthuis De Linde")
    assert window.windowTitle() == "buurthuis.db — Buurtapp"
    assert example() not in window.windowTitle()
    # a copy of the demo whose example mark was taken away is a real file
    real = tmp_path / "echt.db"
    shutil.copyfile(demo_path, real)
    assert open_path(window, real)
    app_settings.set_value(window.workspace.database, "example", "")
    assert open_path(window, demo_path)  # back to the demo: marked again
    assert window.windowTitle() == f"demo.db — {example()} — Buurtapp"
    assert open_path(window, real)
    assert window.windowTitle() == "echt.db — Buurtapp"


def test_the_windows_prints_carry_the_logo_and_the_mark_as_the_file_says(
    window, qtbot, tmp_path
) -> None:
    """Save the week as PDF from the demo (marked), give the file a logo (as the settings
    do), save again and preview (the preview has the PDF's pages), then a new centre's file:
    no mark there."""
    short = texts()["example_short"]
    first = window.printing.save_pdf("week_large", tmp_path / "week.pdf")
    assert first is not None
    pages = [page.extract_text() for page in PdfReader(first).pages]
    assert len(pages) >= 2 and all(short in page for page in pages)
    app_settings.set_centre_logo(window.workspace.database, logo_png())
    second = window.printing.save_pdf("week_large", tmp_path / "logo.pdf")
    assert second is not None
    reader = PdfReader(second)
    assert all(len(page.images) == 1 and short in page.extract_text() for page in reader.pages)
    preview = window.printing.print_document("week_large", None)
    assert preview is not None
    shown = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: shown.pageCount() > 0, timeout=10_000)
    assert shown.pageCount() == len(reader.pages)
    preview.close()
    assert open_path(window, tmp_path / "nieuw.db", create=True, centre_name="De Linde")
    third = window.printing.save_pdf("week", tmp_path / "real.pdf")
    assert third is not None
    for page in PdfReader(third).pages:
        text = " ".join(page.extract_text().split())
        assert short not in text and text.startswith("De Linde")
        assert not page.images
