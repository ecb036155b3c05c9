"""The manual in a window of its own: QTextBrowser over resources/manual/<language>/*.html.

Plain QTextBrowser (no QtWebEngine: 100+ MB and a network stack for a few pages of text). The
pages are simple HTML with relative links and images, so the browser follows them itself;
links that leave the manual are never opened (the program works offline). The text follows the
application's font, so Beeld > Tekstgrootte applies here too.

Imported only when the manual is first opened (``help_keys.show_help``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QImage,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.i18n import language
from buurtapp.resource_files import resources_dir
from buurtapp.ui.about import app_icon
from buurtapp.ui.help_pages import PAGES

_TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
PAGE_ROLE = Qt.ItemDataRole.UserRole
_ENTITIES = {"&amp;": "&", "&gt;": ">", "&lt;": "<", "&quot;": '"', "&#39;": "'"}


def manual_dir(lang: str | None = None) -> Path:
    """The manual in ``lang`` (the window's language by default), Dutch when there is none."""
    root = resources_dir() / "manual"
    folder = root / (lang or language())
    return folder if (folder / "index.html").is_file() else root / "nl"


def page_title(path: Path) -> str:
    """The <title> of a page, as the table of contents shows it."""
    found = _TITLE.search(path.read_text(encoding="utf-8"))
    text = found.group(1).strip() if found else path.stem
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


class ManualBrowser(QTextBrowser):
    """A QTextBrowser whose pictures fit the page: a screenshot wider than the text column
    is shown smaller (never larger than its own pixels), so no page scrolls sideways, also
    at 150% text on a laptop screen. The pictures are fitted again when the viewer's width
    changes (it is first laid out before it is shown, at a width it never has on screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)  # once after a drag of the window's edge, not per pixel
        self._refit.timeout.connect(self._fit_pictures_again)
        self._fitted_width = -1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._fitted_width and not self.source().isEmpty():
            self._refit.start()

    def _fit_pictures_again(self) -> None:
        """The same page, its pictures at the new width, read on at the same place."""
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.reload()
        bar.setValue(round(fraction * bar.maximum()))

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, name)
        link = QUrl(name) if isinstance(name, str) else name
        url = self.source().resolved(link) if link.isRelative() else link
        image = QImage(url.toLocalFile())
        if image.isNull():
            return super().loadResource(kind, name)
        ratio = max(self.devicePixelRatioF(), 1.0)
        # the vertical scroll bar a page with a picture will need takes its room from the text
        bar = (
            0
            if self.verticalScrollBar().isVisible()
            else self.verticalScrollBar().sizeHint().width()
        )
        margins = 2 * int(self.document().documentMargin()) + 8
        self._fitted_width = self.viewport().width()
        room = max(self._fitted_width - bar - margins, 200)
        if image.width() / ratio > room:
            image = image.scaledToWidth(
                round(room * ratio), Qt.TransformationMode.SmoothTransformation
            )
        image.setDevicePixelRatio(ratio)
        return image


class HelpViewer(QWidget):
    """Contents on the left, the page on the right; back, forward, contents; find in page."""

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_viewer")
        self.setWindowTitle(self.tr("Buurtapp manual"))
        self.setWindowIcon(app_icon())
        self.folder = manual_dir(lang)

        self.back = QPushButton(self.tr("◀ Back"))
        self.back.setObjectName("help_back")
        self.back.setToolTip(self.tr("Back (Alt+Left)"))
        self.forward = QPushButton(self.tr("Forward ▶"))
        self.forward.setObjectName("help_forward")
        self.forward.setToolTip(self.tr("Forward (Alt+Right)"))
        self.home = QPushButton(self.tr("Contents"))
        self.home.setObjectName("help_home")
        self.home.setToolTip(self.tr("The table of contents (Alt+Home)"))
        self.find_field = QLineEdit()
        self.find_field.setObjectName("help_find")
        self.find_field.setPlaceholderText(self.tr("Find in this page (Ctrl+F)"))
        self.find_field.setAccessibleName(self.tr("Find in this page"))
        self.find_field.setClearButtonEnabled(True)
        self.not_found = QLabel()
        self.not_found.setObjectName("help_not_found")

        self.contents = QListWidget()
        self.contents.setObjectName("help_contents")
        self.contents.setAccessibleName(self.tr("Contents of the manual"))
        for name in PAGES:
            path = self.folder / f"{name}.html"
            if path.is_file():
                item = QListWidgetItem(page_title(path))
                item.setData(PAGE_ROLE, name)
                self.contents.addItem(item)
        self.contents.setMaximumWidth(300)
        self.contents.setWordWrap(True)  # long titles wrap at large text, never cut off
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.browser = ManualBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setAccessibleName(self.tr("Page of the manual"))
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the program
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._source_changed)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)

        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.home.clicked.connect(lambda: self.show_page("index"))
        self.contents.currentItemChanged.connect(self._chosen)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(lambda _t: self.find_next(from_top=True))
        for keys, slot in (
            (QKeySequence.StandardKey.Back, self.browser.backward),
            (QKeySequence.StandardKey.Forward, self.browser.forward),
            (QKeySequence("Alt+Home"), lambda: self.show_page("index")),
            (QKeySequence.StandardKey.Find, self.focus_find),
            (QKeySequence.StandardKey.FindNext, self.find_next),
            (QKeySequence.StandardKey.Close, self.close),
            (QKeySequence(Qt.Key.Key_Escape), self.close),
        ):
            QShortcut(keys, self).activated.connect(slot)

        bar = QHBoxLayout()
        for widget in (self.back, self.forward, self.home):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.not_found)
        bar.addWidget(self.find_field, 1)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        # reading first: the page takes the arrows and PgDn, Tab goes on to find and contents
        order = [self.browser, self.find_field, self.contents, self.back, self.forward, self.home]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.browser)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Wide enough to read beside the window, never larger than the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 900, 640
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(max(width, 400), max(height, 300))

    def open_from(self, origin: QWidget | None) -> None:
        """Remember the window (or dialog) F1 came from: closing the manual gives it the
        keyboard back, also where no window manager does (a kiosk, Xvfb)."""
        if origin is not self:
            self._origin = origin

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete:
            # Its lists and browser signal while they are taken apart (the current item goes,
            # the source is cleared): Python slots on a half-deleted viewer would crash.
            for child in (self.contents, self.browser, self.find_field):
                child.blockSignals(True)
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        origin = getattr(self, "_origin", None)
        super().closeEvent(event)
        try:
            if origin is not None and origin.isVisible():
                origin.activateWindow()
        except RuntimeError:  # that window is gone already
            pass

    # -- pages ---------------------------------------------------------------------------------
    @property
    def page(self) -> str:
        """The name of the page shown ('who-came'), without folder or .html."""
        return Path(self.browser.source().toLocalFile()).stem

    def show_page(self, name: str) -> None:
        """Open the page ``name`` (the table of contents when the manual has no such page)."""
        path = self.folder / f"{name}.html"
        if not path.is_file():
            path = self.folder / "index.html"
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def _follow(self, url: QUrl) -> None:
        """A link: within the manual it is followed; anything else (a web address) is not."""
        target = self.browser.source().resolved(url) if url.isRelative() else url
        if target.isLocalFile() and Path(target.toLocalFile()).is_file():
            self.browser.setSource(target)

    def _source_changed(self, url: QUrl) -> None:
        name = Path(url.toLocalFile()).stem
        for row in range(self.contents.count()):
            if self.contents.item(row).data(PAGE_ROLE) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
        title = self.tr("%1 — Buurtapp manual").replace("%1", self.browser.documentTitle())
        self.setWindowTitle(title)
        self.not_found.clear()

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None and item.data(PAGE_ROLE) != self.page:
            self.show_page(item.data(PAGE_ROLE))

    # -- finding -------------------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_next(self, from_top: bool = False) -> bool:
        """Select the next place the typed words appear (from the top again after the last)."""
        text = self.find_field.text()
        self.not_found.clear()
        if not text:
            return False
        if from_top:
            cursor = self.browser.textCursor()
            cursor.clearSelection()
            cursor.setPosition(0)
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text)
        if not found:  # once more from the top
            cursor = self.browser.textCursor()
            cursor.setPosition(0)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        if not found:
            self.not_found.setText(self.tr("Not found"))
        return found
