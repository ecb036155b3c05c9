"""Date and time fields that take typing at once: a coordinator clicks and types "12:00" or
"25-11-2026".

Qt's QDateEdit and QTimeEdit edit one section at a time: one click puts the cursor at the end of
a full section and typing is ignored until the part is double-clicked (issue 14). These are
line edits with a validator instead: a click (or Tab) selects the whole text, so what is typed
replaces it. They keep the API the window already used (``date()``/``setDate()``/
``dateChanged``, ``time()``/``setTime()``/``timeChanged``), and report a value only once it is
complete, so the rest of a form never follows a half-typed "1" or "25-11-20".
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import TypeAlias, cast

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QRegularExpressionValidator,
    QValidator,
)
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from buurtapp.core import clock, formatting
from buurtapp.core.errors import ValidationError
from buurtapp.core.parsing import parse_date
from buurtapp.qt_support import to_date

#: A time as people type it; ``12:00``, ``12.00`` and ``1200`` are complete while typing,
#: ``12``, ``9`` and ``930`` only once the field is left.
_TIME_TYPING = r"\d{0,4}|\d{1,2}[:.]\d{0,2}"
_TIME_COMPLETE = re.compile(r"^(\d{1,2})[:.](\d{2})$|^(\d{2})(\d{2})$")
_TIME_FINAL = re.compile(r"^(\d{1,2})$|^(\d)(\d{2})$")
#: A date: day-month-year with -, / or . (two- or four-digit year), or ISO.
_DATE_TYPING = r"\d{0,4}([-/.]\d{0,2}([-/.]\d{0,4})?)?"
# A Python date (the name ``date`` is DateField's method inside the class).
PyDate: TypeAlias = date
_DATE_COMPLETE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$|^\d{4}-\d{1,2}-\d{1,2}$")


def parse_time(text: str, final: bool = True) -> time | None:
    """The time typed in ``text``, or None; ``final`` also accepts the short forms (``9``,
    ``12``, ``930``) that are still being typed while the field has focus."""
    value = text.strip()
    match = _TIME_COMPLETE.match(value)
    if match is None and final:
        match = _TIME_FINAL.match(value)
    if match is None:
        return None
    numbers = [int(g) for g in match.groups() if g is not None]
    hour, minute = [*numbers, 0][:2]
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class SelectingLineEdit(QLineEdit):
    """A line edit whose whole text is selected when it gets focus, also by a mouse click, so
    typing replaces it (Qt itself only does that for Tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_after_press = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()
        self._select_after_press = event.reason() == Qt.FocusReason.MouseFocusReason

    def _acceptable(self, text: str) -> bool:
        """Whether ``text`` may stand in the field (complete or on its way)."""
        validator = self.validator()
        if len(text) > self.maxLength():
            return False
        if validator is None:
            return True
        state = cast(tuple[QValidator.State, str, int], validator.validate(text, 0))[0]
        return state != QValidator.State.Invalid

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # places the cursor where clicked ...
        if self._select_after_press:  # ... but the click that gave focus selects all
            self._select_after_press = False
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing that cannot go where the cursor is (a full "14:00" clicked into while it
        had focus already) starts a new value instead of being ignored."""
        typed = event.text()
        if typed and typed.isprintable() and not self.hasSelectedText():
            at = self.cursorPosition()
            candidate = self.text()[:at] + typed + self.text()[at:]
            if not self._acceptable(candidate) and self._acceptable(typed):
                self.selectAll()
        super().keyPressEvent(event)


class SelectAllOnClick(QObject):
    """The same for a line edit we did not make (an editable combo box's). An editable combo
    box keeps the focus itself and hands its focus events to the line edit directly, so the
    focus is watched on ``focus_owner`` (the combo box) and the click on the line edit."""

    def __init__(self, edit: QLineEdit, focus_owner: QWidget | None = None) -> None:
        super().__init__(edit)
        self.edit = edit
        self._select_after_press = False
        (focus_owner or edit).installEventFilter(self)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            self._select_after_press = event.reason() == Qt.FocusReason.MouseFocusReason
            QTimer.singleShot(0, self.edit, self.edit.selectAll)
        elif (
            event.type() == QEvent.Type.MouseButtonRelease
            and watched is self.edit
            and self._select_after_press
        ):
            self._select_after_press = False  # the press placed the cursor: select all again
            self.edit.selectAll()
        return False


class TimeField(SelectingLineEdit):
    """A time of day, typed as ``12:00`` (also ``12.00``, ``1200``, ``12``, ``930``)."""

    timeChanged = Signal(QTime)  # as QTimeEdit names it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(10, 0)
        self.unreadable = False  # left with text that is not a time
        self.setValidator(QRegularExpressionValidator(_TIME_TYPING, self))
        self.setMaxLength(5)
        self.setText(self._shown())
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    def _shown(self) -> str:
        return formatting.time_of_day(time(self._time.hour(), self._time.minute()))

    def time(self) -> QTime:
        """The last complete time typed (or set)."""
        return QTime(self._time)

    def setTime(self, value: QTime) -> None:  # as QTimeEdit names it
        self.unreadable = False
        self.setText(formatting.time_of_day(time(value.hour(), value.minute())))
        self._take(QTime(value.hour(), value.minute()))

    def is_readable(self) -> bool:
        """Whether the text now in the field is a time."""
        return parse_time(self.text()) is not None

    def _take(self, value: QTime) -> None:
        if value != self._time:
            self._time = value
            self.timeChanged.emit(QTime(value))

    def _typed(self, text: str) -> None:
        typed = parse_time(text, final=False)
        if typed is not None:
            self.unreadable = False
            self._take(QTime(typed.hour, typed.minute))

    def _finished(self) -> None:
        typed = parse_time(self.text())
        self.unreadable = typed is None
        if typed is not None:
            self.setText(formatting.time_of_day(typed))
            self._take(QTime(typed.hour, typed.minute))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("00:000") + 16, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class DateField(SelectingLineEdit):
    """A day, typed as ``25-11-2026`` (also ``25/11/2026``, ``25-11-26``, ``2026-11-25``),
    or picked from a calendar (the button in the field, or Alt+Down)."""

    dateChanged = Signal(QDate)  # as QDateEdit names it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = clock.today()  # the one clock (fixed in tests)
        self._date = QDate(today.year, today.month, today.day)
        self.unreadable = False  # left with text that is not a date
        # Put the last date back when left with text that is not one: for a field that
        # steers a page (the week, the insights period) and has no check to say what is wrong.
        self.restore_unreadable = False
        self.setValidator(QRegularExpressionValidator(_DATE_TYPING, self))
        self.setMaxLength(10)
        self.setText(formatting.day(to_date(self._date)))
        icon = QIcon.fromTheme(
            "x-office-calendar", self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        )
        self.calendar_action = QAction(icon, self.tr("Choose from a calendar"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        # a screen reader says how to fill it in (the field's name comes from its label)
        self.setAccessibleDescription(
            self.tr("Type a date such as %1, or press Alt+Down for a calendar").replace(
                "%1", formatting.day(date(2026, 11, 25))
            )
        )
        self.calendar: QCalendarWidget | None = None
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    def date(self) -> QDate:
        """The last complete date typed, picked or set."""
        return QDate(self._date)

    def setDate(self, value: QDate | PyDate) -> None:  # as QDateEdit names it
        if not isinstance(value, QDate):  # QDateEdit takes a Python date too
            value = QDate(value.year, value.month, value.day)
        self.unreadable = False
        self.setText(formatting.day(to_date(value)))
        self._take(value)

    def is_readable(self) -> bool:
        """Whether the text now in the field is a date."""
        return self._parse(self.text()) is not None

    @staticmethod
    def _parse(text: str) -> QDate | None:
        try:
            iso = parse_date(text)
        except ValidationError:
            return None
        return QDate.fromString(iso, "yyyy-MM-dd") if iso else None

    def _take(self, value: QDate) -> None:
        if value != self._date:
            self._date = QDate(value)
            self.dateChanged.emit(QDate(value))

    def _typed(self, text: str) -> None:
        if _DATE_COMPLETE.match(text.strip()) and (typed := self._parse(text)) is not None:
            self.unreadable = False
            self._take(typed)

    def _finished(self) -> None:
        typed = self._parse(self.text())
        self.unreadable = typed is None and not self.restore_unreadable
        if typed is not None:
            self.setText(formatting.day(to_date(typed)))
            self._take(typed)
        elif self.restore_unreadable:
            self.setText(formatting.day(to_date(self._date)))

    # -- the calendar ----------------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        """A calendar below the field; a click or Enter on a day takes it."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("calendar_popup")
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        self.calendar.setSelectedDate(self._date)
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance("00-00-00000") + hint.height() + 16
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        """Room for a whole date and the calendar button (Qt gives a trailing action the
        small icon size + 6), no more: a row of two dates and their labels (the insights
        page's period) must fit 911 px at 200 % text."""
        button = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
        width = self.fontMetrics().horizontalAdvance("00-00-0000") + button + 16
        return QSize(min(width, self.sizeHint().width()), self.sizeHint().height())
