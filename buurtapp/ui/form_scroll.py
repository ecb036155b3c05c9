"""A form that scrolls on a small screen (issue 14) and asks for its whole size elsewhere.

On a 1366x768 laptop at 150% text the screen is 911x512 logical pixels: an activity's form is
taller than that. Forms sit in a :class:`FormScroll`, with the dialog's buttons outside it, so
Save and Cancel stay in sight while the fields scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget


class FormScroll(QScrollArea):
    """Holds ``content`` (a widget or a layout); scroll bars only when there is no room."""

    def __init__(self, content: QWidget | QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form_scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # not a Tab stop itself: Tab goes from field to field (and scrolls them into view)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if isinstance(content, QLayout):
            holder = QWidget()
            holder.setObjectName("form_scroll_content")
            content.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(content)
            content = holder
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        """The whole form plus room for a scroll bar (QScrollArea caps its hint at a few lines
        of text, which would open every form half-empty on a large screen)."""
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize(0, 0)
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar + frame, hint.height() + frame)
