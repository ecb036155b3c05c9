"""Turning a document into A4 pages: its HTML through a QTextDocument (the HTML is
:mod:`html`'s), or its sheet painted directly (:mod:`painted`, the list-like documents).

Every page gets the centre's name (and logo, and on the demo the example mark) and the
document's title at the top, and the print date and "page x of y" at the bottom
(:mod:`page_chrome`). The same painting serves the PDF writer and the printer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from buurtapp.core import clock
from buurtapp.core.errors import DatabaseError
from buurtapp.core.storage.outputs import check_output, shown, write_bytes
from buurtapp.reports.html import PrintJob, short_date
from buurtapp.reports.keeping import keep_tail_with_table
from buurtapp.reports.page_chrome import Chrome
from buurtapp.reports.painted import Laid, lay_out
from buurtapp.reports.texts import texts

MARGIN_MM = 15.0


def _document(
    job: PrintJob, device: QPagedPaintDevice, width: float, height: float
) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(job.base_pt)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(job.html)
    document.setPageSize(QSizeF(width, height))
    keep_tail_with_table(document)  # a closing note never alone on a page
    return document


def paint(
    job: PrintJob, device: QPagedPaintDevice, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Paint ``job`` on ``device`` (a QPdfWriter or QPrinter); returns the number of pages.

    ``progress(page, pages)`` is called per page; returning False stops early.
    """
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output")
    try:
        rect = device.pageLayout().paintRectPixels(device.resolution())  # type: ignore[attr-defined]
        width, full = float(rect.width()), float(rect.height())
        strings = texts()
        chrome = Chrome(job, device, width, full, strings)
        header = chrome.header
        body = full - header - chrome.footer
        draw = _Body(job, device, width, body)
        pages = draw.pages
        printed = strings["printed"].replace("%1", short_date(clock.today()))
        for page in range(pages):
            if page:
                device.newPage()
            if progress is not None and not progress(page, pages):
                break
            chrome.paint(
                painter,
                printed,
                strings["page"].replace("%1", str(page + 1)).replace("%2", str(pages)),
            )
            painter.save()
            painter.translate(0, header)
            painter.setClipRect(QRectF(0, 0, width, body))
            draw(painter, page)
            painter.restore()
        return pages
    finally:
        painter.end()


class _Body:
    """The pages' contents: a painted sheet, or the HTML's QTextDocument cut into pages."""

    def __init__(self, job: PrintJob, device: QPagedPaintDevice, width: float, body: float) -> None:
        self.width, self.body = width, body
        self.document: QTextDocument | None = None
        self.laid: Laid | None = None
        if job.sheet is not None:
            self.laid = lay_out(job.sheet, device, width, body)
            self.pages = self.laid.count
        else:
            self.document = _document(job, device, width, body)
            self.pages = max(1, self.document.pageCount())

    def __call__(self, painter: QPainter, page: int) -> None:
        """Paint page ``page`` with the body's top-left at the painter's origin."""
        if self.laid is not None:
            self.laid.draw(painter, page)
            return
        assert self.document is not None
        painter.translate(0, -page * self.body)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, page * self.body, self.width, self.body)
        self.document.documentLayout().draw(painter, context)


def pdf_bytes(
    job: PrintJob, progress: Callable[[int, int], bool] | None = None
) -> tuple[bytes, int] | None:
    """``job`` as the bytes of an A4 PDF and its number of pages, or None when ``progress``
    asked to stop.

    Qt writes to memory here, not to a file: QPdfWriter ignores write errors (a full disk gives
    a silently truncated file), while Python's own write of these bytes reports them.
    """
    stopped = False

    def step(page: int, pages: int) -> bool:
        nonlocal stopped
        stopped = progress is not None and not progress(page, pages)
        return not stopped

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(job.title)
    writer.setCreator("Buurtapp")
    pages = paint(job, writer, step)  # ending the painter finishes the document
    del writer
    buffer.close()
    return None if stopped else (bytes(buffer.data().data()), pages)


def write_pdf(
    job: PrintJob,
    path: Path,
    progress: Callable[[int, int], bool] | None = None,
    *,
    database_path: Path | None = None,
) -> int:
    """Write ``job`` as an A4 PDF at ``path``; returns the number of pages, or 0 when
    ``progress`` stopped it (then nothing is written). Atomic, never over ``database_path``
    or its companions; a readable error when the file cannot be written."""
    path = Path(path)
    check_output(path, database_path)
    try:
        made = pdf_bytes(job, progress)
    except OSError as exc:
        raise DatabaseError("output_failed", path=shown(path), reason=str(exc)) from exc
    if made is None:
        return 0
    data, pages = made
    if not data.startswith(b"%PDF"):
        raise DatabaseError("output_failed", path=shown(path), reason="Qt made no PDF")
    write_bytes(path, data, database_path)
    return pages
