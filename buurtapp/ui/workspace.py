"""The open database plus its undo stack: the one path through which the window changes data.

Every edit runs a named core operation, which returns a :class:`Change`; the change goes on the
undo stack and ``changed`` tells every page which tables to refresh, after an edit, an undo or a
redo alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from buurtapp.core.changes import Change, reapply, revert
from buurtapp.core.database import Database

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Undo", "add %1"),
    "update": QT_TRANSLATE_NOOP("Undo", "edit %1"),
    "delete": QT_TRANSLATE_NOOP("Undo", "delete %1"),
    "anonymise": QT_TRANSLATE_NOOP("Undo", "anonymise %1"),
}
_THINGS = {
    "places": QT_TRANSLATE_NOOP("Undo", "place"),
    "organisations": QT_TRANSLATE_NOOP("Undo", "organisation"),
    "participants": QT_TRANSLATE_NOOP("Undo", "participant"),
    "initiatives": QT_TRANSLATE_NOOP("Undo", "initiative"),
    "roles": QT_TRANSLATE_NOOP("Undo", "role"),
    "fundings": QT_TRANSLATE_NOOP("Undo", "funding"),
    "activities": QT_TRANSLATE_NOOP("Undo", "activity"),
    "sessions": QT_TRANSLATE_NOOP("Undo", "session"),
}
_OTHER = {
    "attendance": QT_TRANSLATE_NOOP("Undo", "attendance"),
    "newcomer": QT_TRANSLATE_NOOP("Undo", "add newcomer"),
    "import:participants": QT_TRANSLATE_NOOP("Undo", "import participants"),
    "import:places": QT_TRANSLATE_NOOP("Undo", "import places"),
    "import:organisations": QT_TRANSLATE_NOOP("Undo", "import organisations"),
    "import:activities": QT_TRANSLATE_NOOP("Undo", "import activities"),
}


def _undo_text(source: str) -> str:
    return QCoreApplication.translate("Undo", source)


def describe(change: Change) -> str:
    """'wijzig plek', 'aanwezigheid', …: the text after Undo/Redo in the Edit menu."""
    if change.label in _OTHER:
        return _undo_text(_OTHER[change.label])
    action, _, table = change.label.partition(":")
    if action in _ACTIONS and table in _THINGS:
        return _undo_text(_ACTIONS[action]).replace("%1", _undo_text(_THINGS[table]))
    return change.label


class ChangeCommand(QUndoCommand):
    """An operation that has already run; undo reverts it, redo applies it again."""

    def __init__(self, workspace: Workspace, change: Change) -> None:
        super().__init__(describe(change))
        self.workspace = workspace
        self.change = change
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo; the operation already ran
            self._done = False
            return
        reapply(self.workspace.database, self.change)
        self.workspace.changed.emit(self.change.tables)

    def undo(self) -> None:
        revert(self.workspace.database, self.change)
        self.workspace.changed.emit(self.change.tables)


class Workspace(QObject):
    """One open database and its undo history."""

    changed = Signal(set)

    def __init__(
        self, database: Database, parent: QObject | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._today = today
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

    @property
    def today(self) -> date:
        """The date the window works from (fixed in tests and screenshots)."""
        return self._today or date.today()

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

    def close(self) -> None:
        self.undo_stack.clear()
        self.database.close()
