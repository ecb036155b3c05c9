"""The header and footer of every printed page: the centre's name (and logo) and the document's
title at the top, the print date and "page x of y" at the bottom, and on the made-up demo's
prints an "EXAMPLE — made-up data" mark beside the centre's name.

Without a logo the header is exactly as before the logo existed (the same height, so no page
break moves); the mark sits on the header's one line and never changes its height either. A
logo makes the header taller: the picture is about two and a half lines of the header's text
high, its aspect ratio kept. It is decoded and scaled once per job, not per page, and the same
image is drawn on every page, so the PDF holds it once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QImage, QPaintDevice, QPainter

from buurtapp.reports.html import PrintJob

#: The logo's height in lines of the header's text.
LOGO_LINES = 2.5
#: A very wide logo is shrunk (aspect ratio kept) to at most this share of the page's width.
LOGO_MAX_WIDTH = 0.3
#: The example mark: a deep orange that prints as a calm dark grey on a black-and-white printer.
MARK_COLOR = QColor("#a04a00")
_GAP_LINES = 1.2  # between the centre's name, the mark and the title, in lines


def header_pt(base_pt: float) -> float:
    """The header's and footer's font size for a document set at ``base_pt``."""
    return max(9.0, base_pt * 0.8)


@dataclass(frozen=True)
class Logo:
    """The decoded logo and the rectangle it fills at the top left of every page (device
    pixels). The image is never larger than that rectangle, and never enlarged: a printer at
    1,200 dpi scales a small picture itself, the PDF keeps the picture's own pixels."""

    image: QImage
    rect: QRectF


def decoded_logo(data: bytes | None, height: float, max_width: float) -> Logo | None:
    """``data`` (PNG or JPEG) to be drawn ``height`` device pixels high (narrower than
    ``max_width``, its aspect ratio kept), or None when there is none or it cannot be read."""
    if not data:
        return None
    image = QImage.fromData(data)
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        return None
    width = image.width() * height / image.height()
    if width > max_width:
        width, height = max_width, image.height() * max_width / image.width()
    if image.width() > width or image.height() > height:
        image = image.scaled(
            max(1, math.ceil(width)),
            max(1, math.ceil(height)),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return Logo(image, QRectF(0, 0, width, height))


class Chrome:
    """One job's header and footer on ``device``, measured once: :attr:`header` and
    :attr:`footer` are their heights in device pixels, :meth:`paint` draws them on a page."""

    def __init__(
        self, job: PrintJob, device: QPaintDevice, width: float, full: float, words: dict[str, str]
    ) -> None:
        self.job, self.width, self.full = job, width, full
        self.font = QFont()
        self.font.setPointSizeF(header_pt(job.base_pt))
        # whole pixels (QFontMetrics, not F), as the painter's metrics gave before: the same
        # header height, so no page break moves
        line = self.line = float(QFontMetrics(self.font, device).height())
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.logo = decoded_logo(job.logo, line * LOGO_LINES, width * LOGO_MAX_WIDTH)
        self.footer = line * 2.0
        metrics = QFontMetricsF(self.font, device)
        self.centre_width = QFontMetricsF(self.bold, device).horizontalAdvance(job.centre)
        gap = line * _GAP_LINES
        if self.logo is None:
            self.left, self.rule, self.header = 0.0, line * 1.3, line * 2.2
            self.centre_row = self.title_row = QRectF(0, 0, width, line)
        else:
            height = max(self.logo.rect.height(), line)
            self.left = self.logo.rect.width() + line * 0.6
            self.rule = height + line * 0.3
            self.header = self.rule + line * 0.9
            self.centre_row = self.title_row = QRectF(
                self.left, (height - line) / 2, width - self.left, line
            )
            wanted = self.centre_width + gap + metrics.horizontalAdvance(job.title)
            if job.example:
                wanted += gap + metrics.horizontalAdvance(words["example_mark"])
            if wanted > width - self.left:
                # beside a logo there is room for two lines: the title goes under the centre
                # (and the mark), rather than shortening the mark or the title
                self.centre_row = self.centre_row.translated(0, -line / 2)
                self.title_row = self.centre_row.translated(0, line)
        shared = self.title_row == self.centre_row
        # A name too long for its line is cut at its end (a centre's name of 80 characters
        # in large print), leaving the title at least 40% of a shared line.
        bold = QFontMetricsF(self.bold, device)
        most = self.centre_row.width()
        if shared:
            most -= gap + min(metrics.horizontalAdvance(job.title), most * 0.4)
        self.centre = bold.elidedText(job.centre, Qt.TextElideMode.ElideRight, most)
        self.centre_width = bold.horizontalAdvance(self.centre)
        # right of the centre's name on its line (the title's, when they share it)
        room = self.centre_row.width() - self.centre_width - gap
        #: The title, shortened in its middle only when it cannot fit on its line.
        self.title = metrics.elidedText(
            job.title, Qt.TextElideMode.ElideMiddle, room if shared else self.title_row.width()
        )
        title_width = metrics.horizontalAdvance(self.title) + gap if shared else 0.0
        #: The example mark and where it goes: on the centre's line (whole, else its short
        #: form) when it fits there, else in the middle of the footer.
        self.mark, self.mark_in_header, self.short = "", True, ""
        if job.example:
            whole, short = words["example_mark"], words["example_short"]
            for mark in (whole, short):
                if metrics.horizontalAdvance(mark) + title_width <= room:
                    self.mark = mark
                    break
            else:
                self.mark, self.mark_in_header = whole, False
            self.short = short
        self.metrics = metrics

    def paint(self, painter: QPainter, printed: str, page_text: str) -> None:
        """The header (logo, centre, mark, title) and the footer (print date, page number)."""
        painter.save()
        vcenter = Qt.AlignmentFlag.AlignVCenter
        left, right = Qt.AlignmentFlag.AlignLeft | vcenter, Qt.AlignmentFlag.AlignRight | vcenter
        line, full, width = self.line, self.full, self.width
        if self.logo is not None:
            painter.drawImage(self.logo.rect, self.logo.image)
        painter.setFont(self.bold)
        painter.drawText(self.centre_row, left, self.centre)
        painter.setFont(self.font)
        painter.drawText(self.title_row, right, self.title)
        painter.drawLine(0, int(self.rule), int(width), int(self.rule))
        bottom = QRectF(0, full - line, width, line)
        painter.drawLine(0, int(full - line * 1.4), int(width), int(full - line * 1.4))
        painter.drawText(bottom, left, printed)
        painter.drawText(bottom, right, page_text)
        if self.mark:
            painter.setPen(MARK_COLOR)
            if self.mark_in_header:
                start = self.centre_row.left() + self.centre_width + line * _GAP_LINES
                place = QRectF(start, self.centre_row.top(), width - start, line)
                painter.drawText(place, left, self.mark)
            else:  # between the print date and the page number (centred if it can be)
                self._footer_mark(painter, bottom, printed, page_text)
        painter.restore()

    def _footer_mark(self, painter: QPainter, bottom: QRectF, printed: str, page_text: str) -> None:
        """The mark on the footer's line, never over the print date or the page number: the
        whole mark when it fits between them, else its short form."""
        advance, gap = self.metrics.horizontalAdvance, self.line
        first, last = advance(printed) + gap, self.width - advance(page_text) - gap
        mark = self.mark if advance(self.mark) <= last - first else self.short
        start = max(first, (self.width - advance(mark)) / 2)
        start = min(start, last - advance(mark))
        place = QRectF(start, bottom.top(), self.width - start, bottom.height())
        painter.drawText(place, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mark)
