"""Laying out and painting a :class:`~buurtapp.reports.sheet.Sheet` with QPainter, page by page.

Measured on the 1,000-person participant list (28 pages, in one process after the imports):
Qt's rich text (``setHtml`` + ``setPageSize`` + ``draw``) 0.43 s, one small QTextDocument per
page 0.16 s, painting the rows directly 0.03 s. So the list-like documents are painted here:
a line of text that fits its cell is drawn as it is; only text that must wrap gets a
QTextLayout. The pagination is ours, which gives what Qt's rich text could not: the table
header on every page, a day's heading repeated over its continuation, a heading never last on
a page, and a table's closing note on the page of its last row.

Sizes follow the templates' CSS: pixels are 1/96 inch, fonts in points.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QLineF, QPointF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from buurtapp.reports.sheet import Block, Cell, Heading, Paragraph, Run, Sheet, Style, Table

_MUTED = QColor("#444444")
_BLACK = QColor("#000000")
_RULE = QColor("#888888")
_SIDE_PADDING = 6.0  # CSS px left and right of a cell's text


#: The resolution every sheet is laid out at, the PDF's: a printer or the preview (1,200 dpi)
#: gets the same pages scaled, not a layout of its own (its fonts measure a little differently,
#: and a page break moved by a line would make the preview disagree with the PDF).
REFERENCE_DPI = 300


@dataclass(frozen=True)
class _Face:
    """One style's font: measured on the reference, drawn (``drawn``) on the real device."""

    font: QFont
    drawn: QFont
    metrics: QFontMetricsF
    color: QColor


class _Fonts:
    """The fonts of the styles at the document's size, measured at :data:`REFERENCE_DPI`."""

    def __init__(self, base_pt: float, reference: QPaintDevice, factor: float) -> None:
        self.base_pt = base_pt
        self.device = reference
        self.factor = factor  # device pixels per reference pixel
        self.px = reference.logicalDpiY() / 96.0  # one CSS pixel in reference pixels
        self._made: dict[tuple[Style, bool, float], _Face] = {}

    def of(self, style: Style, struck: bool = False, scale: float = 1.0) -> _Face:
        key = (style, struck, scale)
        if key not in self._made:
            font = QFont()
            size = self.base_pt * scale * (0.85 if style is Style.SMALL_MUTED else 1.0)
            font.setPointSizeF(size)
            font.setBold(style is Style.BOLD)
            font.setStrikeOut(struck)
            drawn = QFont(font)  # under the painter's scale: as many pixels as measured
            drawn.setPointSizeF(size / self.factor)
            muted = style in (Style.MUTED, Style.SMALL_MUTED)
            metrics = QFontMetricsF(font, self.device)
            self._made[key] = _Face(font, drawn, metrics, _MUTED if muted else _BLACK)
        return self._made[key]


class _Text:
    """Text measured for a width: one line drawn as it is, or a wrapped QTextLayout."""

    __slots__ = ("_ascent", "_color", "_font", "_layout", "_text", "height")

    def __init__(
        self, runs: Sequence[Run], width: float, fonts: _Fonts, wrap: bool, scale: float = 1.0
    ) -> None:
        self._layout: QTextLayout | None = None
        first = runs[0] if runs else Run("")
        face = fonts.of(first.style, first.struck, scale)
        metrics = face.metrics
        self._text, self._font, self._color = first.text, face.drawn, face.color
        self._ascent = metrics.ascent()
        self.height = metrics.height()
        if len(runs) <= 1 and (not wrap or metrics.horizontalAdvance(first.text) <= width):
            return
        self._layout = _wrapped(runs, width, fonts, wrap, scale)
        self.height = self._layout.boundingRect().height()

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        if self._layout is not None:
            self._layout.draw(painter, QPointF(x, y))
        elif self._text:
            painter.setFont(self._font)
            painter.setPen(self._color)
            painter.drawText(QPointF(x, y + self._ascent), self._text)


def _wrapped(
    runs: Sequence[Run], width: float, fonts: _Fonts, wrap: bool, scale: float
) -> QTextLayout:
    """Runs in their styles, wrapped at word boundaries (anywhere in a word wider than
    ``width``, so a very long name never runs out of its cell)."""
    text = "".join(run.text for run in runs)
    layout = QTextLayout(text, fonts.of(runs[0].style, runs[0].struck, scale).font, fonts.device)
    ranges = []
    start = 0
    for run in runs:
        face = fonts.of(run.style, run.struck, scale)
        part = QTextLayout.FormatRange()
        part.start, part.length = start, len(run.text)
        shape = QTextCharFormat()
        shape.setFont(face.font)
        shape.setForeground(face.color)
        part.format = shape
        ranges.append(part)
        start += len(run.text)
    layout.setFormats(ranges)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


@dataclass
class _Item:
    """Something placed on a page: its height and how to draw it with its top at ``y``."""

    height: float
    draw: Callable[[QPainter, float], None]
    top: float = 0.0  # margin above (CSS px in device pixels), dropped at the top of a page
    bottom: float = 0.0  # margin below


@dataclass
class Laid:
    """A sheet laid out on pages: ``pages`` lists (y, item) per page."""

    width: float  # in reference pixels
    factor: float  # device pixels per reference pixel
    pages: list[list[tuple[float, _Item]]] = field(default_factory=lambda: [[]])

    @property
    def count(self) -> int:
        return len(self.pages)

    def draw(self, painter: QPainter, page: int) -> None:
        """Paint page ``page`` (0-based) with the body's top-left at the painter's origin."""
        painter.save()
        painter.scale(self.factor, self.factor)
        for y, item in self.pages[page]:
            item.draw(painter, y)
        painter.restore()


class _Pager:
    """Puts items one under another, starting a new page when one does not fit."""

    def __init__(self, laid: Laid, height: float) -> None:
        self.laid, self.height = laid, height
        self.y = 0.0
        self.gap = 0.0  # the previous item's bottom margin (margins collapse, as in CSS)

    def _top(self, item: _Item) -> float:
        return self.y + max(self.gap, item.top) if self.laid.pages[-1] else 0.0

    def fits(self, *items: _Item) -> bool:
        y, gap, first = self.y, self.gap, not self.laid.pages[-1]
        for item in items:
            y = (0.0 if first else y + max(gap, item.top)) + item.height
            gap, first = item.bottom, False
        return y <= self.height

    @property
    def empty(self) -> bool:
        return not self.laid.pages[-1]

    def new_page(self) -> None:
        self.laid.pages.append([])
        self.y, self.gap = 0.0, 0.0

    def put(self, item: _Item, after_margin: bool = True) -> None:
        """Place ``item``; ``after_margin`` False: right under the previous item, as Qt's
        rich text put a table (it ignored the margin of the paragraph before it)."""
        if not after_margin:
            self.gap = 0.0
        top = self._top(item)
        self.laid.pages[-1].append((top, item))
        self.y, self.gap = top + item.height, item.bottom


def _heading(heading: Heading, fonts: _Fonts, width: float) -> _Item:
    scale = 2.0 if heading.level == 1 else 1.5  # what Qt's rich text made of h1 and h2
    text = _Text((Run(heading.text, Style.BOLD),), width, fonts, True, scale)
    top = 0.0 if heading.level == 1 else int(1.6 * fonts.base_pt) * fonts.px
    return _Item(text.height, lambda p, y: text.draw(p, 0, y), top, 6 * fonts.px)


def _paragraph(paragraph: Paragraph, fonts: _Fonts, width: float) -> _Item:
    lines = [_Text((run,), width, fonts, True) for run in paragraph.lines]
    blank = fonts.of(paragraph.lines[0].style).metrics.height() if paragraph.blank_before else 0.0
    height = blank + sum(line.height for line in lines)

    def draw(painter: QPainter, y: float) -> None:
        y += blank
        for line in lines:
            line.draw(painter, 0, y)
            y += line.height

    return _Item(height, draw, 0.0, paragraph.space_after * fonts.px)


def _row(cells: Sequence[Cell], table: Table, fonts: _Fonts, width: float, header: bool) -> _Item:
    pad, side = table.padding * fonts.px, _SIDE_PADDING * fonts.px
    if header:
        pad = 4 * fonts.px
    placed: list[tuple[float, _Text]] = []
    column = 0
    for cell in cells:
        x = sum(table.widths[:column]) * width
        span = sum(table.widths[column : column + cell.span]) * width
        placed.append((x + side, _Text(cell.runs, span - 2 * side, fonts, cell.wrap)))
        column += cell.span
    rule = (2.0 if header else 1.0) * fonts.px  # Qt drew the CSS 1.5px as 2
    # whole device pixels, as Qt's table rows were: the same rows fit on a page
    height = math.ceil(max((text.height for _, text in placed), default=0.0) + 2 * pad + rule)
    pen = QPen(_BLACK if header else _RULE)
    pen.setWidthF(rule)

    def draw(painter: QPainter, y: float) -> None:
        for x, text in placed:
            text.draw(painter, x, y + pad)
        painter.setPen(pen)
        bottom = y + height - rule / 2
        painter.drawLine(QLineF(0, bottom, width, bottom))

    return _Item(height, draw)


def _table(table: Table, fonts: _Fonts, width: float, pager: _Pager, after: _Item | None) -> None:
    """Rows on pages, the header (and the repeated heading) on top of every page the table
    is on; with ``keep_with_next`` the last row goes where ``after`` fits under it."""
    header = (
        _row([Cell((Run(t, Style.BOLD),)) for t in table.header], table, fonts, width, True)
        if table.header
        else None
    )
    repeat = _heading(table.repeat, fonts, width) if table.repeat is not None else None
    on_top = [item for item in (header,) if item is not None]
    rows = [_row(cells, table, fonts, width, False) for cells in table.rows]
    if on_top:
        first = on_top + rows[:1]
        if not pager.empty and not pager.fits(*first):
            pager.new_page()
        for item in on_top:
            pager.put(item, after_margin=False)
    on_this_page = 0
    for number, row in enumerate(rows):
        last = number == len(rows) - 1
        keep = [row] + ([after] if last and after is not None and table.keep_with_next else [])
        if not pager.fits(*keep) and (on_this_page or not pager.fits(row)):
            pager.new_page()
            for item in ([repeat] if repeat is not None else []) + on_top:
                pager.put(item)
            on_this_page = 0
        pager.put(row, after_margin=number > 0 or bool(on_top))
        on_this_page += 1


def _first_of(block: Block, fonts: _Fonts, width: float) -> list[_Item]:
    """What must come right after a heading: a paragraph, or a table's header and first row."""
    if isinstance(block, Paragraph):
        return [_paragraph(block, fonts, width)]
    if isinstance(block, Table) and block.rows:
        first = [_row(block.rows[0], block, fonts, width, False)]
        if block.header:
            cells = [Cell((Run(t, Style.BOLD),)) for t in block.header]
            first.insert(0, _row(cells, block, fonts, width, True))
        return first
    return []


_REFERENCE: list[tuple[QBuffer, QPdfWriter]] = []


def _reference() -> QPdfWriter:
    """A PDF writer at :data:`REFERENCE_DPI` that is never painted on: fonts are measured on
    it (made once; it writes nothing)."""
    if not _REFERENCE:
        buffer = QBuffer()
        writer = QPdfWriter(buffer)
        writer.setResolution(REFERENCE_DPI)
        _REFERENCE.append((buffer, writer))
    return _REFERENCE[0][1]


def lay_out(sheet: Sheet, device: QPaintDevice, width: float, height: float) -> Laid:
    """``sheet`` on pages of ``width`` × ``height`` device pixels of ``device``; laid out at
    :data:`REFERENCE_DPI` whatever the device, so the PDF, the preview and the printer get
    the same pages."""
    factor = device.logicalDpiY() / REFERENCE_DPI
    width, height = width / factor, height / factor
    fonts = _Fonts(sheet.base_pt, _reference(), factor)
    laid = Laid(width, factor)
    pager = _Pager(laid, height)
    blocks = sheet.blocks
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Heading):
            item = _heading(block, fonts, width)
            nxt = _first_of(following, fonts, width) if following is not None else []
            if not pager.empty and not pager.fits(item, *nxt):
                pager.new_page()
            pager.put(item)
        elif isinstance(block, Paragraph):
            item = _paragraph(block, fonts, width)
            if not pager.empty and not pager.fits(item):
                pager.new_page()
            pager.put(item)
        else:
            after = (
                _paragraph(following, fonts, width) if isinstance(following, Paragraph) else None
            )
            _table(block, fonts, width, pager, after)
    return laid
