"""The rows of the week page: a session list that the keyboard walks session by session, and
rows that never cut off their attendance count.

Day headers and "no sessions" lines are there to read, not to stop on: Up, Down, Home, End,
Page Up/Down and the first focus land on sessions only. The count (or "cancelled") is drawn
whole at the right of the row; only the activity and place give way (elided) when the list is
narrow or the text is large, so "12 present" never turns into "12 pre…".
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
#: The part of a row that is never elided: the attendance count or "cancelled".
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
_GAP = 12  # pixels between the elided text and the count

Cursor = QAbstractItemView.CursorAction


class SessionTree(QTreeView):
    """The week's sessions: arrows move between sessions only; Enter asks for "who came"."""

    #: Enter or Return on a session: the page puts focus in its attendance list.
    who_came = Signal()

    def session_rows(self) -> list[int]:
        """The model rows that are sessions (not day headers or "no sessions")."""
        model = self.model()
        known = getattr(model, "session_rows", None)  # the week model keeps them (1,444 rows)
        if known is not None:
            return list(known())
        return [
            row
            for row in range(model.rowCount())
            if model.index(row, 0).data(SESSION_ROLE) is not None
        ]

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        rows = self.session_rows()
        if not rows:
            return QModelIndex()
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        here = row if row in rows else None
        if cursorAction == Cursor.MoveHome:
            target = rows[0]
        elif cursorAction == Cursor.MoveEnd:
            target = rows[-1]
        elif cursorAction in (Cursor.MoveDown, Cursor.MoveNext):
            later = [r for r in rows if r > row]
            target = later[0] if later else (here if here is not None else rows[-1])
        elif cursorAction in (Cursor.MoveUp, Cursor.MovePrevious):
            earlier = [r for r in rows if r < row]
            target = earlier[-1] if earlier else (here if here is not None else rows[0])
        elif cursorAction == Cursor.MovePageDown:
            base = super().moveCursor(cursorAction, modifiers).row()
            later = [r for r in rows if r >= base]
            target = later[0] if later else rows[-1]
        elif cursorAction == Cursor.MovePageUp:
            base = super().moveCursor(cursorAction, modifiers).row()
            earlier = [r for r in rows if r <= base]
            target = earlier[-1] if earlier else rows[0]
        else:
            return super().moveCursor(cursorAction, modifiers)
        return self.model().index(target, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.currentIndex().data(SESSION_ROLE) is not None:
            self.who_came.emit()
            return
        super().keyPressEvent(event)


def _text_rect(option: QStyleOptionViewItem) -> QRect:
    """Where Qt's own item text goes (with its margin), so these rows line up with others."""
    widget = option.widget
    if widget is None:
        return option.rect
    style = widget.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return rect.adjusted(margin, 0, -margin, 0)


class SessionRowDelegate(QStyledItemDelegate):
    """Draws a session row as its text (elided) and its count (whole, at the right)."""

    def parts(self, option: QStyleOptionViewItem, index: Index) -> tuple[str, str, int]:
        """What is drawn: the (possibly elided) text, the whole count, and the room for the text."""
        count = index.data(COUNT_ROLE) or ""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        if count and text.endswith(count):
            text = text[: -len(count)].rstrip(" ·")
        rect = _text_rect(option)
        room = rect.width() - (metrics.horizontalAdvance(count) + _GAP if count else 0)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
        return elided, count, room

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(COUNT_ROLE)
        if not count:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, count, _room = self.parts(opt, index)
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else None
        opt.text = ""
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = _text_rect(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(middle | Qt.AlignmentFlag.AlignLeft), text)
        painter.drawText(rect, int(middle | Qt.AlignmentFlag.AlignRight), count)
        painter.restore()
