"""Choosing when an activity meets, in plain words, with the next sessions shown right away.

The editor works on a :class:`RuleSpec` and writes an RRULE; a rule
it cannot show (written by another tool) is kept as it is unless the coordinator picks another.

Nothing has to be guessed (issue 14): the session is a start and an end time (the duration is
derived, and an end before the start is said next to it); the weekday of a weekly rule follows
the first date and the first date follows a chosen weekday (:mod:`recurrence_sync`); dates and
times take typing on the first click; the rule is summed up in plain words above the preview.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from buurtapp.core import clock, formatting
from buurtapp.core.errors import BuurtappError
from buurtapp.core.planning.recurrence import parse_rrule, to_text
from buurtapp.core.planning.rule_spec import ORDINALS, WEEKDAYS, RuleSpec, from_rrule
from buurtapp.qt_support import to_date, to_time
from buurtapp.qt_text import QT_TRANSLATE_NOOP
from buurtapp.reports.labels import _DAYS, _MONTHS, _ORDINALS, describe_rrule, tr
from buurtapp.ui.ask import ui_language
from buurtapp.ui.moment_fields import DateField, TimeField
from buurtapp.ui.recurrence_sync import TimesAndDays
from buurtapp.ui.style import error_style

PATTERNS = (
    ("once", QT_TRANSLATE_NOOP("Recurrence", "once")),
    ("weekly", QT_TRANSLATE_NOOP("Recurrence", "every week")),
    ("biweekly", QT_TRANSLATE_NOOP("Recurrence", "every other week")),
    ("monthly", QT_TRANSLATE_NOOP("Recurrence", "every month, on the")),
    ("custom", QT_TRANSLATE_NOOP("Recurrence", "own rule (kept as it is)")),
)
PREVIEW_COUNT = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("Recurrence", text)


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return box


class RecurrenceEditor(TimesAndDays, QWidget):
    """Pattern, days, months, first date, start and end time; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or clock.today()
        self._custom_rule: str | None = None
        self._loading = False
        self.pattern = QComboBox()
        self.pattern.setObjectName("pattern")
        for key, text in PATTERNS:
            self.pattern.addItem(_t(text), key)
        self.day_checks: dict[str, QCheckBox] = {}
        for day in WEEKDAYS:
            check = QCheckBox(tr(_DAYS[day])[:2])
            check.setObjectName(f"day_{day}")
            check.setToolTip(tr(_DAYS[day]))
            check.setAccessibleName(tr(_DAYS[day]))
            self.day_checks[day] = check
        self.ordinal_checks: dict[int, QCheckBox] = {}
        for ordinal in ORDINALS:
            check = QCheckBox(tr(_ORDINALS[str(ordinal)]))
            check.setObjectName(f"ordinal_{ordinal}")
            self.ordinal_checks[ordinal] = check
        self.month_day = QComboBox()
        self.month_day.setObjectName("month_day")
        for day in WEEKDAYS:
            self.month_day.addItem(tr(_DAYS[day]), day)
        self.some_months = QCheckBox(self.tr("only from"))
        self.some_months.setObjectName("some_months")
        self.month_from, self.month_to = QComboBox(), QComboBox()
        self.month_from.setObjectName("month_from")
        self.month_to.setObjectName("month_to")
        self.month_from.setAccessibleName(self.tr("First month"))
        self.month_to.setAccessibleName(self.tr("Last month"))
        for number, name in enumerate(_MONTHS, start=1):
            self.month_from.addItem(tr(name), number)
            self.month_to.addItem(tr(name), number)
        self.has_until = QCheckBox(self.tr("last time on"))
        self.has_until.setObjectName("has_until")
        self.until = DateField()
        self.until.setObjectName("until")
        self.until.setAccessibleName(self.tr("Last time on"))
        self.first_day = DateField()
        self.first_day.setObjectName("first_day")
        self.first_day.setAccessibleName(self.tr("First session"))
        self.first_time = TimeField()
        self.first_time.setObjectName("first_time")
        self.first_time.setAccessibleName(self.tr("Start time"))
        self.end_time = TimeField()
        self.end_time.setObjectName("end_time")
        self.end_time.setAccessibleName(self.tr("End time"))
        self.length = QLabel()
        self.length.setObjectName("length")
        self.when_error = QLabel()
        self.when_error.setObjectName("when_error")
        self.when_error.setStyleSheet(error_style())
        self.when_error.setWordWrap(True)
        self.when_error.hide()
        self.custom_label = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Repeats"), self.pattern)
        self.days_row = _row(*self.day_checks.values())
        form.addRow(self.tr("On"), self.days_row)
        self.month_row = _row(*self.ordinal_checks.values(), self.month_day)
        form.addRow(self.tr("Which"), self.month_row)
        form.addRow(
            "", _row(self.some_months, self.month_from, QLabel(self.tr("to")), self.month_to)
        )
        form.addRow("", _row(self.has_until, self.until))
        form.addRow(self.tr("First session"), _row(self.first_day))
        to_label = QLabel(self.tr("to"))
        form.addRow(self.tr("Time"), _row(self.first_time, to_label, self.end_time, self.length))
        form.addRow("", self.when_error)
        form.addRow("", self.custom_label)
        form.addRow(self.tr("In short"), self.summary)
        form.addRow(self.tr("Next sessions"), self.preview)
        self._form = form

        self.pattern.currentIndexChanged.connect(self._pattern_chosen)  # before _edited
        for widget in (self.pattern, self.month_day, self.month_from, self.month_to):
            widget.currentIndexChanged.connect(self._edited)
        for check in [*self.ordinal_checks.values(), self.some_months, self.has_until]:
            check.toggled.connect(self._edited)
        for check in self.day_checks.values():
            check.toggled.connect(self._day_toggled)
        self.until.dateChanged.connect(self._edited)
        self.until.editingFinished.connect(self._show_problem)
        self.first_day.dateChanged.connect(self._first_day_edited)
        self.first_day.editingFinished.connect(self._show_problem)
        self.first_time.timeChanged.connect(self._start_edited)
        self.end_time.timeChanged.connect(self._end_edited)
        for edit in (self.first_time, self.end_time):
            edit.editingFinished.connect(self._show_problem)
        self.set_values(None, None, 120)

    # -- values ------------------------------------------------------------------------------
    def set_values(self, rule: str | None, starts_at: str | None, duration: int | None) -> None:
        """Show a stored rule; a new activity (no ``starts_at``) gets next week at 10:00, and
        its weekly rule the weekday of that first date."""
        first = (
            datetime.strptime(starts_at, "%Y-%m-%dT%H:%M")
            if starts_at
            else datetime.combine(self.today + timedelta(days=7), datetime.min.time()).replace(
                hour=10
            )
        )
        self._loading = True
        try:
            self.first_day.setDate(QDate(first.year, first.month, first.day))
            self.set_times(QTime(first.hour, first.minute), duration or 120)
            self._show_rule(rule, first)
            if starts_at is None:
                self.follow_first_day()
        finally:
            self._loading = False
        self._show_problem()
        self._edited()

    def _show_rule(self, rule: str | None, first: datetime) -> None:
        spec = from_rrule(rule)
        self._custom_rule = rule if spec is None else None
        if spec is None:
            self.pattern.setCurrentIndex(self.pattern.findData("custom"))
            self.custom_label.setText(rule or "")
            return
        key = "biweekly" if spec.kind == "weekly" and spec.interval == 2 else spec.kind
        self.pattern.setCurrentIndex(self.pattern.findData(key))
        for day, check in self.day_checks.items():
            check.setChecked(spec.kind == "weekly" and day in spec.weekdays)
        if spec.kind != "weekly":
            self.day_checks[WEEKDAYS[first.weekday()]].setChecked(True)
        for ordinal, check in self.ordinal_checks.items():
            check.setChecked(ordinal in spec.ordinals)
        self.month_day.setCurrentIndex(
            WEEKDAYS.index(spec.weekdays[0]) if spec.weekdays else first.weekday()
        )
        self.some_months.setChecked(spec.months is not None)
        first_month, last_month = spec.months or (3, 10)
        self.month_from.setCurrentIndex(first_month - 1)
        self.month_to.setCurrentIndex(last_month - 1)
        self.has_until.setChecked(spec.until is not None)
        until = spec.until or self.today + timedelta(days=365)
        self.until.setDate(QDate(until.year, until.month, until.day))

    def spec(self) -> RuleSpec | None:
        key = self.pattern.currentData()
        if key == "custom":
            return None
        months = (
            (self.month_from.currentData(), self.month_to.currentData())
            if self.some_months.isChecked()
            else None
        )
        until = to_date(self.until.date()) if self.has_until.isChecked() else None
        if key in ("weekly", "biweekly"):
            days = [d for d, c in self.day_checks.items() if c.isChecked()]
            return RuleSpec(
                "weekly",
                days or [self.first_weekday()],
                2 if key == "biweekly" else 1,
                [1],
                months,
                until,
            )
        if key == "monthly":
            ordinals = [o for o, c in self.ordinal_checks.items() if c.isChecked()] or [1]
            return RuleSpec("monthly", [self.month_day.currentData()], 1, ordinals, months, until)
        return RuleSpec("once")

    def first_weekday(self) -> str:
        return WEEKDAYS[to_date(self.first_day.date()).weekday()]

    def rrule(self) -> str | None:
        spec = self.spec()
        return self._custom_rule if spec is None else spec.to_rrule()

    def starts_at(self) -> str:
        moment = datetime.combine(to_date(self.first_day.date()), to_time(self.first_time.time()))
        return to_text(moment)

    # -- preview -----------------------------------------------------------------------------
    def upcoming(self, count: int = PREVIEW_COUNT) -> list[datetime]:
        """The next sessions from today under the chosen rule."""
        first = datetime.strptime(self.starts_at(), "%Y-%m-%dT%H:%M")
        today = datetime.combine(self.today, datetime.min.time())
        rule = self.rrule()
        if rule is None:
            return [first] if first >= today else []
        # Counted from today (as planning does), so a rule that began long ago still shows
        # its coming sessions.
        upcoming: list[datetime] = []
        try:
            for start in parse_rrule(rule, first).xafter(today, inc=True):
                if len(upcoming) >= count or start > today + timedelta(days=800):
                    break
                upcoming.append(start)
        except (ValueError, OverflowError):
            pass  # the rule runs past the year 9999
        return upcoming

    def length_text(self, minutes: int) -> str:
        """A session's length as people say it: "45 min", "2 uur", "1 uur 30 min"."""
        hours, rest = divmod(minutes, 60)
        parts = [self.tr("%n hour(s)", "", hours)] if hours else []
        if rest or not hours:
            parts.append(self.tr("%1 min").replace("%1", str(rest)))
        return " ".join(parts)

    def summary_text(self) -> str:
        """The rule in plain words with its time: "Elke week op dinsdag, 12:00–13:30"."""
        start = to_time(self.first_time.time())
        end = (datetime.combine(date.min, start) + timedelta(minutes=self._duration)).time()
        span = formatting.time_span(start, end)
        rule = self.rrule()
        if rule is None:
            text = f"{describe_rrule(None)}, {formatting.long_day(self.starts_at())}, {span}"
        else:
            text = f"{describe_rrule(rule)}, {span}"
        return text[:1].upper() + text[1:]

    def _edited(self) -> None:
        if self._loading:
            return
        key = self.pattern.currentData()
        self._form.setRowVisible(self.days_row, key in ("weekly", "biweekly"))
        self._form.setRowVisible(self.month_row, key == "monthly")
        self._form.setRowVisible(self.custom_label, key == "custom")
        for widget in (
            self.some_months,
            self.month_from,
            self.month_to,
            self.has_until,
            self.until,
        ):
            widget.setEnabled(key not in ("once", "custom"))
        self.month_from.setEnabled(key not in ("once", "custom") and self.some_months.isChecked())
        self.month_to.setEnabled(self.month_from.isEnabled())
        self.until.setEnabled(key not in ("once", "custom") and self.has_until.isChecked())
        self.summary.setText(self.summary_text())
        self._update_preview()
        self.changed.emit()

    def _update_preview(self) -> None:
        try:
            upcoming = self.upcoming()
        except BuurtappError as error:
            self.preview.setText(error.message(ui_language()))
            return
        if not upcoming:
            self.preview.setText(self.tr("no sessions from today on"))
            return
        end = timedelta(minutes=self.duration_minutes())
        lines = [
            f"{formatting.weekday_short(s)} {formatting.long_day(s, with_weekday=False)}  "
            f"{formatting.time_span(s, s + end)}"
            for s in upcoming
        ]
        self.preview.setText("\n".join(lines))
