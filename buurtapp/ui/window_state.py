"""What the window remembers between runs: its place on screen, the sidebar's width, and each
list's column widths and sorting (kept in QSettings through :class:`Settings`)."""

from __future__ import annotations

import zlib
from collections.abc import Mapping

from PySide6.QtWidgets import QSplitter, QWidget

from buurtapp.ui import window_geometry
from buurtapp.ui.list_page import ListPage
from buurtapp.ui.settings import Settings


def restore(
    window: QWidget, settings: Settings, splitter: QSplitter, pages: Mapping[str, ListPage]
) -> None:
    """Put the window back as it was, pulled onto this screen if it was on a bigger one."""
    window_geometry.restore(window, settings.state("geometry"))
    if sizes := settings.state("splitter"):
        splitter.restoreState(sizes)
    for kind, page in pages.items():
        if header := settings.state(header_key(kind, page)):
            page.table.horizontalHeader().restoreState(header)


def save(
    window: QWidget, settings: Settings, splitter: QSplitter, pages: Mapping[str, ListPage]
) -> None:
    settings.set_state("geometry", window.saveGeometry())
    settings.set_state("splitter", splitter.saveState())
    for kind, page in pages.items():
        settings.set_state(header_key(kind, page), page.table.horizontalHeader().saveState())
    settings.sync()


def header_key(kind: str, page: ListPage) -> str:
    """Where a list's column widths and sorting are kept: per set of columns, because Qt keeps
    them by position, so a list whose columns changed must not get another list's widths."""
    columns = ",".join(column.key for column in page.model.columns)
    return f"header_{kind}_{zlib.crc32(columns.encode()):08x}"
