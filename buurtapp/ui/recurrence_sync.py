"""How the parts of "when" follow each other in the recurrence editor, so nothing contradicts.

- The start and end time: the duration is derived (the schema keeps ``duration_minutes``);
  moving the start moves the end along (the session keeps its length); an end at or before the
  start is said next to the times and stops saving.
- The weekday of a weekly rule and the first date: picking another date ticks its weekday when
  one day (or none) was ticked; ticking one other day moves the first date to that day of the
  same week. With several days ticked the ticks are the coordinator's: a date change leaves
  them alone, so the two never fight.

A mixin of :class:`~buurtapp.ui.recurrence_editor.RecurrenceEditor`, kept apart because it is
the editor's behaviour, not its layout. Its texts are in the editor's translation context
(``QCoreApplication.translate`` spelled out, so lupdate finds them).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from buurtapp.core import formatting
from buurtapp.core.planning.rule_spec import WEEKDAYS
from buurtapp.qt_support import to_date

if TYPE_CHECKING:
    from buurtapp.ui.moment_fields import DateField, TimeField

WEEKLY = ("weekly", "biweekly")


def _minutes(value: QTime) -> int:
    return value.hour() * 60 + value.minute()


class TimesAndDays:
    """Keeps times, duration, weekdays and the first date consistent (see the module)."""

    today: date
    _loading: bool
    _duration: int = 120
    pattern: QComboBox
    day_checks: dict[str, QCheckBox]
    month_day: QComboBox
    first_day: DateField
    until: DateField
    first_time: TimeField
    end_time: TimeField
    length: QLabel
    when_error: QLabel

    def _edited(self) -> None:
        raise NotImplementedError

    def first_weekday(self) -> str:
        raise NotImplementedError

    # -- times -------------------------------------------------------------------------------
    def set_times(self, start: QTime, duration: int) -> None:
        """Show a stored start and duration as start and end time."""
        self._duration = duration
        self.first_time.setTime(start)
        self.end_time.setTime(start.addSecs(duration * 60))
        self._show_length()

    def duration_minutes(self) -> int:
        """From start to end; while the end is not after the start, the last length that was."""
        return self._duration

    def _start_edited(self, start: QTime) -> None:
        """The end moves along: the session keeps its length (when it stays on that day)."""
        if self._loading:
            return
        if _minutes(start) + self._duration < 24 * 60:
            self.end_time.blockSignals(True)
            self.end_time.setTime(start.addSecs(self._duration * 60))
            self.end_time.blockSignals(False)
        self._times_changed()

    def _end_edited(self, _end: QTime) -> None:
        if not self._loading:
            self._times_changed()

    def _times_changed(self) -> None:
        length = _minutes(self.end_time.time()) - _minutes(self.first_time.time())
        if length > 0:
            self._duration = length
        self._show_length()
        self._show_problem()
        self._edited()

    def _show_length(self) -> None:
        length = _minutes(self.end_time.time()) - _minutes(self.first_time.time())
        self.length.setText(f"({self.length_text(length)})" if length > 0 else "")

    def length_text(self, minutes: int) -> str:
        raise NotImplementedError

    # -- problems ----------------------------------------------------------------------------
    def problem(self, typed: bool = True) -> tuple[QWidget, str] | None:
        """What stops saving, and the field it concerns: an unreadable date or time, or an end
        not after the start. ``typed``: judge the text now in the fields (saving); otherwise
        only fields that were left unreadable, so nothing is said while someone types."""
        dates = [self.first_day] + ([self.until] if self.until.isEnabled() else [])
        for field in dates:
            if (not field.is_readable()) if typed else field.unreadable:
                example = formatting.day(date(2026, 11, 25))
                text = QCoreApplication.translate(
                    "RecurrenceEditor", "Type the date as day-month-year, for example %1."
                )
                return field, text.replace("%1", example)
        for time_field in (self.first_time, self.end_time):
            if (not time_field.is_readable()) if typed else time_field.unreadable:
                return time_field, QCoreApplication.translate(
                    "RecurrenceEditor", "Type the time as hours:minutes, for example 12:00."
                )
        if _minutes(self.end_time.time()) <= _minutes(self.first_time.time()):
            return self.end_time, QCoreApplication.translate(
                "RecurrenceEditor", "The end time must be after the start time."
            )
        return None

    def _show_problem(self) -> None:
        found = self.problem(typed=False)
        self.when_error.setText(found[1] if found else "")
        self.when_error.setVisible(found is not None)

    # -- weekdays and the first date ---------------------------------------------------------
    def _first_day_edited(self, _day: object) -> None:
        if self._loading:
            return
        self.follow_first_day()
        self._show_problem()
        self._edited()

    def follow_first_day(self) -> None:
        """Tick the first date's weekday, unless several days are ticked (the coordinator's
        choice); the monthly weekday follows too while it is not shown."""
        day = self.first_weekday()
        ticked = [d for d, check in self.day_checks.items() if check.isChecked()]
        if len(ticked) <= 1 and ticked != [day]:
            for name, check in self.day_checks.items():
                check.blockSignals(True)
                check.setChecked(name == day)
                check.blockSignals(False)
        if self.pattern.currentData() != "monthly":
            self.month_day.blockSignals(True)
            self.month_day.setCurrentIndex(WEEKDAYS.index(day))
            self.month_day.blockSignals(False)

    def _day_toggled(self, _on: bool) -> None:
        if self._loading:
            return
        ticked = [d for d, check in self.day_checks.items() if check.isChecked()]
        if (
            self.pattern.currentData() in WEEKLY
            and len(ticked) == 1
            and ticked[0] != self.first_weekday()
        ):
            self.move_first_day_to(ticked[0])
        self._edited()

    def move_first_day_to(self, day: str) -> None:
        """The first date becomes ``day`` of its own week; a date not in the past stays out
        of the past (then it is that day of the next week)."""
        current = to_date(self.first_day.date())
        target = current + timedelta(days=WEEKDAYS.index(day) - current.weekday())
        if target < self.today <= current:
            target += timedelta(days=7)
        self.first_day.blockSignals(True)
        self.first_day.setDate(self.first_day.date().addDays((target - current).days))
        self.first_day.blockSignals(False)

    def _pattern_chosen(self, _index: int) -> None:
        """A weekly pattern without a ticked day gets the first date's weekday."""
        if self._loading or self.pattern.currentData() not in WEEKLY:
            return
        if not any(check.isChecked() for check in self.day_checks.values()):
            self.follow_first_day()
