"""One session on the week page: cancel or restore, walk-ins, notes, and who came.

Made for a busy coffee morning, keyboard first (the keys are in ``attendance_keys``): type
part of a name and press Enter to tick the one match, to choose among several, or to add
someone new in one step; in the list, Space ticks or unticks and Enter ticks and moves on.
What is typed in the notes or the walk-ins is saved (as one undoable step) when the
coordinator moves on: another session, another week, another page, closing the window
(:meth:`SessionPanel.flush`).
"""

from __future__ import annotations

import dataclasses
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import formatting
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repository
from buurtapp.core.planning.week import session_details
from buurtapp.reports.catalogue import Request
from buurtapp.ui.ask import warn
from buurtapp.ui.attendance_keys import AttendanceList, Feedback, NameField
from buurtapp.ui.attendance_model import PARTICIPANT_ROLE, AttendanceModel
from buurtapp.ui.keyboard import bring_into_sight
from buurtapp.ui.style import error_style, heading
from buurtapp.ui.workspace import Workspace


class SessionPanel(QWidget):
    #: "Print the sign-in sheet": a document key of the catalogue and its Request.
    print_requested = Signal(str, object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session: r.Session | None = None
        self.setObjectName("session_panel")
        self.title = heading(scale=1.3)
        self.title.setObjectName("session_title")
        self.title.setWordWrap(True)
        self.when = QLabel()
        self.when.setObjectName("session_when")
        self.when.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("session_state")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_session")
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.print_button = QPushButton(self.tr("Print sign-in sheet…"))
        self.print_button.setObjectName("print_signin")
        self.print_button.setToolTip(self.tr("The sign-in sheet of this session, with a preview"))
        self.print_button.clicked.connect(self.print_signin)
        self.walk_ins = QSpinBox()
        self.walk_ins.setObjectName("walk_ins")
        self.walk_ins.setRange(0, 9999)
        self.walk_ins.setAccelerated(True)
        self.walk_ins.setMinimumWidth(90)
        self.walk_ins.setMaximumWidth(120)
        self._walk_in_timer = QTimer(self, singleShot=True, interval=600)
        self._walk_in_timer.timeout.connect(self.save_walk_ins)
        self.walk_ins.valueChanged.connect(lambda _v: self._walk_in_timer.start())
        self.walk_ins.editingFinished.connect(self.save_walk_ins)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("session_notes")
        self.notes.setAccessibleName(self.tr("Notes of this session"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.save_notes_button = QPushButton(self.tr("Save notes"))
        self.save_notes_button.setObjectName("save_notes")
        self.save_notes_button.clicked.connect(self.save_notes)
        self._loaded_notes = ""  # the notes as last read from the file
        self.name_field = NameField(self)
        self.name_field.setObjectName("name_field")
        self.name_field.setAccessibleName(self.tr("Name of who came"))
        self.name_field.setPlaceholderText(
            self.tr("Type a name and press Enter to tick it, or to add someone new")
        )
        self.name_field.setClearButtonEnabled(True)
        self.name_field.textChanged.connect(self._search)
        self.name_field.returnPressed.connect(self.enter_name)
        self.model = AttendanceModel(workspace, self)
        self.model.failed.connect(lambda error: warn(self, error))
        self.people = AttendanceList(self)
        self.people.setObjectName("attendance_list")
        self.people.setAccessibleName(self.tr("Who came"))
        self.people.setAccessibleDescription(
            self.tr("Space ticks or unticks the chosen person; Enter ticks and goes to the next")
        )
        self.people.setModel(self.model)
        self.people.setUniformItemSizes(True)
        self.people.setStyleSheet("QListView::item { padding: 3px; }")
        # A double-click toggles (Enter is the list's own: "came, next").
        self.people.doubleClicked.connect(lambda index: self.model.toggle(index.row()))
        self.count = QLabel()
        self.count.setObjectName("attendance_count")
        # Never in the keyboard flow: Shift+Tab from the list and a typed space must not press it.
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_newcomer")
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_newcomer)
        self.add_button.hide()
        self.feedback = Feedback()
        self.feedback.setObjectName("attendance_feedback")
        self.feedback.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.print_button)
        details = QFormLayout()
        details.addRow(self.tr("Walk-ins"), self.walk_ins)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignTop)
        details.addRow(self.tr("Notes"), notes_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.when)
        layout.addLayout(top)
        layout.addLayout(details)
        layout.addWidget(QLabel(self.tr("Who came?")))
        layout.addWidget(self.name_field)
        layout.addWidget(self.add_button)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.feedback)
        self.feedback.hide()
        layout.addWidget(self.count)
        workspace.changed.connect(self._changed)
        self.show_session(None)

    # -- showing -----------------------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        if self.session is not None and self.session.id != session_id:
            self.flush()
        self.session = (
            Repository(self.workspace.database, r.Session).get(session_id) if session_id else None
        )
        self._loaded_notes = self.session.notes or "" if self.session else ""
        self.notes.setPlainText(self._loaded_notes)
        self.feedback.setText("")
        self.name_field.clear()
        self.model.set_session(session_id)
        self._fill()

    def _fill(self) -> None:
        enabled = self.session is not None
        for widget in (
            self.cancel_button,
            self.walk_ins,
            self.notes,
            self.save_notes_button,
            self.name_field,
            self.people,
        ):
            widget.setEnabled(enabled)
        # No button without a session: it would be empty or act on nothing.
        self.cancel_button.setVisible(enabled)
        self.print_button.setVisible(enabled)
        if self.session is None:
            self.title.setText(self.tr("Choose a session on the left"))
            for label in (self.when, self.state, self.count):
                label.clear()
            return
        info = session_details(self.workspace.database, cast(int, self.session.id))
        self.title.setText(info.title if info else "")
        place = (info.place if info else None) or self.tr("no place set")
        self.when.setText(
            f"{formatting.long_day(self.session.starts_at)}, "
            f"{formatting.time_span(self.session.starts_at, self.session.ends_at)} · {place}"
        )
        cancelled = bool(self.session.cancelled)
        self.state.setText(self.tr("Cancelled") if cancelled else self.tr("Takes place"))
        self.state.setStyleSheet(error_style(bold=True) if cancelled else "")
        self.cancel_button.setText(self.tr("Restore") if cancelled else self.tr("Cancel session"))
        if not self._walk_in_timer.isActive():  # a count still to be saved stays on screen
            self.walk_ins.blockSignals(True)
            self.walk_ins.setValue(self.session.walk_ins or 0)
            self.walk_ins.blockSignals(False)
        if not self.notes_edited():  # typed notes are never replaced by a refresh
            self._loaded_notes = self.session.notes or ""
            if self.notes.toPlainText() != self._loaded_notes:
                self.notes.setPlainText(self._loaded_notes)
        self._update_count()

    def _update_count(self) -> None:
        if self.session is None:
            return
        walk_ins = self.session.walk_ins or 0
        self.count.setText(  # "%n" counts the walk-ins: "1 inloper", "2 inlopers"
            self.tr("%1 present + %n walk-in(s)", "", walk_ins).replace(
                "%1", formatting.count(self.model.present_count)
            )
        )

    def _changed(self, tables: set) -> None:
        if self.session is None or not tables & {"sessions", "attendance", "participants"}:
            return
        try:
            stored = Repository(self.workspace.database, r.Session)
            self.session = stored.get(cast(int, self.session.id))
        except BuurtappError:  # deleted meanwhile (undo of a new activity)
            self.show_session(None)
            return
        current = self.people.currentIndex().data(PARTICIPANT_ROLE)
        self.model.reload()
        self._keep_current(current)
        self._fill()

    def _keep_current(self, participant_id: int | None) -> None:
        """After a reload, the current row is the same person as before (Space, Enter, Down)."""
        if (
            participant_id is None
            or self.people.currentIndex().data(PARTICIPANT_ROLE) == participant_id
        ):
            return
        for row, candidate in enumerate(self.model.rows()):
            if candidate.participant_id == participant_id:
                self.people.setCurrentIndex(self.model.index(row, 0))
                return

    # -- editing -----------------------------------------------------------------------------
    def _save(self, **values: Any) -> bool:
        from buurtapp.core import operations as ops  # loaded when first used: not at start

        if self.session is None:
            return False
        try:
            self.workspace.run(ops.save, dataclasses.replace(self.session, **values))
        except BuurtappError as error:
            warn(self, error)
            return False
        return True

    def toggle_cancelled(self) -> None:
        if self.session is not None:
            self._save(cancelled=0 if self.session.cancelled else 1)

    def notes_edited(self) -> bool:
        """Notes typed and not saved yet."""
        return self.notes.toPlainText() != self._loaded_notes

    def pending(self) -> dict[str, object]:
        """The inline edits not in the file yet: walk-ins and notes."""
        if self.session is None:
            return {}
        values: dict[str, object] = {}
        if self.walk_ins.value() != (self.session.walk_ins or 0):
            values["walk_ins"] = self.walk_ins.value()
        if self.notes_edited() and self.notes.toPlainText() != (self.session.notes or ""):
            values["notes"] = self.notes.toPlainText()
        return values

    def take_pending(self) -> dict[str, object]:
        """The inline edits not in the file yet, taken off the panel so nothing writes them
        (the file turned out damaged: they must not go into it)."""
        self._walk_in_timer.stop()
        values = self.pending()
        if self.session is not None:
            self.walk_ins.blockSignals(True)
            self.walk_ins.setValue(self.session.walk_ins or 0)
            self.walk_ins.blockSignals(False)
            self.notes.setPlainText(self._loaded_notes)
        return values

    def flush(self) -> None:
        """Save whatever was typed and not saved yet, as one undoable step (before moving on)."""
        self._walk_in_timer.stop()
        values = self.pending()
        if values and not self._save(**values):
            return
        if self.session is not None and "notes" in values:
            self._loaded_notes = self.notes.toPlainText()

    def save_walk_ins(self) -> None:
        self._walk_in_timer.stop()
        if self.session is not None and self.walk_ins.value() != (self.session.walk_ins or 0):
            self._save(walk_ins=self.walk_ins.value())

    def save_notes(self) -> None:
        self.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        """Another page is shown: what was typed here is saved first."""
        if self.session is not None:
            self.flush()
        super().hideEvent(event)

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        name = " ".join(text.split())
        exact = any(c.name.casefold() == name.casefold() for c in self.model.rows())
        self.add_button.setVisible(bool(name) and not exact)
        self.add_button.setText(self.tr("Add “%1” as a new participant").replace("%1", name))

    def enter_name(self) -> None:
        """Enter in the name box: tick the first match, or add a newcomer with that name."""
        text = " ".join(self.name_field.text().split())
        if not text or self.session is None:
            return
        rows = self.model.rows()
        exact = [n for n, c in enumerate(rows) if c.name.casefold() == text.casefold()]
        if not exact and len(rows) > 1:
            # Several people match: the list shows just them; arrows choose, Enter picks.
            self.feedback.setText(
                self.tr("%1 people match “%2”: choose with the arrow keys and press Enter.")
                .replace("%1", formatting.count(len(rows)))
                .replace("%2", text)
            )
            self.focus_people(first=True)
            return
        if rows:
            row = exact[0] if exact else 0
            name = rows[row].name
            if not rows[row].present:
                self.model.set_present(row, True)
            self.feedback.setText(self.tr("“%1” is ticked as present.").replace("%1", name))
        else:
            self.add_newcomer()
            return
        self.name_field.clear()
        self.name_field.setFocus()

    def came(self, row: int) -> None:
        """Enter on a name in the list: this person came. Among the matches of a typed name
        that picks them (back to the name box); in the whole list it moves on to the next."""
        rows = self.model.rows()
        if self.session is None or not 0 <= row < len(rows):
            return
        if self.model.search_text:
            self.pick(row)
            return
        person = rows[row].participant_id
        if not rows[row].present:
            self.model.set_present(row, True)
        self._keep_current(person)
        following = self.people.currentIndex().row() + 1
        if following < self.model.rowCount():
            self.people.setCurrentIndex(self.model.index(following, 0))

    def pick(self, row: int) -> None:
        """Tick the chosen match of a typed name and go back to the name box."""
        candidate = self.model.rows()[row]
        if not candidate.present:
            self.model.set_present(row, True)
        self.feedback.setText(self.tr("“%1” is ticked as present.").replace("%1", candidate.name))
        self.name_field.clear()
        self.name_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_people(self, first: bool = False) -> None:
        """Put the keyboard in the attendance list ("who came"), on its first name when asked
        or when no name is current."""
        if self.session is None or self.model.rowCount() == 0:
            self.name_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if first or not self.people.currentIndex().isValid():
            self.people.setCurrentIndex(self.model.index(0, 0))
        self.people.setFocus(Qt.FocusReason.OtherFocusReason)
        bring_into_sight(self.people)  # the panel scrolls on a low screen

    def reading_order(self) -> list[QWidget]:
        """The panel's keyboard stops, top to bottom as they are read."""
        return [
            self.cancel_button,
            self.print_button,
            self.walk_ins,
            self.notes,
            self.save_notes_button,
            self.name_field,
            self.people,
        ]

    def print_signin(self) -> None:
        """Ask the window to print this session's sign-in sheet (preview first)."""
        if self.session is not None:
            self.flush()
            self.print_requested.emit("signin", Request(session=self.session.id))

    def add_newcomer(self) -> None:
        """Create a participant with the typed name and tick them, in one undoable step."""
        from buurtapp.core import operations as ops  # loaded when first used: not at start

        text = " ".join(self.name_field.text().split())
        if not text or self.session is None:
            return
        try:
            person = r.Participant(name=text)
            self.workspace.run(ops.add_participant_present, person, self.session.id)
        except BuurtappError as error:
            warn(self, error)
            return
        self.feedback.setText(
            self.tr("“%1” was added as a new participant and ticked (Ctrl+Z undoes this).").replace(
                "%1", text
            )
        )
        self.name_field.clear()
        self.name_field.setFocus()
