"""A participant's form with the privacy actions: inzage (all data to JSON and PDF) and
vergeten (anonymise, with what that means spelled out)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton

from buurtapp.core.errors import BuurtappError
from buurtapp.core.privacy.forgetting import write_person_json
from buurtapp.reports import documents
from buurtapp.reports.render import write_pdf
from buurtapp.ui.ask import warn
from buurtapp.ui.record_dialog import RecordDialog


class ParticipantDialog(RecordDialog):
    #: Called with a reason before forgetting (a verified backup); by default the window's.
    backup: Callable[[str], bool] | None = None

    def extend(self) -> None:
        self.inzage_button = QPushButton(self.tr("All data of this person…"))
        self.inzage_button.setObjectName("inzage")
        self.inzage_button.setToolTip(
            self.tr(
                "Inzage: saves everything held about this person as JSON and as a printable PDF"
            )
        )
        self.forget_button = QPushButton(self.tr("Forget this person…"))
        self.forget_button.setObjectName("forget")
        self.inzage_button.clicked.connect(lambda: self.inzage())
        self.forget_button.clicked.connect(self.forget)
        row = QHBoxLayout()
        row.addWidget(self.inzage_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        self.body.addLayout(row)
        stored = self.record.id is not None and not self.record.anonymised_on
        self.inzage_button.setEnabled(self.record.id is not None)
        self.forget_button.setEnabled(stored)

    def inzage(self, folder: Path | None = None) -> tuple[Path, Path] | None:
        """Write <name>.json and <name>.pdf; asks where unless ``folder`` is given."""
        if self.record.id is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to save the data"))
            if not chosen:
                return None
            folder = Path(chosen)
        stem = "".join(c if c.isalnum() else "_" for c in self.record.name) or "deelnemer"
        database = self.workspace.database
        try:
            json_path = write_person_json(database, self.record.id, folder / f"{stem}.json")
            pdf_path = folder / f"{stem}.pdf"
            job = documents.person_record(database, self.record.id)
            write_pdf(job, pdf_path, database_path=database.path)
        except BuurtappError as error:
            warn(self, error)
            return None
        return json_path, pdf_path

    def forget(self) -> bool:
        """Forget this person the one way (anonymised with history, deleted without; asked
        truthfully first, a backup before, final): see ``forgetting.forget_people``."""
        from buurtapp.ui.forgetting import forget_people, window_backup

        if self.record.id is None:
            return False
        backup = self.backup if self.backup is not None else window_backup(self.parentWidget())
        done = forget_people(self.workspace, [self.record.id], self, backup, self.record.name)
        if done is None:
            return False
        QDialog.reject(self)  # nothing left to save: close without asking
        return True
