"""Printing and PDFs from the window: which document, a preview, progress, and the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog

from buurtapp.core.errors import BuurtappError
from buurtapp.core.exchange.ics import notes_in_period, write_ics
from buurtapp.core.storage.outputs import check_output
from buurtapp.reports import documents
from buurtapp.reports.render import PrintJob, paint, write_pdf
from buurtapp.ui.ask import warn
from buurtapp.ui.period_dialog import PeriodDialog

if TYPE_CHECKING:
    from buurtapp.ui.main_window import MainWindow

DOCUMENTS = ("week", "week_large", "signin", "initiative", "participants")


class Printing(QObject):
    """Builds the document the window's selection asks for, then prints or saves it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.printer: QPrinter | None = None  # kept: a preview without it crashes (STYLE.md)
        self.preview: QPrintPreviewDialog | None = None

    # -- choosing the document -------------------------------------------------------------
    def job(self, kind: str) -> PrintJob | None:
        """The document ``kind`` for what is on screen, or None (after telling why)."""
        window = self.window
        if window.workspace is None:
            return None
        database = window.workspace.database
        try:
            if kind in ("week", "week_large"):
                monday = window.week_page.monday if window.week_page else window.workspace.today
                return documents.week_programme(database, monday, large=kind == "week_large")
            if kind == "signin":
                session = window.week_page.current_session() if window.week_page else None
                if session is None:
                    warn(window, self.tr("Choose a session on the page This week first."))
                    return None
                return documents.signin_sheet(database, session, window.workspace.today)
            if kind == "initiative":
                initiative = self._selected("initiatives")
                if initiative is None:
                    return None
                dialog = PeriodDialog(window.workspace.today, window)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                first, last = dialog.period()
                return documents.initiative_overview(database, initiative, first, last)
            if kind == "participants":
                if window.current_kind() == "activities":
                    activity = self._selected("activities")
                    return (
                        documents.participant_list(database, activity_id=activity)
                        if activity is not None
                        else None
                    )
                initiative = self._selected("initiatives")
                return (
                    documents.participant_list(database, initiative_id=initiative)
                    if initiative is not None
                    else None
                )
        except BuurtappError as error:
            warn(window, error)
        return None

    def _selected(self, kind: str) -> int | None:
        record_id = self.window.pages[kind].current_id()
        if record_id is None:
            text = (
                self.tr("Choose an initiative in the list Initiatives first.")
                if kind == "initiatives"
                else self.tr("Choose an activity in the list Activities first.")
            )
            warn(self.window, text)
        return record_id

    # -- output ------------------------------------------------------------------------------
    def _progress(self, title: str) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

        def step(page: int, pages: int) -> bool:
            dialog.setMaximum(pages)
            dialog.setValue(page)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        return dialog, step

    def print_document(self, kind: str) -> QPrintPreviewDialog | None:
        """Show a print preview of the document; printing goes from there."""
        job = self.job(kind)
        return self.preview_job(job) if job is not None else None

    def preview_job(self, job: PrintJob) -> QPrintPreviewDialog:
        """A print preview of a ready document (also the Kleine parels page)."""
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(job.title)
        self.preview = QPrintPreviewDialog(self.printer, self.window)
        self.preview.setObjectName("print_preview")
        self.preview.setWindowTitle(job.title)
        self.preview.paintRequested.connect(lambda printer: self._paint_checked(job, printer))
        self.preview.open()
        return self.preview

    def _paint_checked(self, job: PrintJob, printer: QPrinter) -> bool:
        """Paint on ``printer``, unless its "print to file" name is the data (the database,
        its WAL, its backups...): then nothing is painted, so Qt never opens that file."""
        target = printer.outputFileName()
        if target and self.window.workspace is not None:
            try:
                check_output(Path(target), self.window.workspace.database.path)
            except BuurtappError as error:
                warn(self.window, error)
                return False
        paint(job, printer)
        return True

    def save_pdf(self, kind: str, path: Path | None = None) -> Path | None:
        """Write the document as a PDF (asking where, unless ``path`` is given)."""
        job = self.job(kind)
        if job is None:
            return None
        if path is None:
            name = "".join(c if c.isalnum() or c in " -_" else "_" for c in job.title)
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save as PDF"), f"{name}.pdf", self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        dialog, step = self._progress(self.tr("Making the PDF…"))
        database_path = self.window.workspace.database.path if self.window.workspace else None
        try:
            pages = write_pdf(job, path, step, database_path=database_path)
        except BuurtappError as error:
            warn(self.window, error)
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
        today = self.window.workspace.today
        last = today + timedelta(days=91)
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export agenda"), "buurtapp.ics", self.tr("Agenda (*.ics)")
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
            warn(self.window, error)
            return None
        self.window.statusBar().showMessage(
            self.tr("%1 sessions exported to %2")
            .replace("%1", str(count))
            .replace("%2", str(path)),
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
            self.window,
        )
        box.setObjectName("notes_box")
        box.button(QMessageBox.StandardButton.Yes).setObjectName("notes_yes")
        box.button(QMessageBox.StandardButton.No).setObjectName("notes_no")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
