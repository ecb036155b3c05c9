"""The keys of "who came": the name box and the attendance list below it.

What a coordinator at the door expects, and what these widgets do:

* in the name box, Enter ticks the one person the typed text matches, adds a newcomer when it
  matches nobody, and when it matches several people moves into the list of those matches;
  Down moves into the list too;
* in the list, Space ticks or unticks the current name and stays on it (a check box);
  Enter means "came": it ticks (never unticks) and moves on to the next name, like a pen going
  down a paper list. Among the matches of a typed name, Enter picks that person and goes back
  to the name box for the next name;
* typing letters in the list goes to the name box, so finding someone needs no extra key.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView


class SessionPanel(Protocol):
    """What these keys need of the session panel (a protocol: no import cycle)."""

    @property
    def name_field(self) -> QLineEdit: ...

    def focus_people(self, first: bool = False) -> None: ...

    def came(self, row: int) -> None: ...

_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class NameField(QLineEdit):
    """The name box: Down moves into the list below."""

    def __init__(self, panel: SessionPanel) -> None:
        super().__init__()
        self.panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.panel.focus_people(first=True)
        else:
            super().keyPressEvent(event)


class AttendanceList(QListView):
    """The names of one session: Space toggles, Enter ticks and moves on (or picks a match)."""

    def __init__(self, panel: SessionPanel) -> None:
        super().__init__()
        self.panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.came(self.currentIndex().row())
            return
        text = event.text()
        if (
            text
            and text.isprintable()
            and not text.isspace()
            and not event.modifiers() & _COMMAND_KEYS
        ):
            self.panel.name_field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.panel.name_field.insert(text)
            return
        super().keyPressEvent(event)


class Feedback(QLabel):
    """What the last Enter did, in words; takes no room while there is nothing to say, so the
    list of names gets it on a small screen."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))
