"""Two rows of the settings dialog that are more than one field: the centre's logo (a preview,
Choose…, Remove) and the second backup folder (the path, Choose…, Remove, whether it is there).

Each row keeps its pending value until the dialog's OK; choosing a bad file shows one line
under the row and keeps what was there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.storage.second_folder import (
    INSIDE_BACKUPS,
    MISSING,
    NOT_A_FOLDER,
    SAME_DISK,
    UNWRITABLE,
    second_folder_problem,
    second_folder_weakness,
)
from buurtapp.ui.style import error_style

#: The preview's box (logical pixels): small, like the logo in a print's header.
PREVIEW_WIDTH, PREVIEW_HEIGHT = 180, 60
#: What the file chooser offers for a logo.
PICTURE_PATTERNS = "*.png *.jpg *.jpeg *.svg *.gif *.bmp *.webp"


def error_label(name: str) -> QLabel:
    """A line for one field's problem, in the error colour, hidden while there is none."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(error_style())
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class LogoRow(QWidget):
    """The logo: a preview, Choose… and Remove; ``logo`` holds the PNG bytes chosen."""

    changed = Signal()

    def __init__(self, logo: bytes | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo = logo
        self.preview = QLabel()
        self.preview.setObjectName("logo_preview")
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("logo_choose")
        self.choose_button.clicked.connect(lambda: self.choose())
        self.remove_button = QPushButton(self.tr("Re&move logo"))
        self.remove_button.setObjectName("logo_remove")
        self.remove_button.clicked.connect(self.remove)
        self.error = error_label("error_centre_logo")
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.choose_button)
        self._show()

    def choose(self, path: Path | None = None) -> bool:
        """Read a picture (asked for when ``path`` is None) as the new logo, made small; a
        file that cannot be a logo leaves the logo as it was and says why, next to it."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a logo"),
                "",
                self.tr("Pictures (%1)").replace("%1", PICTURE_PATTERNS),
            )
            if not chosen:
                return False
            path = Path(chosen)
        from buurtapp.qt_logo import LogoError, logo_from_file
        from buurtapp.ui.ask import ui_language

        try:
            self.logo = logo_from_file(path)
        except LogoError as error:
            show_error(self.error, error.message(ui_language()))
            return False
        show_error(self.error, "")
        self._show()
        self.changed.emit()
        return True

    def remove(self) -> None:
        self.logo = None
        show_error(self.error, "")
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        from buurtapp.qt_logo import logo_image

        image = logo_image(self.logo)
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        else:
            pixmap = QPixmap.fromImage(image).scaled(
                PREVIEW_WIDTH - 8,
                PREVIEW_HEIGHT - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.preview.setPixmap(pixmap)
        self.preview.setAccessibleName(self.tr("Logo") if self.logo else self.tr("No logo"))
        self.remove_button.setEnabled(self.logo is not None)


class FolderRow(QWidget):
    """The second backup folder: its path, Choose…, Remove, and whether it can be used now."""

    changed = Signal()

    def __init__(
        self, folder: str, database_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.database_path = database_path  # to say when a folder would not protect much
        self.path = QLineEdit()
        self.path.setObjectName("second_folder_path")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("None"))
        self.choose_button = QPushButton(self.tr("Choose &folder…"))
        self.choose_button.setObjectName("second_folder_choose")
        self.choose_button.clicked.connect(lambda: self.choose())
        self.remove_button = QPushButton(self.tr("Remo&ve folder"))
        self.remove_button.setObjectName("second_folder_remove")
        self.remove_button.clicked.connect(self.remove)
        self.state = error_label("second_folder_state")
        self.weak = error_label("second_folder_weak")
        hint = QLabel(
            self.tr("Every automatic backup is also copied here: a USB stick or a network folder.")
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.weak)
        layout.addWidget(hint)
        self.setFocusProxy(self.path)
        self._show()

    def choose(self, folder: Path | None = None) -> bool:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose the second backup folder"), self.folder
            )
            if not chosen:
                return False
            folder = Path(chosen)
        self.folder = str(folder)
        self._show()
        self.changed.emit()
        return True

    def remove(self) -> None:
        self.folder = ""
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.path.setText(self.folder)
        self.path.setToolTip(self.folder)
        self.remove_button.setEnabled(bool(self.folder))
        problem = self.problem_text()
        show_error(self.state, problem)
        show_error(self.weak, "" if problem else self.weakness_text())

    def problem_text(self) -> str:
        """Why the folder cannot take copies now ('' when it can, or none is chosen)."""
        if not self.folder:
            return ""
        problem = second_folder_problem(Path(self.folder))
        texts = {
            MISSING: self.tr("Not found: is the USB stick or network folder connected?"),
            NOT_A_FOLDER: self.tr("This is a file, not a folder."),
            UNWRITABLE: self.tr("Buurtapp cannot write in this folder."),
        }
        return texts.get(problem, "") if problem else ""

    def weakness_text(self) -> str:
        """Why a usable folder protects little ('' when it lies elsewhere): copies there are
        lost together with the file or its first backups."""
        if not self.folder or self.database_path is None:
            return ""
        weakness = second_folder_weakness(Path(self.folder), self.database_path)
        texts = {
            INSIDE_BACKUPS: self.tr(
                "This is where the first backups already are: choose a USB stick or a network "
                "folder."
            ),
            SAME_DISK: self.tr(
                "This folder is on the same disk as the file: if the computer breaks, both are "
                "lost. A USB stick or a network folder protects better."
            ),
        }
        return texts.get(weakness, "") if weakness else ""
