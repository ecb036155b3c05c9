"""The open database plus its undo stack: the one path through which the window changes data.

Every edit runs a named core operation, which returns a :class:`Change`; the change goes on the
undo stack and ``changed`` tells every page which tables to refresh, after an edit, an undo or a
redo alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from buurtapp.core import clock
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model.changes import Change, reapply, revert
from buurtapp.core.storage.connection import Database
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.ui.ask import warn
from buurtapp.ui.editor_registry import EditorRegistry

#: What each step is called in Edit > Undo/Redo: a short sentence, so that Qt's
#: "Undo %1" / "%1 ongedaan maken" reads well ("Plek wijzigen ongedaan maken").
_TEXTS = {
    "create:places": QT_TRANSLATE_NOOP("Undo", "Add place"),
    "update:places": QT_TRANSLATE_NOOP("Undo", "Edit place"),
    "delete:places": QT_TRANSLATE_NOOP("Undo", "Delete place"),
    "create:organisations": QT_TRANSLATE_NOOP("Undo", "Add organisation"),
    "update:organisations": QT_TRANSLATE_NOOP("Undo", "Edit organisation"),
    "delete:organisations": QT_TRANSLATE_NOOP("Undo", "Delete organisation"),
    "create:participants": QT_TRANSLATE_NOOP("Undo", "Add participant"),
    "update:participants": QT_TRANSLATE_NOOP("Undo", "Edit participant"),
    "delete:participants": QT_TRANSLATE_NOOP("Undo", "Delete participant"),
    "anonymise:participants": QT_TRANSLATE_NOOP("Undo", "Anonymise participant"),
    "create:initiatives": QT_TRANSLATE_NOOP("Undo", "Add initiative"),
    "update:initiatives": QT_TRANSLATE_NOOP("Undo", "Edit initiative"),
    "delete:initiatives": QT_TRANSLATE_NOOP("Undo", "Delete initiative"),
    "create:roles": QT_TRANSLATE_NOOP("Undo", "Add role"),
    "update:roles": QT_TRANSLATE_NOOP("Undo", "Edit role"),
    "delete:roles": QT_TRANSLATE_NOOP("Undo", "Delete role"),
    "create:fundings": QT_TRANSLATE_NOOP("Undo", "Add funding"),
    "update:fundings": QT_TRANSLATE_NOOP("Undo", "Edit funding"),
    "delete:fundings": QT_TRANSLATE_NOOP("Undo", "Delete funding"),
    "create:activities": QT_TRANSLATE_NOOP("Undo", "Add activity"),
    "update:activities": QT_TRANSLATE_NOOP("Undo", "Edit activity"),
    "delete:activities": QT_TRANSLATE_NOOP("Undo", "Delete activity"),
    "create:sessions": QT_TRANSLATE_NOOP("Undo", "Add session"),
    "update:sessions": QT_TRANSLATE_NOOP("Undo", "Edit session"),
    "delete:sessions": QT_TRANSLATE_NOOP("Undo", "Delete session"),
    "attendance": QT_TRANSLATE_NOOP("Undo", "Update attendance"),
    "newcomer": QT_TRANSLATE_NOOP("Undo", "Add newcomer"),
    "import:participants": QT_TRANSLATE_NOOP("Undo", "Import participants"),
    "import:places": QT_TRANSLATE_NOOP("Undo", "Import places"),
    "import:organisations": QT_TRANSLATE_NOOP("Undo", "Import organisations"),
    "import:activities": QT_TRANSLATE_NOOP("Undo", "Import activities"),
}
_FALLBACK = QT_TRANSLATE_NOOP("Undo", "Change")


def describe(change: Change) -> str:
    """'Plek wijzigen', 'Aanwezigheid bijwerken', …: the text after Undo/Redo in the menu."""
    return QCoreApplication.translate("Undo", _TEXTS.get(change.label, _FALLBACK))


class ChangeCommand(QUndoCommand):
    """An operation that has already run; undo reverts it, redo applies it again.

    When the rows were changed since (another program, the command line), neither undo nor
    redo writes: the step stays where it was on the stack and the user is told why."""

    def __init__(self, workspace: Workspace, change: Change) -> None:
        super().__init__(describe(change))
        self.workspace = workspace
        self.change = change
        self._skip = True  # QUndoStack.push calls redo; the operation already ran

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        try:
            reapply(self.workspace.database, self.change)
        except BuurtappError as error:
            self.workspace._refused(self, error, undone=True)
            return
        self.workspace.changed.emit(self.change.tables)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        try:
            revert(self.workspace.database, self.change)
        except BuurtappError as error:
            self.workspace._refused(self, error, undone=False)
            return
        self.workspace.changed.emit(self.change.tables)


class Workspace(QObject):
    """One open database and its undo history."""

    changed = Signal(set)
    #: An undo or redo that was refused (the rows changed since); the stack was put back.
    refused = Signal(object)

    def __init__(
        self, database: Database, parent: QObject | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        if today is not None:
            clock.set_today(today)  # one clock: the core's defaults follow the window's day
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        #: The open record dialogs, so a record never gets a second editor.
        self.editors = EditorRegistry()
        #: The full check ran for this opened file (in the background, after opening), so a
        #: window rebuilt for another language or text size does not check it again.
        self.checked = False

    @property
    def today(self) -> date:
        """The date the window works from: the one clock (fixed in tests and screenshots by
        making the workspace with ``today=``, which sets the clock)."""
        return clock.today()

    def run(self, operation: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a core operation; a returned :class:`Change` (or (outcome, Change)) is recorded.

        Errors (``BuurtappError``) reach the caller, who shows them next to the field.
        """
        result = operation(self.database, *args, **kwargs)
        change = result[1] if isinstance(result, tuple) else result
        if isinstance(change, Change) and not change.empty:
            self.undo_stack.push(ChangeCommand(self, change))
            self.changed.emit(change.tables)
        return result

    def notify(self, tables: set[str]) -> None:
        """Tell the pages about a change that is not undoable (such as forgetting people)."""
        self.changed.emit(tables)

    def fence(self, tables: set[str] | None = None) -> None:
        """After an operation that cannot be undone (forgetting, restoring a backup, anything
        that rewrites the file): drop the undo history, so no undo or redo ever writes back
        data that was forgotten or replaced. ``tables`` are then refreshed."""
        self.undo_stack.clear()
        if tables:
            self.changed.emit(tables)

    def _refused(self, command: ChangeCommand, error: BuurtappError, undone: bool) -> None:
        """Undo or redo of ``command`` wrote nothing: put the stack back and say why."""
        command._skip = True  # the step back (below) must not write either
        stack = self.undo_stack

        def step_back() -> None:
            at = stack.index()
            if undone and at > 0 and stack.command(at - 1) is command:
                stack.undo()
            elif not undone and at < stack.count() and stack.command(at) is command:
                stack.redo()
            else:  # the stack moved on in the meantime
                command._skip = False
            self.refused.emit(error)
            parent = self.parent()
            warn(parent if isinstance(parent, QWidget) else None, error)

        QTimer.singleShot(0, step_back)

    def close(self) -> None:
        self.undo_stack.clear()
        self.database.close()
