"""Editing one record in a dialog: the form, Save and Cancel, errors next to the field.

Nothing is written until Save, and then as one undoable operation that writes only the fields
the user changed; when another editor, an undo or another program changed the same fields
since the form opened, the user sees both values and chooses. Closing a form with changes asks
(save / don't save / cancel), so nothing typed is lost by accident.
"""

from __future__ import annotations

import dataclasses
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import fields
from buurtapp.core.model import records as r
from buurtapp.core.model.changes import Change
from buurtapp.core.model.repository import Repository
from buurtapp.core.model.validation import validate
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.ui import window_geometry
from buurtapp.ui.ask import ui_language
from buurtapp.ui.fields import FORMS
from buurtapp.ui.form_scroll import FormScroll
from buurtapp.ui.record_form import RecordForm
from buurtapp.ui.style import error_style
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


FIELD_HEADING = QT_TRANSLATE_NOOP("Dialogs", "Field")
WAS_HEADING = QT_TRANSLATE_NOOP("Dialogs", "When you opened it")
THEIRS_HEADING = QT_TRANSLATE_NOOP("Dialogs", "Now (changed elsewhere)")
YOURS_HEADING = QT_TRANSLATE_NOOP("Dialogs", "Yours")


class RecordDialog(QDialog):
    """Shows ``record`` in a form; emits ``saved`` with the change after a successful save."""

    saved = Signal(object)

    def __init__(self, workspace: Workspace, record: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.record = record
        self.setObjectName("record_dialog")
        self.table = r.TABLE_OF[type(record)]
        if record.id is not None:  # one editor per record (see editor_registry)
            workspace.editors.add(self.table, record.id, self)
        new_title, edit_title = TITLES[type(record)]
        self.setWindowTitle(_t(new_title) if record.id is None else _t(edit_title))
        self.form = RecordForm(FORMS[type(record)], workspace.database, self)
        self.form.set_record(record)
        self.form.new_wanted.connect(self.new_related)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(error_style())
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
        # The form and what subclasses add to ``body`` scroll on a small screen; the error and
        # the buttons stay below, always in sight (issue 14).
        self.form_scroll = FormScroll(self.body)
        self.outer.addWidget(self.form_scroll, 1)
        self.extend()
        self.outer.addWidget(self.general_error)
        self.outer.addWidget(self.buttons)
        hint = self.sizeHint()
        window_geometry.fit_dialog(self, QSize(max(560, hint.width()), hint.height()))

    def extend(self) -> None:
        """Subclasses add controls below the form here."""

    def new_related(self, name: str, kind: str, typed: str) -> QDialog:
        """The button "New place…" beside list ``name``: the new record's own form (the typed
        name filled in); once saved, the list offers it and has it chosen."""
        values = {"name": typed} if typed else {}
        dialog = RecordDialog(self.workspace, fields.blank(kind, **values), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda change: self.form.choose_new(name, change.record_id))
        dialog.open()
        return dialog

    # -- saving ------------------------------------------------------------------------------
    def edited_record(self) -> Any:
        """The record as the form now has it (may raise ValidationError for unreadable input)."""
        return self.form.apply_to(self.record)

    def before_save(self, record: Any) -> bool:
        """Subclasses may ask a question here; False stops the save."""
        return True

    def save(self) -> Change | None:
        """Write the fields the user changed; None when nothing was saved (error or cancel)."""
        self.form.clear_errors()
        self.general_error.hide()
        try:
            record = self.edited_record()
            validate(record)  # normalised, so untouched fields compare equal to the loaded
            if not self.before_save(record):
                return None
            change = self._write(record)
        except BuurtappError as error:
            self.show_error(error)
            return None
        if change is None or change.record_id is None:
            return None
        record_id = change.record_id
        self.record = Repository(self.workspace.database, type(self.record)).get(record_id)
        if self.workspace.editors.get(self.table, record_id) is None:
            self.workspace.editors.add(self.table, record_id, self)
        self.saved.emit(change)
        self.after_save(change)
        return change

    def _write(self, record: Any) -> Change | None:
        """Create, or write only what changed; a conflict with another writer asks first."""
        if self.record.id is None:
            return self.workspace.run(ops.save, record)
        loaded, edited = dataclasses.asdict(self.record), dataclasses.asdict(record)
        try:
            return self.workspace.run(ops.save_changes, self.table, self.record.id, loaded, edited)
        except ops.StaleRecord as stale:
            choice = self.ask_conflict(stale)
            if choice is None:
                return None
            return self.workspace.run(
                ops.save_changes, self.table, self.record.id, loaded, edited, on_conflict=choice
            )

    def ask_conflict(self, stale: ops.StaleRecord) -> str | None:
        """Show the fields changed here and elsewhere; ops.KEEP_MINE, ops.TAKE_THEIRS or None."""
        rows = "".join(
            "<tr><td><b>{}</b></td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                *(
                    html.escape(text)
                    for text in (
                        self.form.label(name),
                        self.form.shown(name, old),
                        self.form.shown(name, theirs),
                        self.form.shown(name, yours),
                    )
                )
            )
            for name, (old, theirs, yours) in stale.conflicts.items()
        )
        head = "".join(
            f"<th align='left'>{html.escape(_t(text))}</th>"
            for text in (FIELD_HEADING, WAS_HEADING, THEIRS_HEADING, YOURS_HEADING)
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "Changed elsewhere"),
            QCoreApplication.translate(
                "Dialogs",
                "This record was changed elsewhere since you opened this form, in the same "
                "fields you changed. Which values should be kept?",
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("conflict_box")
        box.setInformativeText(f"<table cellspacing='6'><tr>{head}</tr>{rows}</table>")
        mine = box.addButton(
            QCoreApplication.translate("Dialogs", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
        )
        mine.setObjectName("conflict_mine")
        theirs = box.addButton(
            QCoreApplication.translate("Dialogs", "Take theirs"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        theirs.setObjectName("conflict_theirs")
        cancel = box.addButton(
            QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        cancel.setObjectName("conflict_cancel")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is mine:
            return ops.KEEP_MINE
        if clicked is theirs:
            return ops.TAKE_THEIRS
        return None

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

    def ask_unsaved(self) -> str:
        """Save, discard or cancel: what to do with changes the user has not saved."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            QCoreApplication.translate("Dialogs", "Save the changes to this form?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("unsaved_box")
        box.setInformativeText(
            QCoreApplication.translate("Dialogs", "You have changed this form without saving.")
        )
        answers = {}
        for answer, text, role in (
            ("save", QT_TRANSLATE_NOOP("Dialogs", "Save"), QMessageBox.ButtonRole.AcceptRole),
            (
                "discard",
                QT_TRANSLATE_NOOP("Dialogs", "Don't save"),
                QMessageBox.ButtonRole.DestructiveRole,
            ),
            ("cancel", QT_TRANSLATE_NOOP("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole),
        ):
            button = box.addButton(_t(text), role)
            button.setObjectName(f"unsaved_{answer}")
            answers[answer] = button
        box.setDefaultButton(answers["save"])
        box.setEscapeButton(answers["cancel"])
        box.exec()
        clicked = box.clickedButton()
        return next((a for a, b in answers.items() if b is clicked), "cancel")

    def close_asking(self) -> bool:
        """Close the form, asking first when it has unsaved changes; False if it stays open."""
        if self.is_dirty():
            answer = self.ask_unsaved()
            if answer == "cancel":
                return False
            if answer == "save" and self.save() is None:
                return False  # the error is shown next to the field; nothing is lost
        if self.isVisible():
            QDialog.reject(self)
        return True

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask when something would be lost."""
        self.close_asking()
