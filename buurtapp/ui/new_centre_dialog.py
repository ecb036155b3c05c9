"""A new centre's file: its name (required, printed on every page) and where the file goes.

Asked by the welcome page before it makes the file, for "Nieuw buurthuis beginnen" and for
"Uw spreadsheet inlezen". The name is checked by the core (``clean_centre_name``) before
anything is written, so a wrong name shows next to the field and leaves no file behind. The
place is the standard one (shown as a path the coordinator can read); "Andere plek…" picks
another.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.errors import DatabaseError, ValidationError
from buurtapp.core.model.app_settings import CENTRE_NAME_MAX, clean_centre_name
from buurtapp.core.storage import paths
from buurtapp.ui.ask import ui_language, warn
from buurtapp.ui.style import error_style, heading

#: Makes the file for (path, name); True when it is open in the window.
Create = Callable[[Path, str], bool]


def free_default_path() -> Path:
    """The standard place for the file; beside it with a number when that one is taken (a
    second centre on this computer, or the last file was there)."""
    first = paths.default_database()
    candidate, number = first, 1
    while os.path.lexists(candidate):  # a dangling link counts as taken: it would be refused
        number += 1
        candidate = first.with_name(f"{first.stem}-{number}{first.suffix}")
    return candidate


class NewCentreDialog(QDialog):
    """The two questions before a new file is made; ``create`` makes and opens it."""

    def __init__(self, create: Create, parent: QWidget | None = None, then_import: bool = False):
        super().__init__(parent)
        self.setObjectName("new_centre_dialog")
        self.setWindowTitle(self.tr("A new centre"))
        self.make_file = create
        self.path = free_default_path()

        self.name = QLineEdit()
        self.name.setObjectName("centre_name")
        self.name.setMaxLength(CENTRE_NAME_MAX + 20)  # the core says so when it is too long
        self.name.setPlaceholderText(self.tr("for example: Buurthuis De Linde"))
        name_label = QLabel(self.tr("&Name of your centre (printed on every page):"))
        name_label.setBuddy(self.name)
        name_label.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("centre_name_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.name.textEdited.connect(lambda _text: self.error.setVisible(False))

        place_label = QLabel(self.tr("The file is kept here:"))
        self.place = QLabel()
        self.place.setObjectName("centre_path")
        self.place.setWordWrap(True)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        other = QPushButton(self.tr("&Another place…"))
        other.setObjectName("centre_other_place")
        other.setAutoDefault(False)
        other.clicked.connect(self.choose_place)
        place_row = QHBoxLayout()
        place_row.addWidget(other)
        place_row.addStretch(1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("centre_begin")
        ok.setText(self.tr("Begin and bring in") if then_import else self.tr("Begin"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), 1.25))
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(place_label)
        layout.addWidget(self.place)
        layout.addLayout(place_row)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.set_path(self.path)
        self.name.setFocus()
        # room for a name and a usual path on one line; a small screen or large text wraps
        room = self.screen().availableGeometry().width() - 48
        self.resize(min(self.fontMetrics().averageCharWidth() * 64, room), self.sizeHint().height())

    def set_path(self, path: Path) -> None:
        self.path = path
        self.place.setText(str(path))
        self.place.setToolTip(str(path))

    def choose_place(self) -> None:
        """The "Andere plek…" button: the system's save dialog, starting at the place shown."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where should the file go?"),
            str(self.path),
            self.tr("Buurtapp database (*.db)"),
        )
        if chosen:
            path = Path(chosen)
            self.set_path(path if path.suffix else path.with_suffix(".db"))

    def accept(self) -> None:
        """Check the name first (nothing is written when it is wrong), then make the file;
        the dialog stays open when that fails (the warning said why: choose another place)."""
        try:
            name = clean_centre_name(self.name.text())
        except ValidationError as error:
            self.error.setText(error.message(ui_language()))
            self.error.setVisible(True)
            self.name.setFocus()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as failed:  # a read-only disk, a file where the folder should be
            warn(
                self,
                DatabaseError(
                    "path_unwritable",
                    path=str(self.path.parent),
                    reason=failed.strerror or type(failed).__name__,
                ),
            )
            return
        if self.make_file(self.path, name):
            super().accept()
