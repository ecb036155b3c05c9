"""Editing one record in a dialog: the form, Save and Cancel, errors next to the field.

Nothing is written until Save, and then as one undoable operation. Cancelling a form with
changes asks first, so nothing typed is lost by accident.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from buurtapp.core import operations as ops
from buurtapp.core import records as r
from buurtapp.core.changes import Change
from buurtapp.core.errors import BuurtappError
from buurtapp.core.repository import Repository
from buurtapp.core.validation import validate
from buurtapp.ui.ask import confirm, ui_language
from buurtapp.ui.fields import FORMS
from buurtapp.ui.record_form import ERROR_STYLE, RecordForm
from buurtapp.ui.workspace import Workspace


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


TITLES = {
    r.Place: (QT_TRANSLATE_NOOP("Dialogs", "New place"), QT_TRANSLATE_NOOP("Dialogs", "Place")),
    r.Organisation: (
        QT_TRANSLATE_NOOP("Dialogs", "New organisation"),
        QT_TRANSLATE_NOOP("Dialogs", "Organisation"),
    ),
    r.Participant: (
        QT_TRANSLATE_NOOP("Dialogs", "New participant"),
        QT_TRANSLATE_NOOP("Dialogs", "Participant"),
    ),
    r.Initiative: (
        QT_TRANSLATE_NOOP("Dialogs", "New initiative"),
        QT_TRANSLATE_NOOP("Dialogs", "Initiative"),
    ),
    r.Role: (QT_TRANSLATE_NOOP("Dialogs", "New role"), QT_TRANSLATE_NOOP("Dialogs", "Role")),
    r.Funding: (
        QT_TRANSLATE_NOOP("Dialogs", "New funding"),
        QT_TRANSLATE_NOOP("Dialogs", "Funding"),
    ),
    r.Activity: (
        QT_TRANSLATE_NOOP("Dialogs", "New activity"),
        QT_TRANSLATE_NOOP("Dialogs", "Activity"),
    ),
}


class RecordDialog(QDialog):
    """Shows ``record`` in a form; emits ``saved`` with the change after a successful save."""

    saved = Signal(object)

    def __init__(self, workspace: Workspace, record: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.record = record
        self.setObjectName("record_dialog")
        new_title, edit_title = TITLES[type(record)]
        self.setWindowTitle(_t(new_title) if record.id is None else _t(edit_title))
        self.form = RecordForm(FORMS[type(record)], workspace.database, self)
        self.form.set_record(record)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.outer = QVBoxLayout(self)
        self.body = QVBoxLayout()
        self.body.addWidget(self.form)
        self.outer.addLayout(self.body, 1)
        self.extend()
        self.outer.addWidget(self.general_error)
        self.outer.addWidget(self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def extend(self) -> None:
        """Subclasses add controls below the form here."""

    # -- saving ------------------------------------------------------------------------------
    def edited_record(self) -> Any:
        """The record as the form now has it (may raise ValidationError for unreadable input)."""
        return self.form.apply_to(self.record)

    def before_save(self, record: Any) -> bool:
        """Subclasses may ask a question here; False stops the save."""
        return True

    def save(self) -> Change | None:
        self.form.clear_errors()
        self.general_error.hide()
        try:
            record = self.edited_record()
            if not self.before_save(record):
                return None
            change = self.workspace.run(ops.save, record)
        except BuurtappError as error:
            self.show_error(error)
            return None
        self.record = Repository(self.workspace.database, type(self.record)).get(change.record_id)
        self.saved.emit(change)
        self.after_save(change)
        return change

    def after_save(self, change: Change) -> None:
        self.accept()

    def show_error(self, error: BuurtappError) -> None:
        if not self.form.show_error(error, ui_language()):
            self.general_error.setText(error.message(ui_language()))
            self.general_error.show()

    # -- cancelling ----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Whether the form differs from the stored record (compared after normalising)."""
        try:
            edited = self.edited_record()
            validate(edited)
        except BuurtappError:
            return True
        return edited != self.record

    def reject(self) -> None:
        if self.is_dirty() and not confirm(
            self,
            QCoreApplication.translate("Dialogs", "Discard changes?"),
            QCoreApplication.translate("Dialogs", "You have changed this form without saving."),
            QCoreApplication.translate("Dialogs", "Discard changes"),
        ):
            return
        super().reject()
