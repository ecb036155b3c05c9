"""Printing and PDFs from the window: what a document needs, a preview, progress, the file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from buurtapp.core.errors import BuurtappError
from buurtapp.core.storage.outputs import check_output
from buurtapp.reports import catalogue
from buurtapp.reports.catalogue import Need, Request
from buurtapp.reports.html import PrintJob
from buurtapp.ui.ask import warn
from buurtapp.ui.period_dialog import PeriodDialog
from buurtapp.ui.window_protocol import Window, widget_of

if TYPE_CHECKING:  # printing, its dialogs and the painter are loaded when first used
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

#: Needs met by the record chosen in a list: the request's field is the need's value.
_SELECTED = {
    Need.INITIATIVE: "initiatives",
    Need.ACTIVITY: "activities",
    Need.PERSON: "participants",
}


def _with_record(request: Request, need: Need, record_id: int) -> Request:
    if need is Need.ACTIVITY:
        return replace(request, activity=record_id)
    if need is Need.PERSON:
        return replace(request, person=record_id)
    return replace(request, initiative=record_id)


class Printing(QObject):
    """Builds the document of the catalogue that the window's selection asks for, then
    previews, prints or saves it. Which documents exist is ``reports.catalogue``'s business."""

    def __init__(self, window: Window) -> None:
        super().__init__(widget_of(window))
        self.window = window
        self.widget = widget_of(window)
        #: Where questions, warnings and the preview appear: the window, or the form or
        #: panel that asked for the document (a modal form would hide them otherwise).
        self.owner: QWidget = self.widget
        self.printer: QPrinter | None = None  # kept: a preview without it crashes (STYLE.md)
        self.preview: QPrintPreviewDialog | None = None

    # -- choosing the document -------------------------------------------------------------
    def job(self, key: str, request: Request | None = None) -> PrintJob | None:
        """The document ``key`` for ``request`` (a form or panel knows its record), else for
        what is on screen; None (after telling why) when something is missing."""
        workspace = self.window.workspace
        if workspace is None:
            return None
        document = catalogue.get(key)
        try:
            if request is None:
                request = self.request(document.needs, workspace.today)
            else:
                request = self.complete(request, document.needs, workspace.today)
            if request is None:
                return None
            return catalogue.build(document, workspace.database, request)
        except BuurtappError as error:
            warn(self.owner, error)
        return None

    def request(self, needs: tuple[Need, ...], today: date) -> Request | None:
        """What ``needs`` ask for, from the selection (or a question); None when something
        is missing (the user was told) or the question was cancelled."""
        request = Request(today=today)
        for need in needs:
            if need is Need.WEEK:
                page = self.window.week_page
                request = replace(request, week=page.monday if page is not None else today)
            elif need is Need.SESSION:
                page = self.window.week_page
                session = page.current_session() if page is not None else None
                if session is None:
                    warn(self.owner, self.tr("Choose a session on the page This week first."))
                    return None
                request = replace(request, session=session)
            elif need in _SELECTED or need is Need.INITIATIVE_OR_ACTIVITY:
                if need is Need.INITIATIVE_OR_ACTIVITY:
                    activities = self.window.current_kind() == "activities"
                    need = Need.ACTIVITY if activities else Need.INITIATIVE
                record_id = self._selected(_SELECTED[need])
                if record_id is None:
                    return None
                request = _with_record(request, need, record_id)
        # the period is asked last, once everything else is known; Need.PLACE and
        # Need.LARGE are not asked in the window
        return self.complete(request, needs, today)

    def complete(self, request: Request, needs: tuple[Need, ...], today: date) -> Request | None:
        """A request given by a form or panel, with what it cannot know: today, and the
        period (asked) when the document needs one; None when the question was cancelled."""
        if request.today is None:
            request = replace(request, today=today)
        if Need.PERIOD in needs and (request.first is None or request.last is None):
            dialog = PeriodDialog(today, self.owner)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            first, last = dialog.period()
            request = replace(request, first=first, last=last)
        return request

    def _selected(self, kind: str) -> int | None:
        record_id = self.window.pages[kind].current_id()
        if record_id is None:
            text = {
                "initiatives": self.tr("Choose an initiative in the list Initiatives first."),
                "activities": self.tr("Choose an activity in the list Activities first."),
                "participants": self.tr("Choose a participant in the list Participants first."),
            }[kind]
            warn(self.owner, text)
        return record_id

    # -- output ------------------------------------------------------------------------------
    def _progress(self, title: str) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1, self.owner)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

        def step(page: int, pages: int) -> bool:
            dialog.setMaximum(pages)
            dialog.setValue(page)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        return dialog, step

    @contextmanager
    def _from(self, parent: QWidget | None) -> Iterator[None]:
        self.owner = parent or self.widget
        try:
            yield
        finally:
            self.owner = self.widget

    def print_document(
        self, key: str, request: Request | None = None, parent: QWidget | None = None
    ) -> QPrintPreviewDialog | None:
        """Show a print preview of the document ``key`` (for ``request``, or for the window's
        selection when None); printing goes from there. The one way every place that offers a
        document (menu, session panel, forms) prints it; ``parent``: the form or panel asking."""
        with self._from(parent):
            job = self.job(key, request)
            return self.preview_job(job) if job is not None else None

    def preview_job(self, job: PrintJob) -> QPrintPreviewDialog:
        """A print preview of a ready document (also the Kleine parels page)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(job.title)
        self.preview = QPrintPreviewDialog(self.printer, self.owner)
        self.preview.setObjectName("print_preview")
        self.preview.setWindowTitle(job.title)
        owner = self.owner
        self.preview.paintRequested.connect(
            lambda printer: self._paint_checked(job, printer, owner)
        )
        self.preview.open()
        return self.preview

    def _paint_checked(
        self, job: PrintJob, printer: QPrinter, owner: QWidget | None = None
    ) -> bool:
        """Paint on ``printer``, unless its "print to file" name is the data (the database,
        its WAL, its backups...): then nothing is painted, so Qt never opens that file."""
        target = printer.outputFileName()
        if target and self.window.workspace is not None:
            try:
                check_output(Path(target), self.window.workspace.database.path)
            except BuurtappError as error:
                warn(owner or self.widget, error)
                return False
        from buurtapp.reports.render import paint

        paint(job, printer)
        return True

    def save_pdf(
        self,
        key: str,
        path: Path | None = None,
        request: Request | None = None,
        parent: QWidget | None = None,
    ) -> Path | None:
        """Write the document ``key`` (for ``request``, or for the window's selection when
        None) as a PDF, asking where (the catalogue's file name suggested) unless ``path``
        is given; ``parent``: the form or panel asking."""
        with self._from(parent):
            return self._save_pdf(key, path, request)

    def _save_pdf(self, key: str, path: Path | None, request: Request | None) -> Path | None:
        job = self.job(key, request)
        if job is None:
            return None
        if path is None:
            name = job.file_name or "".join(
                c if c.isalnum() or c in " -_" else "_" for c in job.title
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self.owner, self.tr("Save as PDF"), name, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        from buurtapp.reports.render import write_pdf

        dialog, step = self._progress(self.tr("Making the PDF…"))
        database_path = self.window.workspace.database.path if self.window.workspace else None
        try:
            pages = write_pdf(job, path, step, database_path=database_path)
        except BuurtappError as error:
            warn(self.owner, error)
            return None
        finally:
            dialog.close()
        if not pages:  # cancelled: nothing was written
            return None
        self.window.statusBar().showMessage(self.tr("PDF saved: %1").replace("%1", str(path)), 8000)
        return path

    def export_ics(self, path: Path | None = None, with_notes: bool | None = None) -> Path | None:
        """The coming three months of sessions as an agenda file (.ics): the public programme;
        session notes only when the user says so (asked when ``with_notes`` is None and the
        period has notes)."""
        if self.window.workspace is None:
            return None
        # here, not at the top: icalendar costs the window's start-up 40 ms, for a rare export
        from buurtapp.core.exchange.ics import notes_in_period, write_ics

        today = self.window.workspace.today
        last = today + timedelta(days=91)
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.widget, self.tr("Export agenda"), "buurtapp.ics", self.tr("Agenda (*.ics)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        database = self.window.workspace.database
        if with_notes is None:
            with_notes = bool(notes_in_period(database, today, last)) and self.ask_notes()
        try:
            count = write_ics(database, path, today, last, with_notes=with_notes)
        except BuurtappError as error:
            warn(self.widget, error)
            return None
        self.window.statusBar().showMessage(
            self.tr("%n session(s) exported to %1", "", count).replace("%1", str(path)),
            8000,
        )
        return path

    def ask_notes(self) -> bool:
        """Whether session notes go into the agenda file; No is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Export agenda"),
            self.tr(
                "Notes may contain names and phone numbers; the agenda is meant to be shared. "
                "Include the notes?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.widget,
        )
        box.setObjectName("notes_box")
        box.button(QMessageBox.StandardButton.Yes).setObjectName("notes_yes")
        box.button(QMessageBox.StandardButton.No).setObjectName("notes_no")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
