"""New, edit and delete for any kind of record: the dialogs and questions around operations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import fields
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repository
from buurtapp.core.privacy import deletion
from buurtapp.ui.ask import confirm, warn
from buurtapp.ui.forgetting import forget_people, window_backup
from buurtapp.ui.workspace import Workspace

TYPES: dict[str, type] = {table: kind for kind, table in r.TABLE_OF.items()}
NAME_FIELD = {"activities": "title"}


translate = QCoreApplication.translate


def blank(kind: str, **values: Any) -> Any:
    """A new, empty record of ``kind`` with the registry's defaults (``fields.defaults``);
    a new activity is offered as weekly, the most common plan (a suggestion, not a default)."""
    suggested = {"activities": {"rrule": "FREQ=WEEKLY;BYDAY=TU"}}.get(kind, {})
    return fields.blank(kind, **{**suggested, **values})


def dialog_for(workspace: Workspace, record: Any, parent: QWidget | None) -> QDialog:
    """The dialog that edits ``record``: activities and initiatives have their own."""
    from buurtapp.ui.activity_dialog import ActivityDialog
    from buurtapp.ui.initiative_dialog import InitiativeDialog
    from buurtapp.ui.participant_dialog import ParticipantDialog
    from buurtapp.ui.record_dialog import RecordDialog

    if type(record) is r.Initiative:  # its tables open roles, funding and activities
        return InitiativeDialog(workspace, record, parent, actions=ACTIONS)
    kind = {
        r.Activity: ActivityDialog,
        r.Participant: ParticipantDialog,
    }.get(type(record), RecordDialog)
    return kind(workspace, record, parent)


def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_new(workspace: Workspace, kind: str, parent: QWidget | None, **values: Any) -> QDialog:
    return _show(dialog_for(workspace, blank(kind, **values), parent))


def open_existing(
    workspace: Workspace, kind: str, record_id: int, parent: QWidget | None
) -> QDialog | None:
    """Open the record's editor, or bring the one already open to the front."""
    existing = workspace.editors.raise_existing(kind, record_id)
    if existing is not None:
        return existing
    try:
        record = Repository(workspace.database, TYPES[kind]).get(record_id)
    except BuurtappError as error:
        warn(parent, error)
        return None
    return _show(dialog_for(workspace, record, parent))


def close_forms(parent: QWidget) -> bool:
    """Close the record forms under ``parent``, asking about each one with unsaved changes.

    False when the user chose Cancel (or a save failed): then the forms that remain stay open.
    """
    from buurtapp.ui.record_dialog import RecordDialog

    for dialog in reversed(parent.findChildren(RecordDialog)):  # forms opened from forms first
        if dialog.isVisible() and not dialog.close_asking():
            dialog.raise_()
            dialog.activateWindow()
            return False
    return True


class DeleteQuestion(QObject):
    """The question before deleting, with counts of what goes with it.

    A class so that ``self.tr`` gives lupdate the context and the plural forms.
    """

    def texts(self, workspace: Workspace, kind: str, record: Any) -> tuple[str, str, str]:
        """(question, explanation, button) for deleting ``record``."""
        name = getattr(record, NAME_FIELD.get(kind, "name"), "") or ""
        counts = deletion.impact(workspace.database, kind, record.id)
        activities = counts.get("activities", 0)
        sessions = counts.get("sessions", 0)
        attended = counts.get("attendance", 0)
        roles = counts.get("roles", 0)
        fundings = counts.get("fundings", 0)
        parts = []
        if activities:
            parts.append(self.tr("%n activity(ies)", "", activities))
        if sessions:
            parts.append(self.tr("%n session(s)", "", sessions))
        if attended:
            parts.append(self.tr("%n attendance record(s)", "", attended))
        if roles:
            parts.append(self.tr("%n role(s)", "", roles))
        if fundings:
            parts.append(self.tr("%n funding(s)", "", fundings))
        detail = ""
        if parts:
            detail = self.tr("This also deletes: %1.").replace("%1", ", ".join(parts))
            detail += " " + self.tr("Undo (Ctrl+Z) brings it all back.")
        question = self.tr("Delete %1?").replace("%1", name or "…")
        return question, detail, self.tr("Delete")


def delete(workspace: Workspace, kind: str, record_id: int, parent: QWidget | None) -> bool:
    """Ask, then delete; Ctrl+Z brings it back while the app is open. Deleting a person is
    forgetting them (:func:`forget_people`): final, logged, scrubbed, with a backup first."""
    from buurtapp.core import operations as ops  # loaded when first used: not at start

    if kind == "participants":
        try:
            record = Repository(workspace.database, TYPES[kind]).get(record_id)
        except BuurtappError as error:
            warn(parent, error)
            return False
        done = forget_people(workspace, [record_id], parent, window_backup(parent), record.name)
        return done is not None
    try:
        record = Repository(workspace.database, TYPES[kind]).get(record_id)
        if kind in ("places", "organisations"):
            uses = deletion.uses_of(workspace.database, kind, record_id)
            if uses:
                workspace.run(ops.delete, kind, record_id)  # raises the readable refusal
        question, detail, button = DeleteQuestion().texts(workspace, kind, record)
        if not confirm(
            parent, translate("RecordActions", "Delete"), question, button, informative=detail
        ):
            return False
        workspace.run(ops.delete, kind, record_id)
    except BuurtappError as error:
        warn(parent, error)
        return False
    return True


class _Actions:
    """This module's open and delete as one object, for the forms that open records themselves
    (an initiative's tables): handed to them, so they need not import this module."""

    def open_new(
        self, workspace: Workspace, kind: str, parent: QWidget | None, **values: Any
    ) -> QDialog:
        return open_new(workspace, kind, parent, **values)

    def open_existing(
        self, workspace: Workspace, kind: str, record_id: int, parent: QWidget | None
    ) -> QDialog | None:
        return open_existing(workspace, kind, record_id, parent)

    def delete(
        self, workspace: Workspace, kind: str, record_id: int, parent: QWidget | None
    ) -> bool:
        return delete(workspace, kind, record_id, parent)


ACTIONS = _Actions()
