"""An activity's form with the recurrence editor, and the core-group warning of lesson 7.

Before saving, the form shows what saving does to the sessions (issue 12): how many move,
which stay because something is recorded (with date and what), how many are new and how many
go. A check box lets the user move recorded sessions along; saving applies exactly the plan
shown, made with the same moment.

The form also prints the sign-in sheet of the activity's next session (issue 14: print from
where you are), through the window's printing and the document registry ("signin").
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from buurtapp.core import clock, formatting
from buurtapp.core import operations as ops
from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.model.changes import Change
from buurtapp.core.model.core_group import core_group, moves_activity, names
from buurtapp.core.planning.schedule import PLANNING_DAYS, Rule, ScheduleResult, plan
from buurtapp.core.planning.week import WeekSession, week_sessions
from buurtapp.reports.catalogue import Request
from buurtapp.ui.ask import confirm
from buurtapp.ui.print_button import DocumentOutput, printing_of
from buurtapp.ui.record_dialog import RecordDialog
from buurtapp.ui.recurrence_editor import RecurrenceEditor


class ActivityDialog(RecordDialog):
    """Saving plans the sessions again; attendance already recorded is kept."""

    def extend(self) -> None:
        box = QGroupBox(self.tr("When"))
        layout = QVBoxLayout(box)
        self.recurrence = RecurrenceEditor(box, today=self.workspace.today)
        self.recurrence.setObjectName("recurrence")
        self.recurrence.set_values(
            self.record.rrule, self.record.starts_at, self.record.duration_minutes
        )
        layout.addWidget(self.recurrence)
        self.print_signin = QPushButton(self.tr("Print sign-in sheet…"))
        self.print_signin.setObjectName("print_signin")
        self.print_signin.setAutoDefault(False)
        printing_row = QHBoxLayout()
        printing_row.addStretch(1)
        printing_row.addWidget(self.print_signin)
        layout.addLayout(printing_row)
        self.body.addWidget(box)

        changes = QGroupBox(self.tr("What saving does to the sessions"))
        changes_layout = QVBoxLayout(changes)
        self.plan_summary = QLabel()
        self.plan_summary.setObjectName("plan_summary")
        self.plan_summary.setWordWrap(True)
        self.plan_kept = QLabel()
        self.plan_kept.setObjectName("plan_kept")
        self.plan_kept.setWordWrap(True)
        self.move_recorded = QCheckBox(self.tr("Also move sessions with attendance or notes"))
        self.move_recorded.setObjectName("move_recorded")
        self.move_recorded.setToolTip(
            self.tr("Their attendance, notes and cancellation go with them.")
        )
        for widget in (self.plan_summary, self.plan_kept, self.move_recorded):
            changes_layout.addWidget(widget)
        self.body.addWidget(changes)
        # The plan last shown, and the moment it was made for (saving uses the same).
        self.shown_plan: ScheduleResult | None = None
        self.plan_moment = clock.now()
        self.recurrence.changed.connect(self.update_plan)
        self.move_recorded.toggled.connect(lambda _on: self.update_plan())
        self.update_plan()
        self._offer_signin()

    # -- the sign-in sheet of the next session -------------------------------------------------
    def _offer_signin(self) -> None:
        """The button "Print sign-in sheet…" below the next sessions, for the next one as
        saved: disabled (saying why) when there is none; hidden for a new activity (it has no
        sessions before it is saved) and when no window prints (a form on its own)."""
        self.print_signin.clicked.connect(self.print_signin_sheet)
        self.print_signin.setVisible(self.record.id is not None and self.printing() is not None)
        session = self.next_session()
        self.print_signin.setEnabled(session is not None)
        if session is None:
            self.print_signin.setToolTip(self.tr("This activity has no coming session."))
        else:
            self.print_signin.setToolTip(
                self.tr("The sign-in sheet of the next session: %1").replace(
                    "%1", formatting.moment(session.starts_at)
                )
            )

    def printing(self) -> DocumentOutput | None:
        """The window's printing (the form's parent, or one of its parents, has it)."""
        return printing_of(self.parentWidget())

    def next_session(self) -> WeekSession | None:
        """The activity's first session from today on that is not cancelled (as saved)."""
        if self.record.id is None:
            return None
        today = self.workspace.today
        for days in (14, PLANNING_DAYS):  # mostly found in the first two weeks
            for session in week_sessions(
                self.workspace.database, today, today + timedelta(days=days)
            ):
                if session.activity_id == self.record.id and not session.cancelled:
                    return session
        return None

    def print_signin_sheet(self) -> object:
        """A print preview of the next session's sign-in sheet; None when there is none."""
        session, printing = self.next_session(), self.printing()
        if session is None or printing is None:
            return None
        return printing.print_document("signin", Request(session=session.id), self)

    # -- the preview of planning ---------------------------------------------------------------
    def planning_moment(self) -> datetime:
        """Now, by the one clock (the workspace's day; fixed in tests)."""
        return clock.now()

    def update_plan(self) -> None:
        """Plan with the unsaved values, without writing, and show what would happen."""
        moment = self.planning_moment()
        rule = Rule(
            self.recurrence.rrule(),
            self.recurrence.starts_at(),
            self.recurrence.duration_minutes(),
        )
        try:
            result = plan(
                self.workspace.database,
                self.record.id if self.record.id is not None else -1,
                (moment + timedelta(days=PLANNING_DAYS)).date(),
                moment,
                rule,
                move_recorded=self.move_recorded.isChecked(),
            )
        except BuurtappError:
            self.shown_plan = None
            self.plan_summary.setText("")
            self.plan_kept.setText("")
            return
        self.shown_plan, self.plan_moment = result, moment
        self.plan_summary.setText(
            "\n".join(
                [
                    self.tr("%n session(s) move", "", result.moved),
                    self.tr("%n session(s) get a new end time", "", result.resized),
                    self.tr("%n new session(s)", "", result.added),
                    self.tr("%n session(s) removed (nothing recorded)", "", result.removed),
                ]
            )
        )
        kept = [s for s in result.steps if s.action == "keep"]
        recorded_moves = [s for s in result.steps if s.action == "move" and s.recorded]
        lines: list[str] = []
        if kept:
            lines.append(
                self.tr(
                    "%n session(s) stay as they are, because something is recorded:", "", len(kept)
                )
            )
            lines += [f"  {self._describe(s.starts_at, s.recorded)}" for s in kept]
        if recorded_moves:
            lines.append(
                self.tr(
                    "%n session(s) with something recorded move along:", "", len(recorded_moves)
                )
            )
            lines += [
                f"  {self._describe(s.starts_at, s.recorded)} → "
                f"{self._new_moment(s.starts_at, s.new_starts_at)}"
                for s in recorded_moves
            ]
        self.plan_kept.setText("\n".join(lines))
        self.plan_kept.setVisible(bool(lines))
        self.move_recorded.setVisible(bool(kept or recorded_moves))

    def _describe(self, starts_at: str | None, recorded: tuple[str, ...]) -> str:
        names_ = {
            "attendance": self.tr("attendance"),
            "walk_ins": self.tr("walk-ins"),
            "notes": self.tr("notes"),
            "cancelled": self.tr("cancelled"),
            "place": self.tr("own place"),
        }
        when = formatting.moment(starts_at)
        return f"{when} ({', '.join(names_.get(n, n) for n in recorded)})"

    @staticmethod
    def _new_moment(old: str | None, new: str | None) -> str:
        """Where a session moves to: the time on the same day, else the day and the time."""
        if old and new and old[:10] == new[:10]:
            return formatting.time_of_day(new)
        return formatting.moment(new)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> Change | None:
        """As every form, after the times and dates read well (said next to them if not)."""
        problem = self.recurrence.problem()
        if problem is not None:
            field, text = problem
            self.recurrence.when_error.setText(text)
            self.recurrence.when_error.show()
            field.setFocus()
            return None
        return super().save()

    def is_dirty(self) -> bool:
        """Unreadable times or dates count as changes (they would be lost)."""
        return self.recurrence.problem() is not None or super().is_dirty()

    def edited_record(self) -> r.Activity:
        activity = super().edited_record()
        activity.rrule = self.recurrence.rrule()
        activity.starts_at = self.recurrence.starts_at()
        activity.duration_minutes = self.recurrence.duration_minutes()
        return activity

    def _write(self, record: r.Activity) -> Change | None:
        """As the form does, passing the moment and the choice of the plan shown."""
        self.update_plan()  # the plan saving applies, shown as it is applied
        options = {"now": self.plan_moment, "move_recorded": self.move_recorded.isChecked()}
        if self.record.id is None:
            return self.workspace.run(ops.save, record, **options)
        loaded, edited = dataclasses.asdict(self.record), dataclasses.asdict(record)
        try:
            return self.workspace.run(
                ops.save_changes, self.table, self.record.id, loaded, edited, **options
            )
        except ops.StaleRecord as stale:
            choice = self.ask_conflict(stale)
            if choice is None:
                return None
            return self.workspace.run(
                ops.save_changes,
                self.table,
                self.record.id,
                loaded,
                edited,
                on_conflict=choice,
                **options,
            )

    def before_save(self, activity: r.Activity) -> bool:
        old = self.record
        if old.id is None or not moves_activity(
            old.rrule,
            old.starts_at,
            old.place_id,
            activity.rrule,
            activity.starts_at,
            activity.place_id,
        ):
            return True
        group = core_group(self.workspace.database, old.id, self.workspace.today)
        if not group:
            return True
        people = names(self.workspace.database, group)
        shown = ", ".join(people[:6]) + (" …" if len(people) > 6 else "")
        text = self.tr(
            "This changes the day, time or place of %1. %n people of its core group come "
            "regularly and are used to the old moment.",
            "",
            len(group),
        )
        return confirm(
            self,
            self.tr("Change the core group's moment?"),
            text.replace("%1", old.title),
            self.tr("Change anyway"),
            informative=self.tr("Core group: %1. Let them know in time.").replace("%1", shown),
        )
