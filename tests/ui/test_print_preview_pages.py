"""The window's print preview shows the pages the PDF has: the same painting serves both
(issue 15 made the list-like documents painted directly)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget

from buurtapp.core.storage.database import open_database
from buurtapp.reports.catalogue import Request


@pytest.fixture
def crowded(demo_path) -> int:
    """Initiative 1 with 150 more people at one of its sessions: a list of several pages."""
    with open_database(demo_path) as db, db.atomic() as conn:
        session = conn.execute(
            "SELECT s.id FROM sessions s JOIN activities a ON a.id = s.activity_id "
            "WHERE a.initiative_id = 1 ORDER BY s.id LIMIT 1"
        ).fetchone()[0]
        for n in range(150):
            person = conn.execute(
                "INSERT INTO participants (name, consent_contact) VALUES (?, 1)",
                (f"Zoë Çelik-Ĳsbrand {n:03d}",),
            ).lastrowid
            conn.execute("INSERT INTO attendance VALUES (?, ?)", (session, person))
    return 1


@pytest.mark.parametrize("key", ["participants", "week", "week_large"])
def test_the_preview_has_as_many_pages_as_the_pdf(crowded, window, qtbot, tmp_path, key) -> None:
    request = Request(initiative=crowded) if key == "participants" else None
    path = window.printing.save_pdf(key, tmp_path / f"{key}.pdf", request=request)
    assert path is not None
    pages = len(PdfReader(path).pages)
    preview = window.printing.print_document(key, request)
    assert preview is not None
    shown = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: shown.pageCount() > 0, timeout=10_000)
    assert shown.pageCount() == pages
    if key == "participants":
        assert pages >= 4
    preview.close()
