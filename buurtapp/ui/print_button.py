"""A "Print" button for a form or panel: its documents, printed or saved as PDF from where the
user is, instead of closing the form, choosing the record in a list and going to File.

The documents and what they are about come from the form (``Request``); the printing itself
is the window's :class:`~buurtapp.ui.printing.Printing`, found through the parents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from buurtapp.reports import catalogue
from buurtapp.reports.catalogue import Request


class DocumentOutput(Protocol):
    """What the button uses of ``ui.printing.Printing`` (not imported: the week page and the
    forms use this button, and the window that owns the printing imports them)."""

    def print_document(
        self, key: str, request: Request | None = None, parent: QWidget | None = None
    ) -> object: ...

    def save_pdf(
        self,
        key: str,
        path: Path | None = None,
        request: Request | None = None,
        parent: QWidget | None = None,
    ) -> Path | None: ...


#: The documents a button offers: catalogue keys, and the request made when one is chosen
#: (late: a form's record gets its id when it is saved).
Offers = Sequence[tuple[str, Callable[[], Request | None]]]


def printing_of(widget: QWidget | None) -> DocumentOutput | None:
    """The window's printing for a widget inside it (a form's parent is the window)."""
    while widget is not None:
        printing = getattr(widget, "printing", None)
        if printing is not None and callable(getattr(printing, "print_document", None)):
            return cast(DocumentOutput, printing)
        widget = widget.parentWidget()
    return None


class PrintButton(QPushButton):
    """ "Print" with a menu: per document "<document>: print…" and "<document>: save as PDF…".

    The preview, the period question and warnings appear over the form (``parent``)."""

    def __init__(self, offers: Offers, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Print"), parent)
        self.setObjectName("print_button")
        self.setAccessibleName(self.tr("Print"))
        self.setAccessibleDescription(self.tr("Print a document of this record, or save it as PDF"))
        self.offers = offers
        self.actions_by_name: dict[str, QAction] = {}
        menu = QMenu(self)
        menu.setObjectName("print_menu")
        for key, request in offers:
            title = catalogue.get(key).translated_title()
            shown = menu.addAction(self.tr("%1: print…").replace("%1", title))
            shown.setObjectName(f"print_{key}")
            shown.triggered.connect(lambda _=False, k=key, r=request: self.print_(k, r()))
            saved = menu.addAction(self.tr("%1: save as PDF…").replace("%1", title))
            saved.setObjectName(f"pdf_{key}")
            saved.triggered.connect(lambda _=False, k=key, r=request: self.save(k, r()))
            self.actions_by_name[f"print_{key}"] = shown
            self.actions_by_name[f"pdf_{key}"] = saved
        self.setMenu(menu)

    def print_(self, key: str, request: Request | None) -> object:
        printing = printing_of(self)
        if printing is None or request is None:
            return None
        return printing.print_document(key, request, self.window())

    def save(self, key: str, request: Request | None) -> object:
        printing = printing_of(self)
        if printing is None or request is None:
            return None
        return printing.save_pdf(key, None, request, self.window())
