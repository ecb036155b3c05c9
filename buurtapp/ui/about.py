"""Help > Over Buurtapp: which version this is, under which licence, and where the data, the
backups and the log are (a coordinator asked where the backups went must find them here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core.storage import paths
from buurtapp.core.storage.backup_paths import folder_for
from buurtapp.qt_text import translate
from buurtapp.resource_files import resources_dir

#: The icon's PNG sizes beside its SVG (resources/icons, made by packaging/make_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Buurtapp's icon at every size it is drawn in (title bar, task bar, this dialog)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"buurtapp-{size}.png"))
    return icon


def version() -> str:
    """The installed package's version (its metadata), or the checkout's when not installed."""
    from importlib import metadata

    try:
        return metadata.version("buurtapp")
    except metadata.PackageNotFoundError:
        from buurtapp import __version__

        return __version__


def licence() -> str:
    """The licence the package declares (pyproject.toml)."""
    from importlib import metadata

    try:
        return metadata.metadata("buurtapp")["License"] or "EUPL-1.2"
    except metadata.PackageNotFoundError:
        return "EUPL-1.2"


class AboutDialog(QDialog):
    def __init__(
        self,
        database: Path | None,
        log_file: Path,
        parent: QWidget | None = None,
        second_folder: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Buurtapp"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Buurtapp's icon"))
        title = QLabel(self.tr("Buurtapp %1").replace("%1", version()))
        title.setObjectName("about_version")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        lines = [
            self.tr(
                "Initiatives, activities and participants of the community centre, "
                "built on the eight lessons of Movisie's Wij in de wijk."
            ),
            self.tr("Licence: %1. Works without internet; nothing leaves this computer.").replace(
                "%1", licence()
            ),
            self.tr("Open file: %1").replace("%1", str(database) if database else "–"),
            self.tr("Backups of this file: %1").replace(
                "%1", str(folder_for(database)) if database else "–"
            ),
            self.tr("Second backup folder: %1").replace("%1", _second_shown(second_folder)),
            self.tr("Data folder: %1").replace("%1", str(paths.data_dir())),
            self.tr("Log of unexpected errors: %1").replace("%1", str(log_file)),
        ]
        text = QLabel("\n\n".join(lines))
        text.setObjectName("about_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(buttons)
        # as tall as the wrapped text needs at a readable width (never a line cut off)
        text.setMinimumWidth(min(520, self.screen().availableGeometry().width() - 80))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)


def _second_shown(folder: str) -> str:
    """The second backup folder, and whether it can take copies now (a stick not plugged in)."""
    if not folder:
        return "–"
    from buurtapp.core.storage.second_folder import second_folder_problem

    if second_folder_problem(Path(folder)) is None:
        return folder
    return f"{folder} ({translate('AboutDialog', 'not reachable now')})"
