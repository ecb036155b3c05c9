"""Keeping a table's closing words with the table on paper.

Qt's rich text ignores ``page-break-inside: avoid`` and has no "keep with previous": when a
table fills a page exactly, the paragraph after it (the sign-in sheet's privacy note) lands
alone on the next page, and a reader of that page does not know which list it is about. So,
after the layout, :func:`keep_tail_with_table` moves the table's last row onto the page of the
words that follow it: Qt moves a whole row to the next page when none of its cells starts on
the current one, so growing the row before it (its cell's bottom padding) to the end of the
page is enough.

This serves the documents still set as HTML (the initiative overview, the inzage); the painted
lists (participant list, sign-in sheet) keep their note with the last row in
:mod:`buurtapp.reports.painted`, which paginates itself.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QTextBlock, QTextDocument, QTextTable, QTextTableCellFormat


def _last_table(document: QTextDocument) -> QTextTable | None:
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    return tables[-1] if tables else None


def _last_text(document: QTextDocument, after: int) -> QTextBlock | None:
    """The last block with visible text after position ``after`` (None: nothing follows)."""
    block = document.lastBlock()
    while block.isValid() and block.position() > after:
        if block.text().strip():
            return block
        block = block.previous()
    return None


def _page(y: float, page_height: float) -> int:
    return math.floor(y / page_height)


def _pages(document: QTextDocument, table: QTextTable, tail: QTextBlock) -> tuple[int, int, int]:
    """The pages of the next-to-last row, the last row and the end of the tail."""
    layout = document.documentLayout()
    height = document.pageSize().height()

    def top(row: int) -> float:
        # the first line, not the block: Qt moves a cell's lines to the next page and leaves
        # the block's own rectangle where it was
        block = table.cellAt(row, 0).firstCursorPosition().block()
        return float(layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y())

    rows = table.rows()
    return (
        _page(top(rows - 2), height),
        _page(top(rows - 1), height),
        _page(layout.blockBoundingRect(tail).bottom() - 1, height),
    )


def keep_tail_with_table(document: QTextDocument) -> bool:
    """Move the last table's last row to the page where the text after the table ends, when
    that text would otherwise start a page of its own; True when something was moved.

    ``document`` has its page size set (``setPageSize``); only the last table of the root
    frame and the words after it are looked at, so every document may call this. The row
    before the last grows by the rest of its page, a little less each try: too much and Qt
    moves that row's own text to the next page too (a cell's padding counts as its content).
    """
    table = _last_table(document)
    page_height = document.pageSize().height()
    if table is None or table.rows() < 3 or page_height <= 0:
        return False
    tail = _last_text(document, table.lastPosition())
    if tail is None:
        return False
    before_page, row_page, tail_page = _pages(document, table, tail)
    if tail_page <= row_page or before_page != row_page:
        return False
    cell = table.cellAt(table.rows() - 2, 0)
    original = cell.format().toTableCellFormat()
    block = cell.firstCursorPosition().block()
    rect = document.documentLayout().blockBoundingRect(block)
    rest = (row_page + 1) * page_height - rect.bottom()
    step = max(1.0, rect.height() / 8)
    grow = rest
    while grow > 0:
        grown = QTextTableCellFormat(original)
        grown.setBottomPadding(original.bottomPadding() + grow)
        cell.setFormat(grown)
        before_page, row_page, tail_page = _pages(document, table, tail)
        if before_page == row_page - 1 and row_page == tail_page:
            return True
        grow -= step
    cell.setFormat(original)
    return False
