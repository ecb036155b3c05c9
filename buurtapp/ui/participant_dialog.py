"""A participant's form with the privacy actions: inzage (all data to JSON and PDF) and
vergeten (anonymise, with what that means spelled out)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton

from buurtapp.core.errors import BuurtappError
from buurtapp.core.privacy import forget, not_scrubbed, write_person_json
from buurtapp.reports import documents
from buurtapp.reports.render import write_pdf
from buurtapp.ui.ask import confirm, warn
from buurtapp.ui.record_dialog import RecordDialog


class ParticipantDialog(RecordDialog):
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
        """Anonymise after asking; says that older backups still hold the data."""
        if self.record.id is None or not confirm(
            self,
            self.tr("Forget this person?"),
            self.tr(
                "%1 will be anonymised: name, contact details, notes, neighbourhood and "
                "circle are erased; the sessions they came to keep counting."
            ).replace("%1", self.record.name),
            self.tr("Forget"),
            informative=self.tr(
                "Older backups still hold the old data until they are rotated away."
            ),
        ):
            return False
        workspace = self.workspace
        try:  # always anonymised and logged, never an undoable delete
            done = forget(workspace.database, [self.record.id], workspace.today)
        except BuurtappError as error:  # a full disk: nothing changed
            warn(self, error)
            return False
        # Undo must never bring the old data back: forgetting closes the undo history.
        workspace.fence({"participants"})
        QDialog.reject(self)  # nothing left to save: close without asking
        if not done.scrubbed:
            warn(self.parentWidget(), not_scrubbed())
        return True
