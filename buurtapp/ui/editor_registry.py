"""At most one editor per record: the open record dialogs of one workspace, by (table, id).

Opening a record that already has an editor brings that editor to the front instead of
opening a second one, whichever way it was asked for (double-click, Enter, search, insights,
a link from another form). A dialog leaves the registry when it closes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialog

Key = tuple[str, int]


class EditorRegistry:
    """The editors open now, keyed by (table, record id)."""

    def __init__(self) -> None:
        self._editors: dict[Key, QDialog] = {}

    def get(self, table: str, record_id: int) -> QDialog | None:
        """The live, visible editor of the record, or None."""
        dialog = self._editors.get((table, record_id))
        if dialog is None:
            return None
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            self._editors.pop((table, record_id), None)
            return None
        return dialog

    def add(self, table: str, record_id: int, dialog: QDialog) -> None:
        """Register ``dialog`` as the editor of the record; it leaves when it closes."""
        self._editors[(table, record_id)] = dialog
        dialog.finished.connect(lambda _result, key=(table, record_id): self._drop(key, dialog))

    def _drop(self, key: Key, dialog: QDialog) -> None:
        if self._editors.get(key) is dialog:
            del self._editors[key]

    def raise_existing(self, table: str, record_id: int) -> QDialog | None:
        """Bring the record's editor to the front; None when it has none."""
        dialog = self.get(table, record_id)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    def open_editors(self) -> list[QDialog]:
        """The editors still open, in the order they were opened."""
        return [d for key in list(self._editors) if (d := self.get(*key)) is not None]
