"""An activity's form with the recurrence editor, and the core-group warning of lesson 7."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from buurtapp.core import records as r
from buurtapp.core.core_group import core_group, moves_activity, names
from buurtapp.ui.ask import confirm
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
        self.body.addWidget(box)

    def edited_record(self) -> r.Activity:
        activity = super().edited_record()
        activity.rrule = self.recurrence.rrule()
        activity.starts_at = self.recurrence.starts_at()
        activity.duration_minutes = self.recurrence.duration_minutes()
        return activity

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
