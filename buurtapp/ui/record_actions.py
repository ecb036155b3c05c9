"""New, edit and delete for any kind of record: the dialogs and questions around operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repository
from buurtapp.core.privacy import deletion
from buurtapp.core.privacy.forgetting import Forgotten, forget, forget_counts, not_scrubbed
from buurtapp.ui.ask import confirm, warn
from buurtapp.ui.workspace import Workspace

TYPES: dict[str, type] = {table: kind for kind, table in r.TABLE_OF.items()}
NAME_FIELD = {"activities": "title"}


translate = QCoreApplication.translate


def blank(kind: str, **values: Any) -> Any:
    """A new, empty record of ``kind`` with sensible defaults."""
    defaults: dict[str, dict[str, Any]] = {
        "places": {"name": ""},
        "organisations": {"name": "", "kind": "residents"},
        "participants": {"name": ""},
        "initiatives": {"name": "", "status": "active"},
        "roles": {"initiative_id": None, "role": "lead"},
        "fundings": {"initiative_id": None, "status": "requested"},
        "activities": {"initiative_id": None, "title": "", "rrule": "FREQ=WEEKLY;BYDAY=TU"},
    }
    return TYPES[kind](**{**defaults[kind], **values})


def dialog_for(workspace: Workspace, record: Any, parent: QWidget | None) -> QDialog:
    """The dialog that edits ``record``: activities and initiatives have their own."""
    from buurtapp.ui.activity_dialog import ActivityDialog
    from buurtapp.ui.initiative_dialog import InitiativeDialog
    from buurtapp.ui.participant_dialog import ParticipantDialog
    from buurtapp.ui.record_dialog import RecordDialog

    kind = {
        r.Activity: ActivityDialog,
        r.Initiative: InitiativeDialog,
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


class ForgetQuestion(QObject):
    """The one question before forgetting people, whatever the path: it says truthfully who is
    anonymised (they have history) and who is deleted (they have none), and that it is final."""

    def texts(self, counts: tuple[int, int], name: str = "") -> tuple[str, str, str]:
        """(question, explanation, button) for forgetting people; ``counts`` is
        ``privacy.forget_counts``; ``name`` when it is one person."""
        kept, deleted = counts
        if name and kept:
            text = self.tr(
                "%1 will be anonymised: name, contact details, notes, neighbourhood and circle "
                "are erased; the sessions they came to and their roles keep counting, without "
                "a name."
            )
        elif name:
            text = self.tr(
                "%1 never came to a session and has no role, so the whole record is deleted."
            )
        else:
            text = " ".join(
                part
                for part in (
                    self.tr("%n person(s) with history will be anonymised.", "", kept)
                    if kept
                    else "",
                    self.tr("%n person(s) without history will be deleted.", "", deleted)
                    if deleted
                    else "",
                )
                if part
            )
        explanation = " ".join(
            (
                self.tr("This cannot be undone."),
                self.tr("A backup is made first."),
                self.tr("Older backups still hold the old data until they are rotated away."),
            )
        )
        question = (
            self.tr("Forget %1?").replace("%1", name) if name else self.tr("Forget these people?")
        )
        return question, text.replace("%1", name), explanation


def window_backup(widget: QWidget | None) -> Callable[[str], bool] | None:
    """The window's verified backup (``MainWindow.backups.backup_now``), if ``widget`` is in
    a main window that has one."""
    window = widget.window() if widget is not None else None
    backups = getattr(window, "backups", None)
    backup_now = getattr(backups, "backup_now", None)
    return backup_now if callable(backup_now) else None


def forget_people(
    workspace: Workspace,
    participant_ids: list[int],
    parent: QWidget | None,
    backup: Callable[[str], bool] | None,
    name: str = "",
) -> Forgotten | None:
    """Forget people the one way (``privacy.forget``): ask (saying who is anonymised and who
    deleted), make a verified backup (none made: nobody is forgotten), forget, scrub, and
    close the undo history. None when asked and declined, or when it failed."""
    ids = list(dict.fromkeys(participant_ids))
    if not ids:
        return None
    database = workspace.database
    question, text, explanation = ForgetQuestion().texts(forget_counts(database, ids), name)
    if not confirm(
        parent,
        question,
        text,
        translate("ForgetQuestion", "Forget"),
        informative=explanation,
    ):
        return None
    if backup is not None and not backup("voor-vergeten"):
        reason = {"nl": "zie de statusbalk", "en": "see the status bar"}
        warn(parent, BuurtappError("forget_backup_failed", reason=reason))
        return None
    try:
        done = forget(database, ids, workspace.today)
    except BuurtappError as error:  # a full disk: nothing changed
        warn(parent, error)
        return None
    # Undo must never bring the old data back: forgetting closes the undo history.
    workspace.fence({"participants", "roles", "attendance"})
    if not done.scrubbed:
        warn(parent, not_scrubbed(len(ids)))
    return done


def delete(workspace: Workspace, kind: str, record_id: int, parent: QWidget | None) -> bool:
    """Ask, then delete; Ctrl+Z brings it back while the app is open. Deleting a person is
    forgetting them (:func:`forget_people`): final, logged, scrubbed, with a backup first."""
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
