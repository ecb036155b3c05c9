"""A list-like document as plain data: headings, paragraphs and tables of text, no Qt, no HTML.

The participant list, the sign-in sheet and the week programme are long tables: laying them out
as HTML in Qt's rich text took 0.6 s for 1,000 names (and grows worse than linearly), so
:mod:`buurtapp.reports.painted` paints these shapes directly with QPainter, paginating itself:
the table header comes back on every page and a table's closing note stays with its last row.
Sizes are in CSS pixels (1/96 inch) and points, as the HTML templates had them, so the pages
look the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum


class Style(Enum):
    """How a piece of text is set: the templates' CSS classes."""

    NORMAL = "normal"
    BOLD = "bold"
    MUTED = "muted"  # grey (#444)
    SMALL_MUTED = "small_muted"  # 0.85 × the base size, grey


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style; ``struck`` draws a line through it (cancelled)."""

    text: str
    style: Style = Style.NORMAL
    struck: bool = False

    def __post_init__(self) -> None:
        # A line break or tab in a value (an imported cell) reads as a space, as in HTML:
        # never "JanJansen" glued together, never a line the layout did not plan.
        if any(c in self.text for c in "\n\r\t\v\f\u2028\u2029"):
            object.__setattr__(self, "text", re.sub(r"[\s]+", " ", self.text))


@dataclass(frozen=True)
class Cell:
    """One table cell: its runs side by side, wrapped at word boundaries (or anywhere in a
    word longer than the cell); ``span`` columns wide; ``wrap`` False keeps it on one line."""

    runs: tuple[Run, ...]
    span: int = 1
    wrap: bool = True

    @staticmethod
    def of(text: str, style: Style = Style.NORMAL, struck: bool = False) -> Cell:
        return Cell((Run(text, style, struck),))

    def with_span(self, span: int) -> Cell:
        return replace(self, span=span)


@dataclass(frozen=True)
class Heading:
    """A title: level 1 (1.7 × base, the document's title) or 2 (1.3 ×, a day)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """Lines of text (each a line break in the HTML); ``space_after`` in CSS pixels;
    ``blank_before``: an empty line of the paragraph's own size before it."""

    lines: tuple[Run, ...]
    space_after: float = 8.0
    blank_before: bool = False


@dataclass(frozen=True)
class Table:
    """A table the width of the page: ``widths`` are fractions of it (summing to 1).

    ``header`` (may be empty) is repeated at the top of every page the table continues on;
    ``repeat`` (a heading, may be None) too, above that header, so a day that continues on
    the next page still says which day it is. ``keep_with_next``: the paragraph after the
    table stays on the page of the last row (the last row moves to the next page with it).
    ``padding`` is the cells' top and bottom padding in CSS pixels (sides: 6).
    """

    widths: tuple[float, ...]
    rows: tuple[tuple[Cell, ...], ...]
    header: tuple[str, ...] = ()
    padding: float = 4.0
    repeat: Heading | None = None
    keep_with_next: bool = False


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Sheet:
    """A whole list-like document: its blocks from top to bottom, at ``base_pt`` points."""

    blocks: tuple[Block, ...]
    base_pt: float = 11.0
